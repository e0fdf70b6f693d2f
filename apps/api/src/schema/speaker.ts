// Speaker: a person, organisation or unnamed source, with everything they said.
import { builder } from "../builder.ts";
import { checkedMaxSize } from "../lib/page-args.ts";
import { notFound } from "../errors.ts";
import { parseLocalId } from "../lib/ids.ts";
import { SpeakerKindEnum } from "./enums.ts";
import { Statement } from "./statement.ts";
import { resolveStatementConnection, StatementConnection } from "./statement-connection.ts";
import { StatementOrderInput } from "./statement-order.ts";
import { StatementFilter } from "./statement-filter.ts";

export const Speaker = builder.prismaNode("Speaker", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  select: { id: true }, // load only the columns a query asks for (select mode), not every column
  fields: (t) => ({
    name: t.exposeString("name"),
    title: t.exposeString("title", { nullable: true, description: "Title or role (\"Russian Defense Minister\")." }),
    kind: t.expose("kind", { type: SpeakerKindEnum }),
    countryCode: t.exposeString("countryCode", { nullable: true, description: "ISO 3166-1 alpha-2 of the affiliation country." }),
    aliases: t.stringList({ select: { aliases: { select: { alias: true } } }, resolve: (speaker) => speaker.aliases.map((a) => a.alias) }),
    statementCount: t.relationCount("statements", { where: { rejected: false }, description: "Its statements, rejected ones left out." }),
    statements: t.connection(
      {
        type: Statement,
        description: "This speaker's statements, with the same filter and ordering as Query.statements.",
        args: {
          filter: t.arg({ type: StatementFilter }),
          orderBy: t.arg({ type: StatementOrderInput }),
        },
        complexity: (args) => ({ field: 5, multiplier: args.first ?? args.last ?? 20 }),
        resolve: (speaker, args, ctx, info) =>
          resolveStatementConnection(ctx, info, args, (filter) => ({
            ...filter,
            speakerIds: filter.speakerIds ? filter.speakerIds.filter((id) => id === speaker.id) : [speaker.id],
          })),
      },
      StatementConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  speakers: t.prismaConnection({
    type: "Speaker",
    cursor: "id",
    maxSize: checkedMaxSize,
    totalCount: (_parent, args, ctx) => ctx.db.speaker.count({ where: speakerWhere(args) }),
    description: "Speakers by name; search matches names and aliases.",
    args: {
      search: t.arg.string(),
      kind: t.arg({ type: SpeakerKindEnum }),
      countryCode: t.arg.string({ description: "ISO 3166-1 alpha-2 of the affiliation country." }),
    },
    resolve: (query, _root, args, ctx) => ctx.db.speaker.findMany({ ...query, where: speakerWhere(args), orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }, { name: "SpeakerConnection" }, { name: "SpeakerEdge" }),
  speaker: t.prismaField({
    type: "Speaker",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const speaker = await ctx.db.speaker.findUnique({ ...query, where: { id: parseLocalId(args.id, "Speaker", "id") } });
      if (!speaker) throw notFound(`No speaker with id "${args.id}".`);
      return speaker;
    },
  }),
}));

function speakerWhere(args: { search?: string | null; kind?: "PERSON" | "ORGANISATION" | "UNNAMED" | null; countryCode?: string | null }) {
  const search = args.search?.trim();
  return {
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.countryCode ? { countryCode: args.countryCode.toUpperCase() } : {}),
    ...(search ? { OR: [{ name: { contains: search } }, { aliases: { some: { alias: { contains: search } } } }] } : {}),
  };
}
