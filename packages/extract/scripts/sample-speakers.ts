/**
 * Prints the statements the extractor finds in a random sample of unannotated articles (every gold article left
 * out), each with its speaker, resolution path, confidence and the sentence around it: for reading speaker errors
 * on text no gold set holds. `node --import tsx scripts/sample-speakers.ts [--source bbc|isot|wikinews|reuters21578]
 * [--n 20] [--seed 1]`.
 */
import { extractArticle } from "../src/index.ts";
import type { StatementTrace } from "../src/pipeline/index.ts";
import type { ArticleInput, ExtractedStatement } from "../src/types.ts";
import { sharedDir } from "./eval/sets.ts";
import { corpusFiles, goldIndex, unannotated } from "./corpus/unannotated.ts";

const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1]! : fallback; };
const source = value("--source", "");
const n = Number(value("--n", "10"));
let seed = Number(value("--seed", "1"));
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };

const shared = sharedDir();
const files = corpusFiles(shared).filter((f) => f.includes(source));
const pool: ArticleInput[] = [];
for await (const a of unannotated(files, goldIndex(shared))) pool.push({ id: a.id, source: a.source ?? null, url: null, publishedAt: null, title: a.title ?? null, text: a.text });
for (let k = 0; k < n && pool.length; k++) {
  const article = pool.splice(Math.floor(random() * pool.length), 1)[0]!;
  const traces: [ExtractedStatement, StatementTrace][] = [];
  extractArticle(article, undefined, (s, t) => traces.push([s, t]));
  console.log(`\n##### ${article.id} (${traces.length} statements)`);
  for (const [s, t] of traces) {
    const before = article.text.slice(Math.max(0, s.start - 160), s.start).replace(/\s+/g, " ");
    const after = article.text.slice(s.end, s.end + 100).replace(/\s+/g, " ");
    console.log(`- [${s.speaker?.name ?? "?"}] ${t.path} ${s.confidence.toFixed(2)} ${s.kind}\n    …${before}⟦${s.text.replace(/\s+/g, " ")}⟧${after}…`);
  }
}
