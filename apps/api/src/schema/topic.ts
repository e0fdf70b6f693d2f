import { builder } from "../builder.ts";
import { notFound } from "../errors.ts";
import { checkedMaxSize } from "../lib/page-args.ts";

export const Topic = builder.prismaNode("Topic", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  fields: (t) => ({
    slug: t.exposeString("slug"),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    statementCount: t.relationCount("statements", { where: { statement: { rejected: false } }, description: "Statements on it, rejected ones left out." }),
  }),
});

builder.queryFields((t) => ({
  topics: t.prismaConnection({
    type: "Topic",
    cursor: "id",
    maxSize: checkedMaxSize,
    totalCount: (_parent, args, ctx) => ctx.db.topic.count({ where: topicWhere(args.search) }),
    args: { search: t.arg.string({ description: "Part of the name or slug." }) },
    resolve: (query, _root, args, ctx) => ctx.db.topic.findMany({ ...query, where: topicWhere(args.search), orderBy: [{ name: "asc" }, { id: "asc" }] }),
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

function topicWhere(text: string | null | undefined) {
  const search = text?.trim();
  return search ? { OR: [{ name: { contains: search } }, { slug: { contains: search.toLowerCase() } }] } : {};
}
