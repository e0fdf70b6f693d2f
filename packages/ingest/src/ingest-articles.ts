// The library entry for callers that hold articles in memory (the API's ingestArticle(s) mutations).
import type { Db } from "@dictum/db";
import type { ArticleInput } from "@dictum/extract";
import { Ingester, type IngesterOptions } from "./ingester.ts";
import { addOutcome, emptyTotals, type ArticleOutcome, type IngestSummary } from "./outcome.ts";

export interface IngestArticlesOptions extends IngesterOptions {
  /** Articles per transaction (default 200). */
  batchSize?: number;
}

export interface IngestArticlesResult {
  /** One outcome per input article, in input order. */
  articles: ArticleOutcome[];
  summary: IngestSummary;
}

export const DEFAULT_BATCH_SIZE = 200;

/** One ingester per client for the default extractor: the API calls this per request, and loading every known
 * speaker each time would cost more than the articles. The ingester picks up other writers' speakers per batch;
 * after `dictum topics import` changed the taxonomy, the next request opens a new one that tags with it. */
const shared = new WeakMap<Db, Promise<Ingester>>();

async function ingesterFor(db: Db, options: IngestArticlesOptions): Promise<{ ingester: Ingester; owned: boolean }> {
  if (options.extract || options.worker) return { ingester: await Ingester.open(db, options), owned: true };
  let ingester = shared.get(db);
  if (ingester) {
    const stored = await db.topicTaxonomy.findUnique({ where: { id: 1 }, select: { version: true } });
    const open = await ingester.catch(() => null);
    if (!open || (stored && open.taxonomyVersion !== stored.version)) ingester = undefined;
  }
  if (!ingester) {
    ingester = Ingester.open(db, options);
    shared.set(db, ingester);
    ingester.catch(() => shared.delete(db));
  }
  return { ingester: await ingester, owned: false };
}

/**
 * Extracts and stores `articles` (idempotent: an article already stored, by content hash or URL, comes back as
 * "present" with its id). Never throws for a bad article: it comes back "failed" with an error.
 */
export async function ingestArticles(db: Db, articles: readonly ArticleInput[], options: IngestArticlesOptions = {}): Promise<IngestArticlesResult> {
  const started = performance.now();
  const { ingester, owned } = await ingesterFor(db, options);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const outcomes: ArticleOutcome[] = [];
  try {
    for (let i = 0; i < articles.length; i += batchSize) {
      const batch = articles.slice(i, i + batchSize).map((article, j) => ({ article, where: { file: "<input>", index: i + j } }));
      outcomes.push(...(await ingester.ingest(batch)));
    }
  } finally {
    if (owned) await ingester.close();
  }
  const totals = emptyTotals();
  for (const outcome of outcomes) addOutcome(totals, outcome);
  const seconds = (performance.now() - started) / 1000;
  return { articles: outcomes, summary: { ...totals, seconds, articlesPerSecond: seconds > 0 ? outcomes.length / seconds : 0 } };
}
