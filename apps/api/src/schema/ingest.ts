// ingestArticle / ingestArticles: store articles and the statements extracted from them. Writes need the bearer
// token; each stored statement is announced to statementAdded subscribers.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../builder.ts";
import type { ApiContext, IngestArticleInput, IngestOutcome } from "../context.ts";
import { badInput, unauthenticated } from "../errors.ts";
import { MAX_BATCH, storeArticles } from "../lib/ingest.ts";
import { Article } from "./article.ts";
import { Statement } from "./statement.ts";

const IngestArticleInputType = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    text: t.string({ required: true, description: "The article text (a dateline such as \"DUSHANBE, July 28. /TASS/.\" helps)." }),
    url: t.string({ required: false }),
    title: t.string({ required: false }),
    source: t.string({ required: false, description: "Publisher or agency (\"TASS\")." }),
    publishedAt: t.field({ type: "DateTime", required: false }),
  }),
});

type Loaded = IngestOutcome & { ctx: ApiContext };

const IngestResult = builder.objectRef<Loaded>("IngestResult").implement({
  description: "What one article gave: the stored article and the statements extracted from it.",
  fields: (t) => ({
    created: t.boolean({ description: "False when the same text was already stored (nothing new was written).", resolve: (r) => r.created }),
    article: t.field({
      type: Article,
      nullable: true,
      resolve: (r, _args, _ctx, info) => (r.articleId === null ? null : r.ctx.db.article.findUnique({ ...queryFromInfo({ context: r.ctx, info }), where: { id: r.articleId } })),
    }),
    statements: t.field({
      type: [Statement],
      resolve: (r, _args, _ctx, info) => r.ctx.db.statement.findMany({ ...queryFromInfo({ context: r.ctx, info }), where: { id: { in: r.statementIds } }, orderBy: [{ start: "asc" }, { id: "asc" }] }),
    }),
    error: t.string({ nullable: true, description: "Why this article was not stored (the others in a batch still are)." , resolve: (r) => r.error }),
  }),
});

const IngestBatchResult = builder.objectRef<{ results: Loaded[] }>("IngestBatchResult").implement({
  fields: (t) => ({
    results: t.field({ type: [IngestResult], resolve: (b) => b.results }),
    articleCount: t.int({ description: "Articles newly stored.", resolve: (b) => b.results.filter((r) => r.created).length }),
    statementCount: t.int({ description: "Statements extracted from them.", resolve: (b) => b.results.reduce((n, r) => n + r.statementIds.length, 0) }),
    errorCount: t.int({ resolve: (b) => b.results.filter((r) => r.error !== null).length }),
  }),
});

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestResult,
    description: "Stores one article and extracts its statements. Needs Authorization: Bearer <DICTUM_API_TOKEN>.",
    args: { input: t.arg({ type: IngestArticleInputType, required: true }) },
    complexity: 50,
    resolve: async (_root, args, ctx) => {
      const [result] = await ingest(ctx, [args.input]);
      if (!result) throw new Error("ingest returned no result");
      if (result.error) throw badInput(result.error, { argument: "input" });
      return result;
    },
  }),
  ingestArticles: t.field({
    type: IngestBatchResult,
    description: `Stores up to ${MAX_BATCH} articles; an article that fails is reported in its result and the rest are stored.`,
    args: { input: t.arg({ type: [IngestArticleInputType], required: true }) },
    complexity: 200,
    resolve: async (_root, args, ctx) => ({ results: await ingest(ctx, args.input) }),
  }),
}));

async function ingest(ctx: ApiContext, inputs: IngestArticleInput[]): Promise<Loaded[]> {
  if (!ctx.canWrite) throw unauthenticated(ctx.writeRefusal ?? "Writes need a bearer token.");
  const outcomes = await storeArticles({
    db: ctx.db, articles: inputs, ingest: ctx.ingest, client: ctx.client, writeLimit: ctx.writeLimit,
    onStored: (ids) => {
      ctx.aggregates.invalidate();
      ctx.live.announce(ids);
      ctx.alerts.poke(); // webhooks: queue and send apart from this request
    },
  });
  return outcomes.map((outcome) => ({ ...outcome, ctx }));
}
