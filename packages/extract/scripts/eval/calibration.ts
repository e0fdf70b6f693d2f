/**
 * Calibration: precision and speaker accuracy of the predictions in each confidence bucket, from the scorer's own
 * matching of the whole set. Scoring a bucket's predictions alone would let them match gold statements that better
 * predictions of other buckets take in the whole run (on PolNeAR that inflated precision by hundreds of matches), so
 * instead the set is scored once more with every gold and predicted speaker replaced by a unique tag ("g12", "p7"):
 * tags never agree, so the scorer reports every match with a required gold statement as a wrong speaker, naming
 * both tags, and every unmatched prediction as spurious. Matching depends on text alone, so this is the whole run's
 * pairing. Then, per bucket:
 * - precision: share of the bucket's predictions the scorer matched (to a required or an optional gold statement);
 * - speaker accuracy: among the bucket's predictions matched to a gold statement with a speaker, those the whole
 *   run did not list as a wrong speaker.
 */
import type { Scored, Scorer } from "./score.ts";

interface GoldStatement { speaker?: string | null; text: string }
interface PredStatement { confidence: number; speaker: { name: string } | string | null }
export interface Bucket { name: string; holds(confidence: number): boolean }
export interface BucketFigures { bucket: string; pred: number; precision: number | null; speakerChecked: number; speakerAcc: number | null }

export const BUCKETS: Bucket[] = [
  { name: "≥0.9", holds: (c) => c >= 0.9 },
  { name: "0.7–0.9", holds: (c) => c >= 0.7 && c < 0.9 },
  { name: "<0.7", holds: (c) => c < 0.7 },
];

type Miss = { id: string; why: string; gold?: string; pred?: string | null; speaker?: string | null; text: string };
const speakerName = (s: PredStatement["speaker"]) => (typeof s === "string" ? s : s?.name ?? null);

/** Per prediction, in file order: matched by the whole run, and whether its speaker was right (null: not checked). */
export interface Outcomes { matched: boolean[]; speakerOk: (boolean | null)[] }

export async function outcomes(
  scorer: Scorer,
  gold: { id: string; statements?: GoldStatement[] }[],
  pred: { id: string; statements: PredStatement[] }[],
  whole: Scored,
): Promise<Outcomes> {
  const goldStatements: GoldStatement[] = [], predStatements: PredStatement[] = [];
  const taggedGold = gold.map((g) => ({ ...g, statements: (g.statements ?? []).map((s) => ({ ...s, speaker: `g${goldStatements.push(s) - 1}` })) }));
  const taggedPred = pred.map((p) => ({ ...p, statements: p.statements.map((s) => ({ ...s, speaker: { name: `p${predStatements.push(s) - 1}` } })) }));
  const tagged = (await scorer.score(taggedGold, taggedPred)).misses as Miss[];

  const spurious = new Set(tagged.filter((m) => m.why === "spurious").map((m) => Number(m.speaker!.slice(1))));
  const partner = new Map(tagged.filter((m) => m.why === "speaker").map((m) => [Number(m.pred!.slice(1)), Number(m.gold!.slice(1))]));
  // The whole run's wrong speakers, as a multiset: the same wrong pair can occur twice in one article.
  const wrong = new Map<string, number>();
  const key = (id: string, goldSpeaker: string, predSpeaker: string | null, text: string) => JSON.stringify([String(id), goldSpeaker, predSpeaker, text]);
  for (const m of whole.misses as Miss[]) if (m.why === "speaker") { const k = key(m.id, m.gold!, m.pred ?? null, m.text); wrong.set(k, (wrong.get(k) ?? 0) + 1); }
  const predArticle: string[] = pred.flatMap((p) => p.statements.map(() => String(p.id)));

  const speakerOk: (boolean | null)[] = predStatements.map((s, j) => {
    const g = partner.get(j);
    if (g == null || !goldStatements[g]!.speaker) return null;
    const k = key(predArticle[j]!, goldStatements[g]!.speaker!, speakerName(s.speaker), goldStatements[g]!.text.slice(0, 80));
    const n = wrong.get(k) ?? 0;
    if (n > 0) { wrong.set(k, n - 1); return false; }
    return true;
  });
  const unplaced = [...wrong.values()].reduce((a, b) => a + b, 0);
  if (unplaced) console.warn(`eval: calibration could not place ${unplaced} wrong speaker(s) of the whole run`);

  return { matched: predStatements.map((_, j) => !spurious.has(j)), speakerOk };
}

export async function calibrate(
  scorer: Scorer,
  gold: { id: string; statements?: GoldStatement[] }[],
  pred: { id: string; statements: PredStatement[] }[],
  whole: Scored,
): Promise<BucketFigures[]> {
  const { matched: isMatched, speakerOk } = await outcomes(scorer, gold, pred, whole);
  const predStatements = pred.flatMap((p) => p.statements);
  return BUCKETS.map((b) => {
    const members = predStatements.map((s, j) => j).filter((j) => b.holds(predStatements[j]!.confidence));
    const matched = members.filter((j) => isMatched[j]).length;
    const checked = members.filter((j) => speakerOk[j] != null);
    const ok = checked.filter((j) => speakerOk[j]).length;
    return { bucket: b.name, pred: members.length, precision: members.length ? matched / members.length : null, speakerChecked: checked.length, speakerAcc: checked.length ? ok / checked.length : null };
  });
}
