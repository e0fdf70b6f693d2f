/**
 * Stance accuracy and target precision/recall/F1 against packages/extract/eval/stance-dev.jsonl (issue 12; the
 * guide beside it defines the stances and how targets match). Two readings of the same annotation:
 * - gold spans: the stance stage run on each gold statement where it stands in its article, so the figure is the
 *   stage's own, whatever statement extraction finds;
 * - end to end: the extractor's statements, each paired with a gold statement of its article by the scorer's rule
 *   (word-token F1 ≥ 0.5, best pairs first); gold statements it missed are not counted.
 * Each is reported for the tuning half (even articles of the gold file), the held-out half (odd) and the whole.
 */
import { readFileSync } from "node:fs";
import { parseDateline } from "../../src/dateline/index.ts";
import { findPlaces } from "../../src/places/index.ts";
import { readDocument } from "../../src/pipeline/document.ts";
import { readStance, type TargetContext } from "../../src/stance/index.ts";
import { governingCue, sentenceAt } from "../../src/stance/cue.ts";
import { sameName } from "../../src/stance/targets.ts";
import type { ArticleExtraction, ArticleInput, Stance } from "../../src/types.ts";
import { fmt } from "./table.ts";

export interface StanceRow { id: string; index: number; text: string; stance: Stance; targets: { name: string; country: string | null }[] }
interface Predicted { stance: Stance; targets: { name: string; countryCode: string | null }[] }
/** news-dev's halves, the added tuning statements, and the checks annotated after the rules (never tuned on). */
export const HALVES = ["tune", "held-out", "added", "fresh", "fresh-isot"] as const;
type Half = (typeof HALVES)[number];
interface Pair { gold: StanceRow; pred: Predicted; half: Half; cue?: CueKind; where?: Where[] }
type Where = "in the statement" | "in its sentence" | "elsewhere";
/** Where each gold target's words stand: inside the statement, elsewhere in its sentence(s), or further off. */
function whereTargets(doc: ReturnType<typeof readDocument>, text: string, span: { start: number; end: number }, row: StanceRow): Where[] {
  const from = sentenceAt(doc, span.start)?.start ?? span.start, to = sentenceAt(doc, Math.max(span.start, span.end - 1))?.end ?? span.end;
  const low = (a: number, b: number) => text.slice(a, b).toLowerCase();
  return row.targets.map((t) => {
    const name = t.name.toLowerCase();
    if (low(span.start, span.end).includes(name)) return "in the statement";
    return low(from, to).includes(name) ? "in its sentence" : "elsewhere";
  });
}
type CueKind = "stance cue" | "neutral cue before" | "neutral cue after" | "no cue";
/** What governs a statement, for the aggregate by-cue table: a stance cue, a neutral one before or after, none. */
function cueKind(doc: ReturnType<typeof readDocument>, span: { start: number; end: number }): CueKind {
  const cue = governingCue(doc, span);
  if (!cue) return "no cue";
  if (cue.stance !== "NEUTRAL") return "stance cue";
  return cue.position === "before" ? "neutral cue before" : "neutral cue after";
}
type GoldArticle = { id: string; statements?: { text: string; speaker?: string | null }[] };

export const STANCES: Stance[] = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"];

export function readStanceRows(path: string): StanceRow[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as StanceRow);
}

/** Rows by article id, in statement order; each article's half by its position in the gold file. */
function index(gold: GoldArticle[], rows: StanceRow[]) {
  const byArticle = new Map<string, StanceRow[]>();
  for (const row of rows) byArticle.set(row.id, [...(byArticle.get(row.id) ?? []), row]);
  const half = new Map(gold.map((g, k) => [String(g.id), k % 2 === 0 ? ("tune" as const) : ("held-out" as const)]));
  for (const g of gold) {
    const own = byArticle.get(String(g.id)) ?? [];
    (g.statements ?? []).forEach((s, i) => {
      if (own[i]?.text !== s.text) throw new Error(`stance-dev.jsonl: ${g.id} statement ${i} is not the gold statement (the gold file changed?)`);
    });
  }
  return { byArticle, half };
}

/** A statement to read: where it stands in its article, with what the stage is given, and its annotation. */
export interface StanceInput { row: StanceRow; doc: ReturnType<typeof readDocument>; span: { start: number; end: number }; context: TargetContext; half: Pair["half"] }

/** Each gold statement, found in its article after the previous one. */
export function goldSpanInputs(articles: ArticleInput[], gold: GoldArticle[], rows: StanceRow[]): StanceInput[] {
  const { byArticle, half } = index(gold, rows);
  const texts = new Map(articles.map((a) => [String(a.id), a.text]));
  const inputs: StanceInput[] = [];
  for (const g of gold) {
    const text = texts.get(String(g.id));
    if (text === undefined) continue;
    const doc = readDocument(text, parseDateline(text)?.end ?? 0);
    const speakers = (g.statements ?? []).flatMap((s) => (s.speaker ? [{ name: s.speaker, countryCode: null }] : []));
    const context = { placesOf: (phrase: string) => findPlaces(phrase, { context: text }).places, speakers };
    let cursor = 0;
    for (const row of byArticle.get(String(g.id)) ?? []) {
      let start = text.indexOf(row.text, cursor);
      if (start < 0) start = text.indexOf(row.text);
      cursor = start + 1;
      inputs.push({ row, doc, span: { start, end: start + row.text.length }, context, half: half.get(String(g.id))! });
    }
  }
  return inputs;
}

/** The stage on each input. */
export function readInputs(inputs: StanceInput[]): Pair[] {
  return inputs.map(({ row, doc, span, context, half }) => ({
    gold: row, pred: readStance(doc, span, context), half, cue: cueKind(doc, span), where: whereTargets(doc, doc.text, span, row),
  }));
}

/** The stage on each gold statement, found in its article after the previous one. */
export const onGoldSpans = (articles: ArticleInput[], gold: GoldArticle[], rows: StanceRow[]): Pair[] => readInputs(goldSpanInputs(articles, gold, rows));

/**
 * Statements of polnear/train annotated by the same guide (stance-polnear-train.jsonl, each with its gold offset
 * `start`), added to the tuning data: scored as their own half, "added", on gold spans.
 */
export function addedSpanInputs(articles: ArticleInput[], gold: GoldArticle[], rows: (StanceRow & { start: number })[], half: Exclude<Half, "tune" | "held-out"> = "added"): StanceInput[] {
  const texts = new Map(articles.map((a) => [String(a.id), a.text]));
  const speakersOf = new Map(gold.map((g) => [String(g.id), (g.statements ?? []).flatMap((s) => (s.speaker ? [{ name: s.speaker, countryCode: null }] : []))]));
  const docs = new Map<string, ReturnType<typeof readDocument>>();
  return rows.map((row) => {
    const text = texts.get(row.id);
    if (text === undefined || text.slice(row.start, row.start + row.text.length) !== row.text) throw new Error(`${row.id}: statement ${row.index} is not at ${row.start}`);
    const doc = docs.get(row.id) ?? readDocument(text, parseDateline(text)?.end ?? 0);
    docs.set(row.id, doc);
    const context = { placesOf: (phrase: string) => findPlaces(phrase, { context: text }).places, speakers: speakersOf.get(row.id) ?? [] };
    return { row, doc, span: { start: row.start, end: row.start + row.text.length }, context, half };
  });
}

const norm = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const tokens = (s: string) => norm(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function tokenF1(a: string, b: string): number {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) { const n = bag.get(t) ?? 0; if (n > 0) { common++; bag.set(t, n - 1); } }
  if (!common) return 0;
  const p = common / ta.length, r = common / tb.length;
  return (2 * p * r) / (p + r);
}

/** The extractor's statements paired with gold ones as score.mjs pairs them. */
export function endToEnd(predictions: ArticleExtraction[], gold: GoldArticle[], rows: StanceRow[]): Pair[] {
  const { byArticle, half } = index(gold, rows);
  const predicted = new Map(predictions.map((p) => [String(p.id), p.statements]));
  const pairs: Pair[] = [];
  for (const g of gold) {
    const own = byArticle.get(String(g.id)) ?? [];
    const ps = predicted.get(String(g.id)) ?? [];
    const candidates: [number, number, number][] = [];
    own.forEach((row, i) => ps.forEach((p, j) => {
      const f = tokenF1(p.text, row.text);
      if (f >= 0.5) candidates.push([f, i, j]);
    }));
    candidates.sort((a, b) => b[0] - a[0]);
    const gi = new Set<number>(), pj = new Set<number>();
    for (const [, i, j] of candidates) {
      if (gi.has(i) || pj.has(j)) continue;
      gi.add(i); pj.add(j);
      pairs.push({ gold: own[i]!, pred: ps[j]!, half: half.get(String(g.id))! });
    }
  }
  return pairs;
}

const LEADING = /^(?:the|our|their|this|these|those|all|both|a|an)\s+/i;
const bare = (name: string) => name.replace(LEADING, "");

/** A predicted target is a gold one when both have the same country, or else when their names agree. */
function targetsMatched(gold: StanceRow["targets"], pred: Predicted["targets"]): number {
  const used = new Set<number>();
  let matched = 0;
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used.has(k) && (g.country && p.countryCode ? g.country === p.countryCode : sameName(bare(g.name), bare(p.name))));
    if (i >= 0) { used.add(i); matched++; }
  }
  return matched;
}

export interface StanceFigures {
  n: number; accuracy: number | null; baseline: number | null; active: number; activeAccuracy: number | null;
  targetP: number | null; targetR: number | null; targetF1: number | null; goldTargets: number; predTargets: number;
  confusion: Map<string, number>;
}

export function figures(pairs: Pair[]): StanceFigures {
  let right = 0, neutral = 0, active = 0, activeRight = 0, tp = 0, goldTargets = 0, predTargets = 0;
  const confusion = new Map<string, number>();
  for (const { gold, pred } of pairs) {
    if (gold.stance === pred.stance) right++;
    if (gold.stance === "NEUTRAL") neutral++;
    else { active++; if (gold.stance === pred.stance) activeRight++; }
    const key = `${gold.stance}→${pred.stance}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
    goldTargets += gold.targets.length;
    predTargets += pred.targets.length;
    tp += targetsMatched(gold.targets, pred.targets);
  }
  const ratio = (a: number, b: number) => (b ? a / b : null);
  const p = ratio(tp, predTargets), r = ratio(tp, goldTargets);
  return {
    n: pairs.length, accuracy: ratio(right, pairs.length), baseline: ratio(neutral, pairs.length), active, activeAccuracy: ratio(activeRight, active),
    targetP: p, targetR: r, targetF1: p != null && r != null && p + r > 0 ? (2 * p * r) / (p + r) : p != null && r != null ? 0 : null,
    goldTargets, predTargets, confusion,
  };
}

export const STANCE_HEADER = ["reading", "half", "statements", "stance acc", "all-NEUTRAL", "non-NEUTRAL", "acc", "targets gold", "pred", "P", "R", "F1"];

/** Per reading: tune, held-out and all (news-dev's two halves), then the added tuning statements when there are some. */
export function stanceRows(readings: [string, Pair[]][]): { rows: string[][]; whole: Map<string, StanceFigures> } {
  const rows: string[][] = [];
  const whole = new Map<string, StanceFigures>();
  for (const [name, pairs] of readings) {
    const halves = (["tune", "held-out", "all", ...HALVES.slice(2)] as const).filter((h) => h === "all" || pairs.some((p) => p.half === h));
    for (const half of halves) {
      const f = figures(half === "all" ? pairs.filter((p) => p.half === "tune" || p.half === "held-out") : pairs.filter((p) => p.half === half));
      if (half === "all") whole.set(name, f);
      rows.push([name, half, String(f.n), fmt(f.accuracy), fmt(f.baseline), String(f.active), fmt(f.activeAccuracy), String(f.goldTargets), String(f.predTargets), fmt(f.targetP), fmt(f.targetR), fmt(f.targetF1)]);
    }
  }
  return { rows, whole };
}

/** Gold stance (rows) by predicted stance (columns). */
export function confusionRows(f: StanceFigures): string[][] {
  return STANCES.map((g) => [g, ...STANCES.map((p) => String(f.confusion.get(`${g}→${p}`) ?? 0))]);
}

/** The tuning half's disagreements, for --misses (the held-out half's are never written). */
export function tuningMisses(pairs: Pair[]) {
  return pairs.filter((p) => p.half === "tune" || p.half === "added").flatMap((p) => {
    const { gold, pred } = p;
    const wrongStance = gold.stance !== pred.stance;
    const wrongTargets = targetsMatched(gold.targets, pred.targets) !== Math.max(gold.targets.length, pred.targets.length);
    return wrongStance || wrongTargets ? [{ half: p.half, cue: p.cue, id: gold.id, index: gold.index, text: gold.text.slice(0, 200), gold: gold.stance, pred: pred.stance, goldTargets: gold.targets, predTargets: pred.targets }] : [];
  });
}

/**
 * Per half and gold stance: statements, how many got their stance, gold targets, those matched, and targets
 * predicted on them. Aggregate figures only, so the held-out half can be read for where it falls short without
 * reading its sentences.
 */
export function byStanceRows(pairs: Pair[]): string[][] {
  const rows: string[][] = [];
  for (const half of HALVES) {
    for (const stance of STANCES) {
      const own = pairs.filter((p) => p.half === half && p.gold.stance === stance);
      if (!own.length) continue;
      const right = own.filter((p) => p.pred.stance === stance).length;
      const gold = own.reduce((n, p) => n + p.gold.targets.length, 0);
      const matched = own.reduce((n, p) => n + targetsMatched(p.gold.targets, p.pred.targets), 0);
      const predicted = own.reduce((n, p) => n + p.pred.targets.length, 0);
      rows.push([half, stance, String(own.length), String(right), String(gold), String(matched), String(predicted)]);
    }
  }
  return rows;
}

/**
 * Per half and what governs the statement (stance cue, neutral cue before or after, none): the gold non-NEUTRAL
 * statements, how many got their stance, their gold targets, those matched and those predicted; and the NEUTRAL
 * ones given a stance. Aggregates, so the held-out half shows where it falls short without reading its sentences.
 */
export function byCueRows(pairs: Pair[]): string[][] {
  const rows: string[][] = [];
  for (const half of HALVES) {
    for (const kind of ["stance cue", "neutral cue before", "neutral cue after", "no cue"] as const) {
      const own = pairs.filter((p) => p.half === half && p.cue === kind);
      if (!own.length) continue;
      const active = own.filter((p) => p.gold.stance !== "NEUTRAL");
      const right = active.filter((p) => p.pred.stance === p.gold.stance).length;
      const gold = active.reduce((n, p) => n + p.gold.targets.length, 0);
      const matched = active.reduce((n, p) => n + targetsMatched(p.gold.targets, p.pred.targets), 0);
      const predicted = active.reduce((n, p) => n + p.pred.targets.length, 0);
      const spurious = own.filter((p) => p.gold.stance === "NEUTRAL" && p.pred.stance !== "NEUTRAL").length;
      rows.push([half, kind, String(own.length), String(active.length), String(right), String(gold), String(matched), String(predicted), String(spurious)]);
    }
  }
  return rows;
}

/**
 * Per half, gold targets by where their words stand (in the statement, elsewhere in its sentence, further off) and
 * by whether the statement got its stance: how many, and how many were matched. Aggregates only.
 */
export function whereRows(pairs: Pair[]): string[][] {
  const rows: string[][] = [];
  for (const half of HALVES) {
    for (const where of ["in the statement", "in its sentence", "elsewhere"] as const) {
      let gold = 0, stanceRight = 0, matched = 0;
      for (const p of pairs.filter((x) => x.half === half)) {
        const own = p.gold.targets.filter((_, i) => p.where?.[i] === where);
        if (!own.length) continue;
        gold += own.length;
        if (p.pred.stance === p.gold.stance) stanceRight += own.length;
        matched += Math.min(own.length, targetsMatched(own, p.pred.targets));
      }
      if (gold) rows.push([half, where, String(gold), String(stanceRight), String(matched)]);
    }
  }
  return rows;
}
