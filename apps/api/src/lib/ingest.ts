// The API's ingest: hands articles to @dictum/ingest (extraction + idempotent storage) and reports, per article,
// the stored article and its statements. The pipeline is loaded on first use, so reads never pay for it.
import { createHash } from "node:crypto";
import type { Db } from "@dictum/db";
import type { IngestArticleInput, IngestOutcome } from "../context.ts";

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
