/** Runs the extractor over an articles file; times extraction only, after the first article (which loads lexicons). */
import { readFileSync } from "node:fs";
import { extractArticle } from "../../src/index.ts";
import type { ArticleExtraction, ArticleInput } from "../../src/types.ts";

export const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

export function predict(articles: ArticleInput[]): { predictions: ArticleExtraction[]; perSecond: number | null } {
  let ms = 0;
  const predictions = articles.map((article, i) => {
    const t = performance.now();
    const result = extractArticle(article);
    if (i > 0) ms += performance.now() - t;
    return result;
  });
  return { predictions, perSecond: articles.length > 1 && ms > 0 ? Math.round((articles.length - 1) / (ms / 1000)) : null };
}
