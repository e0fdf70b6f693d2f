/**
 * Prints the statements the extractor finds in a random sample of unannotated articles (every gold article left
 * out), each with its speaker, resolution path, confidence and the sentence around it: for reading speaker errors
 * on text no gold set holds. `node --import tsx scripts/sample-speakers.ts [--source bbc|isot|wikinews|reuters21578]
 * [--n 20] [--seed 1]`.
 */
import { extractArticle } from "../src/index.ts";
import type { StatementTrace } from "../src/pipeline/index.ts";
import type { ExtractedStatement } from "../src/types.ts";
import { sampleArticles } from "./corpus/sample.ts";

for await (const article of sampleArticles(10)) {
  const traces: [ExtractedStatement, StatementTrace][] = [];
  extractArticle(article, undefined, (s, t) => traces.push([s, t]));
  console.log(`\n##### ${article.id} (${traces.length} statements)`);
  for (const [s, t] of traces) {
    const before = article.text.slice(Math.max(0, s.start - 160), s.start).replace(/\s+/g, " ");
    const after = article.text.slice(s.end, s.end + 100).replace(/\s+/g, " ");
    console.log(`- [${s.speaker?.name ?? "?"}] ${t.path} ${s.confidence.toFixed(2)} ${s.kind}\n    …${before}⟦${s.text.replace(/\s+/g, " ")}⟧${after}…`);
  }
}
