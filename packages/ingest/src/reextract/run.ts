// `reextractStored`: the selected stored articles through the extractor again, in batches, with the progress bar
// and a summary of what happened to their statements. Used by `dictum reextract` and its benchmark.
import type { Db } from "@dictum/db";
import { extractorVersion } from "@dictum/extract/version";
import { workerWorthIt } from "../extractors.ts";
import { DEFAULT_BATCH_SIZE } from "../ingest-articles.ts";
import { formatSeconds, Progress, type ProgressFormat, type ProgressMode } from "../progress.ts";
import { Reextractor, type PreparedArticles, type ReextractOutcome, type ReextractorOptions } from "./reextractor.ts";
import { articlePage, selectionWhere, type Selection } from "./stored.ts";

export interface ReextractTotals {
  /** Articles re-extracted (whether or not anything in them changed). */
  articles: number;
  /** Of those, articles whose statements all came out the same. */
  unchangedArticles: number;
  /** Brought up to date by another run meanwhile. */
  skipped: number;
  failed: number;
  kept: number;
  changed: number;
  added: number;
  removed: number;
}

export interface ReextractSummary extends ReextractTotals {
  /** The version recorded on the articles re-extracted. */
  version: string;
  seconds: number;
  articlesPerSecond: number;
  /** True when `signal` stopped the run before every selected article was done. */
  interrupted: boolean;
  failures: Array<{ articleId: number; error: string }>;
}

export interface ReextractOptions extends ReextractorOptions, Selection {
  db?: Db;
  databaseUrl?: string;
  /** Articles per transaction (default 200). */
  batchSize?: number;
  progress?: ProgressMode;
  out?: NodeJS.WritableStream;
  /** Print the summary line at the end (default true). */
  summary?: boolean;
  /** Stop after the batches in hand. */
  signal?: AbortSignal;
}

const PROGRESS: ProgressFormat<ReextractTotals> = {
  label: "reextract",
  done: (t) => t.articles + t.skipped + t.failed,
  bar: (t) => `kept ${t.kept} changed ${t.changed} added ${t.added} removed ${t.removed} failed ${t.failed}`,
  line: (t) => `statements kept ${t.kept}, changed ${t.changed}, added ${t.added}, removed ${t.removed}; failed ${t.failed}`,
};

export function formatReextractSummary(summary: ReextractSummary): string {
  const done = summary.articles + summary.skipped + summary.failed;
  if (done === 0 && !summary.interrupted) return `reextract: nothing to do, every selected article was made by extractor ${summary.version}`;
  return `reextracted ${done} articles in ${formatSeconds(summary.seconds)} (${Math.round(summary.articlesPerSecond)} articles/s): ` +
    `${summary.articles - summary.unchangedArticles} changed, ${summary.unchangedArticles} unchanged, ${summary.failed} failed` +
    (summary.skipped > 0 ? `, ${summary.skipped} done by another run` : "") +
    `; statements ${summary.kept} kept, ${summary.changed} changed, ${summary.added} added, ${summary.removed} removed`;
}

function addOutcome(totals: ReextractTotals, outcome: ReextractOutcome): void {
  if (outcome.status === "skipped") totals.skipped++;
  else if (outcome.status === "failed") totals.failed++;
  else {
    totals.articles++;
    if (outcome.changed + outcome.added + outcome.removed === 0) totals.unchangedArticles++;
    totals.kept += outcome.kept;
    totals.changed += outcome.changed;
    totals.added += outcome.added;
    totals.removed += outcome.removed;
  }
}

export async function reextractStored(options: ReextractOptions = {}): Promise<ReextractSummary> {
  const started = performance.now();
  const out = options.out ?? process.stderr;
  const ownDb = !options.db;
  const db = options.db ?? (await import("@dictum/db")).createPrismaClient(options.databaseUrl);
  const totals: ReextractTotals = { articles: 0, unchangedArticles: 0, skipped: 0, failed: 0, kept: 0, changed: 0, added: 0, removed: 0 };
  const failures: ReextractSummary["failures"] = [];
  let progress: Progress<ReextractTotals> | undefined;
  const version = options.version ?? extractorVersion();
  try {
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    const where = await selectionWhere(db, options, version);
    const expected = await db.article.count({ where });
    progress = new Progress(options.progress ?? "auto", expected, out, 2_000, PROGRESS);
    const reextractor = await Reextractor.open(db, { ...options, worker: options.worker ?? workerWorthIt(expected) });
    try {
      // Two batches in flight: the next is read and extracted (in the worker) while this one is written. Pages
      // go by id, so articles a batch brings up to date are never read twice, whatever the selection.
      let afterId = 0;
      const next = async (): Promise<PreparedArticles | null> => {
        const page = await articlePage(db, where, afterId, batchSize);
        if (page.length === 0) return null;
        afterId = page.at(-1)!.id;
        return reextractor.prepare(page);
      };
      let inFlight = next();
      while (!options.signal?.aborted) {
        const prepared = await inFlight;
        if (!prepared) break;
        inFlight = next();
        inFlight.catch(() => {}); // awaited on the next turn
        for (const outcome of await reextractor.commit(prepared, options.all === true)) {
          addOutcome(totals, outcome);
          if (outcome.status === "failed") {
            failures.push({ articleId: outcome.articleId, error: outcome.error ?? "failed" });
            progress.log(`error: article ${outcome.articleId}: ${outcome.error ?? "failed"}`);
          }
        }
        progress.update(totals);
      }
      await inFlight.catch(() => null);
      // Many rows changed: fresh planner statistics keep the API's filters on the right indexes.
      if (totals.changed + totals.added + totals.removed > 0) await (await import("@dictum/db")).refreshStatistics(db);
    } finally {
      await reextractor.close();
    }
  } finally {
    progress?.update(totals);
    progress?.stop();
    if (ownDb) await db.$disconnect();
  }
  const seconds = (performance.now() - started) / 1000;
  const done = totals.articles + totals.skipped + totals.failed;
  const interrupted = options.signal?.aborted ?? false;
  const summary: ReextractSummary = { ...totals, version, seconds, articlesPerSecond: seconds > 0 ? done / seconds : 0, interrupted, failures };
  if (options.summary !== false) out.write(`${interrupted ? "interrupted: " : ""}${formatReextractSummary(summary)}\n`);
  return summary;
}
