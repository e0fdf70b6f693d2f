/**
 * Gold statements that no prediction overlaps at all, by category (issue 10: the recall gap is cue coverage, not span
 * boundaries). Reads an eval directory written by `npm run eval` (SET.pred.jsonl) and the set's gold and articles:
 *   node --import tsx packages/extract/scripts/misses-uncovered.ts DIR [polnear-train]
 * Tuning sets only: it refuses a check set, whose misses nobody reads. Optional gold (beliefs) is left out, as the
 * scorer does. The categories are rough, by the gold cue and source; they say where to look, not what to build.
 */
import { join } from "node:path";
import { readJsonl } from "./eval/predict.ts";
import { defaultSets, sharedDir } from "./eval/sets.ts";

interface Gold { id: string; statements: { text: string; start?: number; cue?: string; source?: string | null; optional?: boolean }[] }
interface Pred { id: string; statements: { start?: number; end?: number }[] }

const [dir, name = "polnear-train"] = process.argv.slice(2);
const set = defaultSets(sharedDir()).find((s) => s.name === name);
if (!dir || !set || set.check) throw new Error("usage: misses-uncovered.ts EVAL_DIR [tuning set name]");
const preds = new Map(readJsonl<Pred>(join(dir, `${name}.pred.jsonl`)).map((p) => [p.id, p.statements]));
const texts = new Map(readJsonl<{ id: string; text: string }>(set.articles).map((a) => [a.id, a.text]));

function category(cue: string, source: string, headline: boolean): string {
  if (headline) return "headline";
  if (/\bask/.test(cue)) return "asked (question)";
  if (/^(?:i|we|me|us)$/.test(source)) return "first person";
  if (/poll|survey|percent|%|\bin 10\b|voters|respondents|majorit|half|third/.test(`${source} ${cue}`)) return "poll / respondents";
  if (/\b(?:call|calls|called|calling|describ\w*)\b/.test(cue)) return "call / describe (object complement)";
  if (/^(?:said|says|say|saying|told|tells|telling|noted|notes|added|wrote)$/.test(cue)) return "say-family verb (subject or context)";
  if (/according/.test(cue)) return "according to";
  if (/^(?:his|her|their|its|the|a|an)\s|['’]s\s/.test(cue) || /(?:claim|promise|pledge|vow|attack|complaint|comment|remark|demand|suggestion|accusation)s?(?: \w+)?$/.test(cue)) return "nominal cue";
  return "other cue";
}

const counts = new Map<string, number>();
let total = 0;
for (const gold of readJsonl<Gold>(set.gold)) {
  const text = texts.get(gold.id) ?? "";
  const title = text.split("\n\n")[0] ?? "";
  const spans = (preds.get(gold.id) ?? []).filter((p) => p.start != null && p.end != null);
  for (const s of gold.statements) {
    if (s.optional || s.start == null) continue;
    const end = s.start + s.text.length;
    if (spans.some((p) => p.start! < end && s.start! < p.end!)) continue;
    total++;
    const key = category((s.cue ?? "").toLowerCase().trim(), (s.source ?? "").toLowerCase().trim(), title.length < 250 && title.includes(s.text.slice(0, 30)));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
console.log(`${name}: ${total} non-optional gold statements overlap no prediction`);
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${key}`);
