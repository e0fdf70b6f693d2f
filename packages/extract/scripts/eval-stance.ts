/**
 * The stance stage alone on gold spans (news-dev's halves, the added and fresh statements): the same tables as
 * `npm run eval`'s stance part in seconds rather than minutes, for tuning. `--misses FILE` writes the tuning data's
 * disagreements (news-dev's tuning half and the added statements; never held-out's or fresh's).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/types.ts";
import { readJsonl } from "./eval/predict.ts";
import { sharedDir } from "./eval/sets.ts";
import { addedPairs } from "./eval/stance-added.ts";
import { byCueRows, byStanceRows, onGoldSpans, readStanceRows, STANCE_HEADER, stanceRows, tuningMisses } from "./eval/stance.ts";
import { printTable } from "./eval/table.ts";

const shared = sharedDir();
const articles = readJsonl<ArticleInput>(join(shared, "gold/news-dev.articles.jsonl"));
const gold = readJsonl<{ id: string; statements?: { text: string; speaker?: string | null }[] }>(join(shared, "gold/news-dev.gold.jsonl"));
const spans = [...onGoldSpans(articles, gold, readStanceRows(join(import.meta.dirname, "../eval/stance-dev.jsonl"))), ...addedPairs(shared)];
printTable("Stance and targets, gold spans", STANCE_HEADER, stanceRows([["gold spans", spans]]).rows);
printTable("By what governs the statement", ["half", "governed by", "statements", "non-NEUTRAL", "stance right", "targets gold", "matched", "predicted", "spurious stance"], byCueRows(spans));
printTable("By gold stance", ["half", "gold stance", "statements", "stance right", "targets gold", "matched", "predicted"], byStanceRows(spans));
const i = process.argv.indexOf("--misses");
if (i >= 0) writeFileSync(process.argv[i + 1]!, JSON.stringify(tuningMisses(spans), null, 1));
