// Writes articles in batches: one transaction per batch holds the articles, their statements, speakers,
// quotations and place/topic links, so a killed run leaves whole articles only. A batch goes through three
// stages (src/batch/): plan (which records are new, and their extraction), build rows and write them, commit
// with retry. Ids of sources, places, topics and speakers are cached for the run.
import type { Db } from "@dictum/db";
import { extractorVersion } from "@dictum/extract/version";
import { dialectOf } from "./bulk-insert.ts";
import type { Extract, Extractor } from "./extractors.ts";
import { openExtractor } from "./taxonomy/open-extractor.ts";
import type { ArticleOutcome } from "./outcome.ts";
import type { ArticleKeyMap } from "./batch/article-key.ts";
import { commitBatch, type CommitContext } from "./batch/commit.ts";
import { IdCaches } from "./batch/id-caches.ts";
import { planBatch, type BatchItem, type PreparedBatch } from "./batch/plan.ts";
import { writeBatch } from "./batch/write-batch.ts";
export type { Extract } from "./extractors.ts";
export type { BatchItem, PreparedBatch } from "./batch/plan.ts";
export { storableStatements, toDate } from "./rows.ts";

export interface IngesterOptions {
  /** The extractor (default: extractArticle from @dictum/extract). */
  extract?: Extract;
  /** Extract in a worker thread (ignored with a custom `extract`). */
  worker?: boolean;
  /** Longest a batch transaction may take, ms. */
  transactionTimeoutMs?: number;
}

export class Ingester {
  private readonly caches: IdCaches;
  private readonly stages: CommitContext;

  private constructor(db: Db, extractor: Extractor, timeoutMs: number, readonly taxonomyVersion: string | null) {
    const caches = new IdCaches(db);
    const dialect = dialectOf(db);
    const version = extractorVersion(); // recorded on every article stored: which extractor made its statements
    this.caches = caches;
    this.stages = {
      db, dialect, extractor, timeoutMs,
      reload: () => caches.reload(),
      write: (tx, planned) => writeBatch(tx, caches, dialect, { version, taxonomyVersion }, planned),
    };
  }

  static async open(db: Db, options: IngesterOptions = {}): Promise<Ingester> {
    const { extractor, taxonomyVersion } = await openExtractor(db, options);
    const ingester = new Ingester(db, extractor, options.transactionTimeoutMs ?? 120_000, taxonomyVersion);
    await ingester.caches.reload();
    return ingester;
  }

  /** Stops the extraction worker, if any. */
  async close(): Promise<void> {
    await this.stages.extractor.close();
  }

  /** Stores one batch; returns one outcome per item, in order. Never throws for bad articles. */
  async ingest(items: readonly BatchItem[]): Promise<ArticleOutcome[]> {
    return this.commit(await this.prepare(items));
  }

  /** Checks which articles are already stored and extracts the others. Reads only: batches may be prepared
   * ahead, while the previous batch is being written. */
  prepare(batch: readonly BatchItem[]): Promise<PreparedBatch> {
    return planBatch(this.stages, batch);
  }

  /** Writes a prepared batch in one transaction (batch/commit.ts). `recent`: article ids the caller's earlier
   * batches stored, so a batch prepared before they committed skips them. */
  commit(batch: PreparedBatch, recent?: ArticleKeyMap<number>): Promise<ArticleOutcome[]> {
    return commitBatch(this.stages, batch, recent);
  }
}
