// The long fuzz run (issue 7): thousands of hostile articles into extractArticle and hostile documents into every
// reader, plus 50 MB articles and files. Prints counts per generator, the slowest case per KB and every failure
// with a reproduction seed; exits 1 when anything failed.
//   node --import tsx packages/extract/scripts/fuzz.ts [--runs 5000] [--seed N] [--no-huge]
import { parseArgs } from "node:util";
import fc from "fast-check";
import { extractArticle } from "../src/index.ts";
import { readArticlesFromString, type Format } from "../src/readers/index.ts";
import type { ArticleInput } from "../src/types.ts";
import { checkExtraction, hostileArticle, SEED_TEXT, timeBudgetMs } from "../test/fuzz-inputs.ts";
import { checkReadResults, hostileDocument, readBudgetMs } from "../test/fuzz-documents.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5000" }, seed: { type: "string" }, "no-huge": { type: "boolean", default: false } } });
const runs = Number(values.runs);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;

const counts = { articles: 0, statements: 0, chars: 0, documents: 0, records: 0, badRecords: 0, failures: 0 };
let slowest = { msPerKb: 0, chars: 0 };

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
  if (problems.length > 0) console.log(`extract: ${problems.join("; ")}\n  input: ${JSON.stringify(article.text.slice(0, 300))}`);
  return problems.length === 0;
}

async function readChecked(content: string, format: Format): Promise<boolean> {
  const started = performance.now();
  let problems: string[];
  try {
    const results = [];
    for await (const result of readArticlesFromString(content, format, "fuzz")) results.push(result);
    problems = checkReadResults(content, results);
    counts.records += results.filter((r) => r.ok).length;
    counts.badRecords += results.filter((r) => !r.ok).length;
  } catch (error) {
    problems = [`threw ${(error as Error).stack ?? String(error)}`];
  }
  const ms = performance.now() - started;
  if (ms > readBudgetMs(content)) problems.push(`took ${ms.toFixed(0)} ms for ${content.length} chars`);
  counts.documents++;
  if (problems.length > 0) console.log(`read ${format}: ${problems.join("; ")}\n  input: ${JSON.stringify(content.slice(0, 300))}`);
  return problems.length === 0;
}

console.log(`fuzz: ${runs} articles and ${runs} documents, seed ${seed}`);
const started = performance.now();
const extractRun = fc.check(fc.property(hostileArticle(2000), extractChecked), { seed, numRuns: runs, endOnFailure: false });
if (extractRun.failed) counts.failures++;
const readRun = await fc.check(fc.asyncProperty(hostileDocument(), ({ content, format }) => readChecked(content, format)), { seed, numRuns: runs, endOnFailure: false });
if (readRun.failed) counts.failures++;

if (!values["no-huge"]) {
  const huge = `${SEED_TEXT} `.repeat(Math.ceil(50 * 1024 * 1024 / SEED_TEXT.length));
  console.log(`fuzz: 50 MB article (${huge.length} chars)`);
  if (!extractChecked({ id: "huge", source: "TASS", url: null, publishedAt: "2021-07-28", title: null, text: huge })) counts.failures++;
  const line = JSON.stringify({ id: "huge", text: huge });
  if (!(await readChecked(`${line}\n{"id":"after","text":"still read"}\n`, "jsonl"))) counts.failures++;
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${counts.articles} articles (${(counts.chars / 1e6).toFixed(1)} M chars, ${counts.statements} statements), ` +
    `${counts.documents} documents (${counts.records} records read, ${counts.badRecords} refused with an error), ` +
    `slowest ${slowest.msPerKb.toFixed(2)} ms/KB on ${slowest.chars} chars, ${seconds.toFixed(1)} s, ` +
    `${counts.failures === 0 ? "no failures" : `FAILED (reproduce with --seed ${seed})`}`,
);
if (extractRun.failed) console.log(fc.defaultReportMessage(extractRun));
if (readRun.failed) console.log(fc.defaultReportMessage(readRun));
process.exit(counts.failures === 0 ? 0 : 1);
