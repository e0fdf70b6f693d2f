/** The stance statements annotated outside news-dev (the "added", "fresh" and "fresh-isot" rows of `npm run eval`). */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../../src/types.ts";
import { readJsonl } from "./predict.ts";
import { addedSpanInputs, readInputs, type StanceInput, type StanceRow } from "./stance.ts";

/**
 * Statements annotated by the same guide outside news-dev, added to the tuning data (the "added" rows): polnear/train's
 * gold statements, and statements of the isot-reuters sample, reuters21578 and wikinews found by the extractor (no gold
 * speakers there; none of their articles is in news-dev or news-check).
 */
const STANCE_ADDED = [
  { rows: "../eval/stance-polnear-train.jsonl", articles: "corpus/polnear/train.jsonl", gold: "gold/polnear/train.gold.jsonl" },
  { rows: "../eval/stance-isot-reuters.jsonl", articles: "corpus/isot-reuters-2016-2017-sample/isot-reuters-2016-2017-sample.jsonl", gold: null },
  { rows: "../eval/stance-reuters21578.jsonl", articles: "corpus/reuters21578/reuters21578.jsonl", gold: null },
  { rows: "../eval/stance-wikinews.jsonl", articles: "corpus/wikinews-2019-2020/wikinews-2019-2020.jsonl", gold: null },
  // Annotated after the rules were written and never used to design them: a second check beside held-out.
  { rows: "../eval/stance-bbc-check.jsonl", articles: "corpus/bbc-news-2004-2005/bbc-news-2004-2005.jsonl", gold: null, half: "fresh" as const },
  // Drawn by scripts/sample-stance-fresh.ts (whole articles' first statements, in a hashed order) and annotated from
  // the articles before the stance stage was run on them: a check of Reuters politics, as held-out is.
  { rows: "../eval/stance-isot-fresh.jsonl", articles: "corpus/isot-reuters-2016-2017-sample/isot-reuters-2016-2017-sample.jsonl", gold: null, half: "fresh-isot" as const },
];

/** The added statements on their spans; their articles are read, not extracted. */
export const addedPairs = (shared: string) => readInputs(addedInputs(shared));

/** The added and fresh statements to read. */
export function addedInputs(shared: string): StanceInput[] {
  return STANCE_ADDED.flatMap((added) => {
    const path = join(import.meta.dirname, "..", added.rows), articles = join(shared, added.articles), gold = added.gold ? join(shared, added.gold) : null;
    if (!existsSync(path) || !existsSync(articles) || (gold && !existsSync(gold))) return [];
    const rows = readJsonl<StanceRow & { start: number }>(path);
    const ids = new Set(rows.map((r) => r.id));
    const keep = <T extends { id: string }>(xs: T[]) => xs.filter((x) => ids.has(String(x.id)));
    return addedSpanInputs(keep(readJsonl<ArticleInput>(articles)), gold ? keep(readJsonl<{ id: string; statements?: { text: string; speaker?: string | null }[] }>(gold)) : [], rows, "half" in added ? added.half : "added");
  });
}

