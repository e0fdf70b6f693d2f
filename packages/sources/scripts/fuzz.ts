// The long fuzz run of the readers (issue 7): thousands of hostile documents into every reader, plus a 50 MB JSONL
// line. Every case runs (no stop at the first failure, no shrinking); each failure is printed with its input, and
// the totals at the end. Exits 1 when anything failed. The extractor has its own run: packages/extract/scripts/fuzz.ts.
//   node --import tsx packages/sources/scripts/fuzz.ts [--runs 5000] [--seed N] [--no-huge]
import { parseArgs } from "node:util";
import fc from "fast-check";
import type { Format } from "../src/index.ts";
import { checkReadResults, hostileDocument, readAll, readBudgetMs } from "../test/fuzz-documents.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5000" }, seed: { type: "string" }, "no-huge": { type: "boolean", default: false } } });
const runs = Number(values.runs);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;

const counts = { documents: 0, records: 0, badRecords: 0, failures: 0 };

function fail(message: string, input: string): void {
  counts.failures++;
  console.log(`${message}\n  input (${input.length} chars): ${JSON.stringify(input.slice(0, 200))}`);
}

async function readChecked(content: Buffer, format: Format | undefined): Promise<boolean> {
  const started = performance.now();
  let problems: string[];
  try {
    const results = await readAll({ content, format });
    problems = checkReadResults(content, results);
    counts.records += results.filter((r) => r.ok).length;
    counts.badRecords += results.filter((r) => !r.ok).length;
  } catch (error) {
    problems = [`threw ${(error as Error).stack ?? String(error)}`];
  }
  const ms = performance.now() - started;
  if (ms > readBudgetMs(content)) problems.push(`took ${ms.toFixed(0)} ms for ${content.length} chars`);
  counts.documents++;
  if (problems.length > 0) fail(`read ${format ?? "sniffed"}: ${problems.join("; ")}`, content.toString("utf8"));
  return problems.length === 0;
}

console.log(`fuzz: ${runs} documents, seed ${seed}`);
const started = performance.now();
// The properties always hold for fast-check: failures are counted and printed here, so every case runs.
await fc.assert(fc.asyncProperty(hostileDocument(), async ({ content, format }) => void (await readChecked(content, format))), { seed, numRuns: runs });

if (!values["no-huge"]) {
  const sentence = '"We will not leave our allies alone," Russian Defense Minister Sergey Shoigu told reporters. ';
  const huge = sentence.repeat(Math.ceil(50 * 1024 * 1024 / sentence.length));
  const line = JSON.stringify({ id: "huge", text: huge });
  const results = await readAll({ content: Buffer.from(`${line}\n{"id":"after","text":"Still read, he said."}\n`), format: "jsonl" });
  const refused = results.filter((r) => !r.ok).map((r) => (r.ok ? "" : r.error));
  console.log(`fuzz: 50 MB JSONL line: ${refused.length} refused (${refused[0] ?? "none"}), ${results.length - refused.length} read after it`);
  if (refused.length !== 1 || !results.some((r) => r.ok && r.article.id === "after")) fail("read jsonl: the 50 MB line was not refused with the next record kept", line);
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${counts.documents} documents (${counts.records} records read, ${counts.badRecords} refused with an error), ${seconds.toFixed(1)} s, ` +
    `${counts.failures === 0 ? "no failures" : `${counts.failures} FAILED (reproduce with --seed ${seed})`}`,
);
process.exit(counts.failures === 0 ? 0 : 1);
