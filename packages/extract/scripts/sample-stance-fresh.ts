/**
 * The statements to annotate for a fresh stance check (eval/stance-isot-fresh.jsonl): isot-reuters articles that
 * no gold set and no earlier stance file holds, whose quotation marks survived (see the corpus README), in an
 * order fixed by a hash of their ids, the first PER_ARTICLE statements the extractor finds in each until COUNT.
 * It prints each statement's text, offset and sentence, never the stance stage's reading, so the annotation is
 * made from the article alone (the guide). Usage: node --import tsx scripts/sample-stance-fresh.ts > /tmp/sample.jsonl
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../src/index.ts";
import type { ArticleInput } from "../src/types.ts";
import { goldIndex, isGold } from "./corpus/unannotated.ts";
import { readJsonl } from "./eval/predict.ts";
import { sharedDir } from "./eval/sets.ts";

const COUNT = 60;
const PER_ARTICLE = 6;
const SALT = "stance-fresh-2026-12";

const shared = sharedDir();
const gold = goldIndex(shared);
const earlier = new Set(["stance-isot-reuters.jsonl"].flatMap((f) => readFileSync(join(import.meta.dirname, "../eval", f), "utf8").split("\n").filter(Boolean).map((l) => String(JSON.parse(l).id))));
const articles = readJsonl<ArticleInput>(join(shared, "corpus/isot-reuters-2016-2017-sample/isot-reuters-2016-2017-sample.jsonl"))
  .filter((a) => !isGold(gold, { id: String(a.id), text: a.text }) && !earlier.has(String(a.id)) && /[“”"]/.test(a.text))
  .map((a) => ({ a, key: createHash("sha256").update(SALT + a.id).digest("hex") }))
  .sort((x, y) => (x.key < y.key ? -1 : 1))
  .map((x) => x.a);

let n = 0;
for (const article of articles) {
  if (n >= COUNT) break;
  const { statements } = extractArticle(article);
  statements.slice(0, PER_ARTICLE).forEach((s, index) => {
    if (n >= COUNT) return;
    const from = Math.max(0, article.text.lastIndexOf(".", s.start - 2) + 1), to = article.text.indexOf(".", s.end);
    console.log(JSON.stringify({ id: article.id, index, start: s.start, text: s.text, speaker: s.speaker?.name ?? null, sentence: article.text.slice(from, to < 0 ? undefined : to + 1).trim() }));
    n++;
  });
}
