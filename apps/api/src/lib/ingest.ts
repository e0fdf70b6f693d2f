// The API's ingest: checks a request's articles, hands them to @dictum/ingest (extraction + idempotent storage),
// reports, per article, the stored article and its statements, and tells whoever follows new statements. The
// pipeline is loaded on first use, so reads never pay for it.
import { createHash } from "node:crypto";
import type { Db } from "@dictum/db";
import type { IngestArticleInput, IngestFn, IngestOutcome } from "../context.ts";
import { apiError, badInput } from "../errors.ts";
import type { WriteRateLimit } from "./rate-limit.ts";

export const MAX_BATCH = 100;
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface StoreArticlesOptions {
  db: Db;
  articles: IngestArticleInput[];
  /** Stores them (ingestWithPipeline unless the API was given another). */
  ingest: IngestFn;
  /** Who writes, and the limit on what each client may write. */
  client: string;
  writeLimit: WriteRateLimit;
  /** Told the ids of the statements stored, when there are any (caches, live subscribers, webhooks). */
  onStored: (statementIds: number[]) => void;
}

/** One ingest request: refuses a batch that is empty, too big, over the client's rate or holding a bad article
 * (the whole request, before anything is stored); else stores the articles and reports one outcome each. */
export async function storeArticles(options: StoreArticlesOptions): Promise<IngestOutcome[]> {
  const { articles } = options;
  if (articles.length === 0) throw badInput("input is empty: give at least one article.", { argument: "input" });
  if (articles.length > MAX_BATCH) throw badInput(`At most ${MAX_BATCH} articles per request, got ${articles.length}.`, { argument: "input" });
  const allowed = options.writeLimit.take(options.client, articles.length);
  if (!allowed.ok) throw apiError("RATE_LIMITED", `Too many articles written; retry in ${allowed.retryAfterSeconds} s.`, { retryAfterSeconds: allowed.retryAfterSeconds });
  articles.forEach((input, index) => validateArticle(input, articles.length > 1 ? `input[${index}]` : "input"));
  const outcomes = await options.ingest(options.db, articles);
  const ids = outcomes.flatMap((o) => (o.created ? o.statementIds : []));
  if (ids.length > 0) options.onStored(ids);
  return outcomes;
}

function validateArticle(input: IngestArticleInput, argument: string): void {
  if (input.text.trim() === "") throw badInput(`${argument}.text is empty.`, { argument: `${argument}.text` });
  if (input.text.length > MAX_ARTICLE_CHARS) {
    throw badInput(`${argument}.text has ${input.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}.`, { argument: `${argument}.text` });
  }
  if (input.url != null && !URL.canParse(input.url)) throw badInput(`${argument}.url "${input.url}" is not a URL.`, { argument: `${argument}.url` });
}

export async function ingestWithPipeline(db: Db, inputs: IngestArticleInput[]): Promise<IngestOutcome[]> {
  const { ingestArticles } = await import("@dictum/ingest");
  const articles = inputs.map((input) => ({
    id: input.url ?? `api:${createHash("sha256").update(input.text).digest("hex").slice(0, 16)}`,
    source: input.source ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ? input.publishedAt.toISOString() : null,
    title: input.title ?? null,
    text: input.text,
  }));
  const { articles: outcomes } = await ingestArticles(db, articles);
  const articleIds = outcomes.flatMap((o) => (o.articleId === undefined ? [] : [o.articleId]));
  const statements = articleIds.length === 0 ? [] : await db.statement.findMany({ where: { articleId: { in: articleIds } }, select: { id: true, articleId: true }, orderBy: { id: "asc" } });
  return outcomes.map((outcome) => ({
    articleId: outcome.articleId ?? null,
    created: outcome.status === "new",
    statementIds: statements.filter((s) => s.articleId === outcome.articleId).map((s) => s.id),
    error: outcome.status === "failed" ? (outcome.error ?? "The article could not be stored.") : null,
  }));
}
