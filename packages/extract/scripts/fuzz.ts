// The long fuzz run (issue 7): thousands of hostile articles into extractArticle, plus a 50 MB article. Every case
// runs (no stop at the first failure, no shrinking); each failure is printed with its input, and the totals at the
// end. Exits 1 when anything failed. The readers have their own run: packages/sources/scripts/fuzz.ts.
//   node --import tsx packages/extract/scripts/fuzz.ts [--runs 5000] [--seed N] [--no-huge]
import { parseArgs } from "node:util";
import fc from "fast-check";
import { extractArticle } from "../src/index.ts";
import type { ArticleInput } from "../src/types.ts";
import { checkExtraction, hostileArticle, SEED_TEXT, timeBudgetMs } from "../test/fuzz-inputs.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5000" }, seed: { type: "string" }, "no-huge": { type: "boolean", default: false } } });
const runs = Number(values.runs);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;

const counts = { articles: 0, statements: 0, chars: 0, failures: 0 };
let slowest = { msPerKb: 0, chars: 0 };

function fail(message: string, input: string): void {
  counts.failures++;
  console.log(`${message}\n  input (${input.length} chars): ${JSON.stringify(input.slice(0, 200))}`);
}

function extractChecked(article: ArticleInput): boolean {
  const started = performance.now();
  let problems: string[];
  try {
    const result = extractArticle(article);
    problems = checkExtraction(article, result);
    counts.statements += result.statements.length;
  } catch (error) {
    problems = [`threw ${(error as Error).stack ?? String(error)}`];
  }
  const ms = performance.now() - started;
  if (ms > timeBudgetMs(article.text)) problems.push(`took ${ms.toFixed(0)} ms for ${article.text.length} chars`);
  counts.articles++;
  counts.chars += article.text.length;
  const perKb = ms / Math.max(1, article.text.length / 1024);
  if (article.text.length > 10_000 && perKb > slowest.msPerKb) slowest = { msPerKb: perKb, chars: article.text.length };
  if (problems.length > 0) fail(`extract: ${problems.join("; ")}`, article.text);
  return problems.length === 0;
}

console.log(`fuzz: ${runs} articles, seed ${seed}`);
const started = performance.now();
// The properties always hold for fast-check: failures are counted and printed here, so every case runs.
fc.assert(fc.property(hostileArticle(2000), (article) => void extractChecked(article)), { seed, numRuns: runs });

if (!values["no-huge"]) {
  const huge = `${SEED_TEXT} `.repeat(Math.ceil(50 * 1024 * 1024 / SEED_TEXT.length));
  console.log(`fuzz: 50 MB article (${huge.length} chars)`);
  extractChecked({ id: "huge", source: "TASS", url: null, publishedAt: "2021-07-28", title: null, text: huge });
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${counts.articles} articles (${(counts.chars / 1e6).toFixed(1)} M chars, ${counts.statements} statements), ` +
    `slowest ${slowest.msPerKb.toFixed(2)} ms/KB on ${slowest.chars} chars, ${seconds.toFixed(1)} s, ` +
    `${counts.failures === 0 ? "no failures" : `${counts.failures} FAILED (reproduce with --seed ${seed})`}`,
);
process.exit(counts.failures === 0 ? 0 : 1);
