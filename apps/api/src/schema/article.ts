// Article: a news story as ingested, with its full text for highlighting statements in place.
import { builder } from "../builder.ts";
import { checkedMaxSize } from "../lib/page-args.ts";
import { badInput, notFound } from "../errors.ts";
import { parseLocalId } from "../lib/ids.ts";

export const Article = builder.prismaNode("Article", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  select: { id: true }, // load only the columns a query asks for (select mode), not every column
  fields: (t) => ({
    url: t.exposeString("url", { nullable: true }),
    title: t.exposeString("title", { nullable: true }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    source: t.relation("source", { nullable: true }),
    dateline: t.exposeString("datelineName", { nullable: true, description: "The dateline as written (\"Dushanbe\")." }),
    datelinePlace: t.relation("datelinePlace", { nullable: true }),
    language: t.exposeString("language", { description: "Detected language, ISO 639-1 (\"en\", \"ru\"), \"und\" when it could not be told. Statements are extracted from English (and undetermined) articles only; others have none." }),
    text: t.exposeString("text", { description: "The full text; statements point into it with start/end." }),
    externalId: t.exposeString("externalId", { nullable: true, description: "The id the article had where it came from." }),
    ingestedAt: t.expose("ingestedAt", { type: "DateTime" }),
    statements: t.relation("statements", {
      description: "Its statements in text order; rejected ones only with includeRejected.",
      args: { includeRejected: t.arg.boolean({ required: true, defaultValue: false }) },
      query: (args) => ({ where: args.includeRejected ? {} : { rejected: false }, orderBy: [{ start: "asc" }, { id: "asc" }] }),
    }),
    statementCount: t.relationCount("statements", { where: { rejected: false }, description: "Its statements, rejected ones left out." }),
  }),
});

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: "Article",
    cursor: "id",
    maxSize: checkedMaxSize,
    totalCount: (_parent, args, ctx) => ctx.db.article.count({ where: articleWhere(args) }),
    description: "Articles, newest first.",
    args: {
      sources: t.arg.stringList({ description: "Source names." }),
      search: t.arg.string({ description: "Part of the title." }),
      from: t.arg({ type: "Date" }),
      to: t.arg({ type: "Date" }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.article.findMany({ ...query, where: articleWhere(args), orderBy: [{ publishedAt: "desc" }, { id: "desc" }] }),
  }, { name: "ArticleConnection" }, { name: "ArticleEdge" }),
  article: t.prismaField({
    type: "Article",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const article = await ctx.db.article.findUnique({ ...query, where: { id: parseLocalId(args.id, "Article", "id") } });
      if (!article) throw notFound(`No article with id "${args.id}".`);
      return article;
    },
  }),
}));

interface ArticleArgs {
  sources?: string[] | null;
  search?: string | null;
  from?: Date | null;
  to?: Date | null;
}

function articleWhere(args: ArticleArgs) {
  if (args.from && args.to && args.from > args.to) throw badInput("from is after to.", { argument: "from" });
  const search = args.search?.trim();
  return {
    ...(args.sources ? { source: { name: { in: args.sources } } } : {}),
    ...(search ? { title: { contains: search } } : {}),
    ...(args.from || args.to
      ? { publishedAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: new Date(args.to.getTime() + 86_400_000) } : {}) } }
      : {}),
  };
}
