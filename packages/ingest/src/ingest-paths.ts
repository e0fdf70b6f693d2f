// `ingestPaths`: files, folders and feed URLs into the database, in batches, with progress and a summary.
// Used by `dictum ingest` and by `npm start` for seeds/.
import type { Db } from "@dictum/db";
import type { ReadResult, Where } from "@dictum/extract/readers";
import { estimateRecords, expandInputs, readInputs } from "./inputs.ts";
import { DEFAULT_BATCH_SIZE } from "./ingest-articles.ts";
import { Ingester, type BatchItem, type IngesterOptions } from "./ingester.ts";
import { addOutcome, emptyTotals, type IngestSummary } from "./outcome.ts";
import { formatSeconds, Progress, type ProgressMode } from "./progress.ts";

export interface IngestPathsOptions extends IngesterOptions {
  /** An open client; when absent one is made from `databaseUrl` (else DATABASE_URL) and closed at the end. */
  db?: Db;
  databaseUrl?: string;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  /** "auto" (default): a bar on a terminal, lines otherwise. */
  progress?: ProgressMode;
  /** Where progress, bad records and the summary go (default stderr). */
  out?: NodeJS.WritableStream;
  fetch?: typeof fetch;
  /** Print the summary line at the end (default true). */
  summary?: boolean;
}

export interface IngestPathsResult extends IngestSummary {
  /** Every record that was not stored, with where it came from. */
  failures: Array<{ where: Where; error: string }>;
}

export function describeWhere(where: Where | undefined): string {
  if (!where) return "<input>";
  if (where.line !== undefined) return `${where.file}:${where.line}`;
  if (where.index !== undefined) return `${where.file} (record ${where.index})`;
  return where.file;
}

export function formatSummary(summary: IngestSummary): string {
  const total = summary.new + summary.present + summary.failed;
  return `ingested ${total} articles in ${formatSeconds(summary.seconds)} (${Math.round(summary.articlesPerSecond)} articles/s): ` +
    `${summary.new} new, ${summary.present} already present, ${summary.failed} failed; ${summary.statements} statements stored`;
}

export async function ingestPaths(paths: readonly string[], options: IngestPathsOptions = {}): Promise<IngestPathsResult> {
  const started = performance.now();
  const out = options.out ?? process.stderr;
  const ownDb = !options.db;
  const db = options.db ?? (await import("@dictum/db")).createPrismaClient(options.databaseUrl);
  const totals = emptyTotals();
  const failures: IngestPathsResult["failures"] = [];
  const { inputs, problems } = await expandInputs(paths);
  const progress = new Progress(options.progress ?? "auto", await estimateRecords(inputs), out);
  const fail = (where: Where, error: string) => {
    failures.push({ where, error });
    totals.failed += 1;
    progress.log(`error: ${describeWhere(where)}: ${error}`);
  };
  try {
    for (const problem of problems) if (!problem.ok) fail(problem.where, problem.error);
    const ingester = await Ingester.open(db, options);
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    let batch: BatchItem[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const outcomes = await ingester.ingest(batch);
      batch = [];
      for (const outcome of outcomes) {
        if (outcome.status === "failed") fail(outcome.where ?? { file: "<input>" }, outcome.error ?? "failed");
        else addOutcome(totals, outcome);
      }
      progress.update(totals);
    };
    for await (const result of readInputs(inputs, options.fetch) as AsyncIterable<ReadResult>) {
      if (!result.ok) {
        fail(result.where, result.error);
        continue;
      }
      batch.push({ article: result.article, where: result.where });
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    progress.update(totals);
    progress.stop();
    if (ownDb) await db.$disconnect();
  }
  const seconds = (performance.now() - started) / 1000;
  const done = totals.new + totals.present + totals.failed;
  const summary: IngestPathsResult = { ...totals, seconds, articlesPerSecond: seconds > 0 ? done / seconds : 0, failures };
  if (options.summary !== false) out.write(`${formatSummary(summary)}\n`);
  return summary;
}
