// ingestArticle / ingestArticles: store articles and the statements extracted from them. Writes need the bearer
// token; each stored statement is announced to statementAdded subscribers.
import { builder } from "../builder.ts";
import type { ApiContext, IngestArticleInput, IngestOutcome } from "../context.ts";
import { apiError, badInput, unauthenticated } from "../errors.ts";
import { Article } from "./article.ts";
import { Statement } from "./statement.ts";

export const MAX_BATCH = 100;
export const MAX_ARTICLE_CHARS = 1_000_000;

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
      resolve: (r) => (r.articleId === null ? null : r.ctx.db.article.findUnique({ where: { id: r.articleId } })),
    }),
    statements: t.field({
      type: [Statement],
      resolve: (r) => r.ctx.db.statement.findMany({ where: { id: { in: r.statementIds } }, orderBy: [{ start: "asc" }, { id: "asc" }] }),
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
  if (inputs.length === 0) throw badInput("input is empty: give at least one article.", { argument: "input" });
  if (inputs.length > MAX_BATCH) throw badInput(`At most ${MAX_BATCH} articles per request, got ${inputs.length}.`, { argument: "input" });
  const allowed = ctx.writeLimit.take(ctx.client, inputs.length);
  if (!allowed.ok) throw apiError("RATE_LIMITED", `Too many articles written; retry in ${allowed.retryAfterSeconds} s.`, { retryAfterSeconds: allowed.retryAfterSeconds });
  inputs.forEach((input, index) => validateArticle(input, inputs.length > 1 ? `input[${index}]` : "input"));
  const outcomes = await ctx.ingest(ctx.db, inputs);
  const ids = outcomes.flatMap((o) => (o.created ? o.statementIds : []));
  if (ids.length > 0) ctx.aggregates.invalidate();
  if (ids.length > 0) ctx.live.announce(ids);
  if (ids.length > 0) ctx.alerts.poke(); // webhooks: queue and send apart from this request
  return outcomes.map((outcome) => ({ ...outcome, ctx }));
}

function validateArticle(input: IngestArticleInput, argument: string): void {
  if (input.text.trim() === "") throw badInput(`${argument}.text is empty.`, { argument: `${argument}.text` });
  if (input.text.length > MAX_ARTICLE_CHARS) {
    throw badInput(`${argument}.text has ${input.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}.`, { argument: `${argument}.text` });
  }
  if (input.url != null && !URL.canParse(input.url)) throw badInput(`${argument}.url "${input.url}" is not a URL.`, { argument: `${argument}.url` });
}
