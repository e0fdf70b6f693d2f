// Stage 3 of storing a batch, "commit with retry": its writes in one transaction. A busy database (another writer)
// is retried with back-off, any other error once, each time after reloading the cached ids and looking again
// which articles are still new (a concurrent writer may have stored some); what is still left is then stored
// article by article, so one article the database refuses fails alone. One batch at a time per client.
import type { Db, Prisma } from "@dictum/db";
import { errorMessage } from "../extractors.ts";
import type { ArticleOutcome } from "../outcome.ts";
import { busyBackoff, isBusy } from "../write-lock.ts";
import type { ArticleKeyMap } from "./article-key.ts";
import { confirmPresent, storedArticleIds, type PlanContext, type Planned, type PreparedBatch } from "./plan.ts";
import type { Written } from "./write-batch.ts";

type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 6;

/** One batch at a time per client, whichever ingester writes it: the in-memory caches follow one transaction at a
 * time, and on SQLite (one connection per client) no ingest transaction is open while present articles are
 * confirmed. */
const commitLocks = new WeakMap<Db, Promise<unknown>>();

export interface CommitContext extends PlanContext {
  /** Forgets the cached ids (after a rolled-back transaction). */
  reload: () => Promise<void>;
  /** The writes of these articles, inside `tx`. */
  write: (tx: Tx, planned: readonly Planned[]) => Promise<Written[]>;
}

/**
 * Writes a prepared batch; returns one outcome per item, in order. `recent` (article ids by key, kept by the
 * caller across batches) lets a caller that prepares a batch before the previous one committed skip articles
 * that batch stored.
 */
export function commitBatch(ctx: CommitContext, batch: PreparedBatch, recent?: ArticleKeyMap<number>): Promise<ArticleOutcome[]> {
  // Even when callers (concurrent API requests) share the ingester.
  const turn = (commitLocks.get(ctx.db) ?? Promise.resolve()).then(async () => {
    const replanned = await confirmPresent(ctx, batch);
    return commitNow(ctx, replanned.length === 0 ? batch : { ...batch, planned: [...batch.planned, ...replanned] }, recent);
  });
  commitLocks.set(ctx.db, turn.catch(() => {}));
  return turn;
}

async function commitNow(ctx: CommitContext, batch: PreparedBatch, recent?: ArticleKeyMap<number>): Promise<ArticleOutcome[]> {
  const { items, outcomes, duplicates } = batch;
  /** The planned articles not found in `known`; those found are answered "present". */
  const stillNew = (planned: Planned[], known: ArticleKeyMap<number> | undefined) =>
    planned.filter((plan) => {
      const articleId = known?.get(plan.key);
      if (articleId !== undefined) outcomes[plan.index] = { status: "present", articleId, statements: 0, where: items[plan.index]!.where };
      return articleId === undefined;
    });
  let planned = stillNew(batch.planned, recent);
  let lastError: unknown = null;
  for (let attempt = 0; planned.length > 0 && attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt > 0) {
      // Another writer may have stored some of these articles (or places, topics, speakers) meanwhile.
      await ctx.reload();
      planned = stillNew(planned, await storedArticleIds(ctx, planned.map((plan) => plan.key), true));
      if (planned.length === 0) break;
    }
    try {
      const written = await ctx.db.$transaction((tx) => ctx.write(tx, planned), { timeout: ctx.timeoutMs, maxWait: ctx.timeoutMs });
      planned.forEach((plan, i) => {
        const { articleId, statementIds } = written[i]!;
        outcomes[plan.index] = { status: "new", articleId, statements: statementIds.length, statementIds, where: items[plan.index]!.where, language: plan.extraction.language };
        recent?.set(plan.key, articleId);
      });
      planned = [];
    } catch (error) {
      lastError = error;
      // A busy database (another writer) is retried with back-off; anything else once, then article by article.
      if (!isBusy(error) && attempt >= 1) break;
      if (isBusy(error)) await busyBackoff(attempt);
    }
  }
  if (planned.length === 1 && batch.planned.length === 1) {
    outcomes[planned[0]!.index] = { status: "failed", statements: 0, error: `not stored: ${errorMessage(lastError)}`, where: items[planned[0]!.index]!.where };
  } else {
    // One article the database refuses must not cost the others: store what is left one by one.
    for (const plan of planned) {
      const single: PreparedBatch = { items: [items[plan.index]!], outcomes: [{ status: "failed", statements: 0, where: items[plan.index]!.where }], planned: [{ ...plan, index: 0 }], duplicates: [] };
      outcomes[plan.index] = (await commitNow(ctx, single, recent))[0]!;
    }
  }
  // A copy of an article that could not be stored is not stored either.
  for (const { index, of } of duplicates) {
    const first = outcomes[of]!;
    outcomes[index] = first.status === "failed"
      ? { status: "failed", statements: 0, error: first.error, where: items[index]!.where }
      : { status: "present", articleId: first.articleId, statements: 0, where: items[index]!.where };
  }
  return outcomes;
}
