import { builder } from "../builder.ts";
import { notFound } from "../errors.ts";
import { checkedMaxSize } from "../lib/page-args.ts";

/** One keyword of a topic and how strongly one mention of it signals the topic. */
const TopicKeyword = builder.objectRef<{ keyword: string; weight: number }>("TopicKeyword").implement({
  fields: (t) => ({
    keyword: t.exposeString("keyword", { description: "A word or phrase; a trailing * matches any word that starts so (\"sanction*\")." }),
    weight: t.exposeFloat("weight"),
  }),
});

export const Topic = builder.prismaNode("Topic", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  fields: (t) => ({
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    statementCount: t.relationCount("statements", { where: { statement: { rejected: false } }, description: "Statements on it, rejected ones left out." }),
    inTaxonomy: t.boolean({
      description: "Whether it is in the topic taxonomy (`dictum topics export`); false for one that left it, kept for the statements that still name it.",
      select: { position: true },
      resolve: (topic) => topic.position !== null,
    }),
    keywords: t.field({
      type: [TopicKeyword],
      description: "The keywords statements are tagged by, in the taxonomy's order; none outside the taxonomy.",
      select: { keywords: true },
      resolve: (topic) => Object.entries(JSON.parse(topic.keywords ?? "{}") as Record<string, number>).map(([keyword, weight]) => ({ keyword, weight })),
    }),
  }),
});

builder.queryFields((t) => ({
  topics: t.prismaConnection({
    type: "Topic",
    cursor: "id",
    maxSize: checkedMaxSize,
    description: "The topics of the taxonomy (the database's, which `dictum topics import` replaces), by name.",
    totalCount: (_parent, args, ctx) => ctx.db.topic.count({ where: topicWhere(args.search, args.includeRetired) }),
    args: {
      search: t.arg.string({ description: "Part of the name or slug." }),
      includeRetired: t.arg.boolean({ defaultValue: false, description: "Also topics outside the taxonomy (that left it), which statements may still name." }),
    },
    resolve: (query, _root, args, ctx) => ctx.db.topic.findMany({ ...query, where: topicWhere(args.search, args.includeRetired), orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }, { name: "TopicConnection" }, { name: "TopicEdge" }),
  topic: t.prismaField({
    type: "Topic",
    description: "One topic by its slug; NOT_FOUND when there is none.",
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const topic = await ctx.db.topic.findUnique({ ...query, where: { slug: args.slug.trim().toLowerCase() } });
      if (!topic) throw notFound(`No topic with slug "${args.slug}".`);
      return topic;
    },
  }),
}));

function topicWhere(text: string | null | undefined, includeRetired: boolean | null | undefined) {
  const search = text?.trim();
  const matching = search ? { OR: [{ name: { contains: search } }, { slug: { contains: search.toLowerCase() } }] } : {};
  return includeRetired ? matching : { AND: [matching, { position: { not: null } }] };
}
