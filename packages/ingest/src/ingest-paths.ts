// `ingestPaths`: files, folders and feed URLs into the database, in batches, with progress and a summary.
// Used by `dictum ingest` and by `npm start` for seeds/.
import type { Db } from "@dictum/db";
import { describeUnsupportedLanguages } from "@dictum/extract";
import type { ReadResult, Where } from "@dictum/sources";
import { estimateRecords, expandInputs, readInputs } from "./inputs.ts";
import { DEFAULT_BATCH_SIZE } from "./ingest-articles.ts";
import { workerWorthIt } from "./extractors.ts";
import { ArticleKeyMap } from "./batch/article-key.ts";
import { Ingester, type BatchItem, type IngesterOptions, type PreparedBatch } from "./ingester.ts";
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
  /** Stop reading when aborted: the batches already read are still written, then the summary is printed. */
  signal?: AbortSignal;
  /** Called after each committed batch with the ids of the statements it stored (live updates). */
  onStored?: (statementIds: number[]) => Promise<void> | void;
}

export interface IngestPathsResult extends IngestSummary {
  /** True when `signal` stopped the run before every input was read. */
  interrupted: boolean;
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
    `${summary.new} new, ${summary.present} already present, ${summary.failed} failed; ${summary.statements} statements stored` +
    unsupportedNote(summary.unsupportedLanguages);
}

/** "; 2 articles in unsupported languages (ru: 2), …", or "" when there were none. */
function unsupportedNote(languages: Record<string, number>): string {
  const note = describeUnsupportedLanguages(languages);
  return note ? `; ${note}, no statements extracted from them` : "";
}

export async function ingestPaths(paths: readonly string[], options: IngestPathsOptions = {}): Promise<IngestPathsResult> {
  const started = performance.now();
  const out = options.out ?? process.stderr;
  const ownDb = !options.db;
  const db = options.db ?? (await import("@dictum/db")).createPrismaClient(options.databaseUrl);
  const totals = emptyTotals();
  const failures: IngestPathsResult["failures"] = [];
  const { inputs, problems } = await expandInputs(paths);
  const expected = await estimateRecords(inputs);
  const progress = new Progress(options.progress ?? "auto", expected, out);
  const fail = (where: Where, error: string) => {
    failures.push({ where, error });
    totals.failed += 1;
    progress.log(`error: ${describeWhere(where)}: ${error}`);
  };
  try {
    for (const problem of problems) if (!problem.ok) fail(problem.where, problem.error);
    const ingester = await Ingester.open(db, { ...options, worker: options.worker ?? workerWorthIt(expected) });
    try {
      const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
      // Two batches in flight: the next one is looked up and extracted (in the worker) while this one is written.
      let inFlight: Promise<PreparedBatch> | null = null;
      const recent = new ArticleKeyMap<number>();
      const commitInFlight = async () => {
        if (!inFlight) return;
        const prepared = await inFlight;
        inFlight = null;
        const outcomes = await ingester.commit(prepared, recent);
        for (const outcome of outcomes) {
          if (outcome.status === "failed") fail(outcome.where ?? { file: "<input>" }, outcome.error ?? "failed");
          else addOutcome(totals, outcome);
        }
        progress.update(totals);
        const stored = outcomes.flatMap((outcome) => outcome.statementIds ?? []);
        if (stored.length > 0) await options.onStored?.(stored);
      };
      let batch: BatchItem[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const next = ingester.prepare(batch);
        next.catch(() => {}); // awaited below; keeps an early rejection from being reported as unhandled
        batch = [];
        await commitInFlight();
        inFlight = next;
      };
      for await (const result of readInputs(inputs, options.fetch) as AsyncIterable<ReadResult>) {
        if (options.signal?.aborted) break;
        if (!result.ok && result.empty) {
          // No article in it (any format): said once, and not a failure (the exit code stays as it is).
          progress.log(`warning: ${describeWhere(result.where)}: ${result.error}`);
          continue;
        }
        if (!result.ok) {
          fail(result.where, result.error);
          continue;
        }
        batch.push({ article: result.article, where: result.where });
        if (batch.length >= batchSize) await flush();
      }
      await flush();
      await commitInFlight();
      // A bulk load changes the data's shape; fresh statistics keep the filters on the right indexes.
      if (totals.new > 0) await (await import("@dictum/db")).refreshStatistics(db);
    } finally {
      await ingester.close();
    }
  } finally {
    progress.update(totals);
    progress.stop();
    if (ownDb) await db.$disconnect();
  }
  const seconds = (performance.now() - started) / 1000;
  const done = totals.new + totals.present + totals.failed;
  const interrupted = options.signal?.aborted ?? false;
  const summary: IngestPathsResult = { ...totals, seconds, articlesPerSecond: seconds > 0 ? done / seconds : 0, failures, interrupted };
  if (options.summary !== false) out.write(`${interrupted ? "interrupted: " : ""}${formatSummary(summary)}\n`);
  return summary;
}
