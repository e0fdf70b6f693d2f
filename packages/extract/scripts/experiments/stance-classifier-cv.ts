/**
 * Would a learned content classifier read the statements under a neutral cue ("said that …") that no stance rule
 * reads? A softmax regression over their words, word pairs and cue (fit-stance.ts), scored by 5-fold
 * cross-validation by article on the tuning data only (news-dev's tuning half and the added statements; never
 * held-out or fresh): per probability threshold, how many statements no rule reads it gives their right stance,
 * another non-NEUTRAL one, or a stance though they are NEUTRAL. Run:
 * `node --import tsx packages/extract/scripts/experiments/stance-classifier-cv.ts`. Deterministic.
 * `--binary` fits one class for every stance (does the statement take one at all?), `--unigrams` words alone.
 * Its answer (issue 12, 415 statements, 349 that no rule reads, 62 of them non-NEUTRAL): it does not. Six classes,
 * p ≥ 0.2: 4 right, 12 another stance, 33 false alarms; binary, p ≥ 0.6: 10 found for 19 false alarms (34 % against
 * a base rate of 18 %) — each false alarm costs a wrong target, so it would lower target F1.
 */
import { join } from "node:path";
import { governingCue } from "../../src/stance/cue.ts";
import { readStance } from "../../src/stance/index.ts";
import { wordsOf } from "../../src/stance/words.ts";
import type { ArticleInput } from "../../src/types.ts";
import { readJsonl } from "../eval/predict.ts";
import { sharedDir } from "../eval/sets.ts";
import { addedInputs } from "../eval/stance-added.ts";
import { goldSpanInputs, readStanceRows } from "../eval/stance.ts";
import { fitStance, predictStance, stanceFeatures, type Example } from "./fit-stance.ts";

const shared = sharedDir();
const articles = readJsonl<ArticleInput>(join(shared, "gold/news-dev.articles.jsonl"));
const gold = readJsonl<{ id: string; statements?: { text: string; speaker?: string | null }[] }>(join(shared, "gold/news-dev.gold.jsonl"));
const inputs = [...goldSpanInputs(articles, gold, readStanceRows(join(import.meta.dirname, "../../eval/stance-dev.jsonl"))), ...addedInputs(shared)]
  .filter((i) => i.half === "tune" || i.half === "added");

interface Item extends Example { ruleNeutral: boolean }
const items: Item[] = inputs.flatMap(({ row, doc, span, context }) => {
  const cue = governingCue(doc, span);
  if (cue && (cue.stance !== "NEUTRAL" || cue.negated)) return [];
  const ruleNeutral = readStance(doc, span, context).stance === "NEUTRAL";
  return [{ features: stanceFeatures(wordsOf(doc.text, span.start, span.end), cue), stance: row.stance, group: row.id, ruleNeutral }];
});

// --binary: one class for every stance (whether the statement takes one at all); --unigrams: words alone.
const binary = process.argv.includes("--binary"), unigrams = process.argv.includes("--unigrams");
for (const e of items) {
  if (binary && e.stance !== "NEUTRAL") e.stance = "CRITICISES";
  if (unigrams) e.features = e.features.filter((f) => !f.startsWith("b:"));
}
const groups = [...new Set(items.map((e) => e.group))].sort();
const fold = new Map(groups.map((g, k) => [g, k % 5]));
const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
const tally = THRESHOLDS.map(() => ({ right: 0, other: 0, falseAlarms: 0 }));
for (let k = 0; k < 5; k++) {
  const model = fitStance(items.filter((e) => fold.get(e.group) !== k));
  for (const e of items.filter((x) => fold.get(x.group) === k && x.ruleNeutral)) {
    THRESHOLDS.forEach((t, n) => {
      const s = predictStance(model, e.features, t);
      if (!s) return;
      if (e.stance === "NEUTRAL") tally[n]!.falseAlarms++;
      else if (s === e.stance) tally[n]!.right++;
      else tally[n]!.other++;
    });
  }
}
const unread = items.filter((e) => e.ruleNeutral);
console.log(`${items.length} statements read by content (no cue, or a neutral one); ${unread.length} no rule reads, ${unread.filter((e) => e.stance !== "NEUTRAL").length} of them non-NEUTRAL`);
console.log("threshold  right stance  other stance  false alarms   (5-fold cross-validated, on the statements no rule reads)");
THRESHOLDS.forEach((t, n) => console.log(`${t.toFixed(2).padStart(9)}  ${String(tally[n]!.right).padStart(12)}  ${String(tally[n]!.other).padStart(12)}  ${String(tally[n]!.falseAlarms).padStart(12)}`));
