// Statement: one thing a speaker said, with where it was reported, what it is about, and who else reported it.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.ts";
import type { ApiContext } from "../context.ts";
import { notFound } from "../errors.ts";
import { parseLocalId } from "../lib/ids.ts";
import { pageRequest, type PageArgs } from "../lib/page-args.ts";
import type { ResolvedFilter, StatementFilterInput } from "../lib/statement-filter.ts";
import { filterFor } from "./filter-for.ts";
import { fastFindFrom, fastFindUnique, planFind } from "../lib/fast-find.ts";
import { countStatements, defaultOrder, findStatementPage, type StatementOrder } from "../lib/statement-page.ts";
import { OrderDirectionEnum, PlaceRoleEnum, StanceEnum, StatementKindEnum, TargetKindEnum } from "./enums.ts";
import { countriesByCode } from "../lib/countries.ts";
import { Place } from "./place.ts";
import { StatementFilter } from "./statement-filter.ts";
import { Topic } from "./topic.ts";

export const Statement = builder.prismaNode("Statement", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  select: { id: true }, // load only the columns a query asks for (select mode), not every column
  description: "Something a speaker said or wrote, as an article reported it.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The exact words, a substring of the article text at [start, end)." }),
    kind: t.expose("kind", { type: StatementKindEnum }),
    saidOn: t.expose("saidOn", {
      type: "DateTime",
      nullable: true,
      description: "When it was said: the article's date (its record, else its dateline, else a date line in the text) unless the words around it say otherwise. Null when nothing says when.",
    }),
    confidence: t.exposeFloat("confidence", { description: "How sure the extractor is, from 0 to 1." }),
    start: t.exposeInt("start", { description: "Offset of the first character in the article text." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in the article text." }),
    speaker: t.relation("speaker", { nullable: true }),
    article: t.relation("article"),
    places: t.field({
      type: [Place],
      description: "Places the statement is about (it names them); each place once. Where the story was filed is saidIn.",
      // nestedSelection: the places are loaded with what the query asks of them, so Place needs no second query
      select: (_args, _ctx, nestedSelection) => ({ places: { select: { place: nestedSelection(true) } } }),
      resolve: (statement) => uniqueById(statement.places.map((link) => link.place)),
    }),
    placeMentions: t.relation("places", { description: "Places the statement names, with the role they play." }),
    saidIn: t.field({
      type: Place,
      nullable: true,
      description: "Where the story was filed from (the article's dateline place), when it has one. Not one of the places the statement is about.",
      select: (_args, _ctx, nestedSelection) => ({ article: { select: { datelinePlace: nestedSelection(true) } } }),
      resolve: (statement) => statement.article.datelinePlace,
    }),
    regions: t.field({
      type: [Place],
      description: "Regions the statement is about: regions, groupings and features it names, and the UN M49 regions of the countries it names (not every grouping a country belongs to).",
      select: {
        places: {
          select: {
            place: {
              include: {
                memberOf: { select: { region: true } },
                parent: { include: { memberOf: { select: { region: true } } } },
              },
            },
          },
        },
      },
      resolve: (statement) =>
        uniqueById(
          statement.places.flatMap(({ place }) => [
            ...(place.kind === "REGION" ? [place] : []),
            ...[...place.memberOf, ...(place.parent?.memberOf ?? [])].map((m) => m.region).filter((region) => region.m49 !== null),
          ]).filter((region) => region.kind === "REGION"),
        ).sort((a, b) => a.name.localeCompare(b.name)),
    }),
    topics: t.field({
      type: [Topic],
      description: "Topics, most relevant first.",
      select: { topics: { orderBy: { score: "desc" }, select: { topic: true } } },
      resolve: (statement) => statement.topics.map((link) => link.topic),
    }),
    extractorVersion: t.string({
      nullable: true,
      description: "The content hash of the extractor that made it (as `dictum --version` prints); null for statements stored before versions were recorded.",
      select: { article: { select: { extractorVersion: true } } },
      resolve: (statement) => statement.article.extractorVersion,
    }),
    quotation: t.relation("quotation", { nullable: true, description: "The same words as reported by every article that carried them." }),
    stance: t.expose("stance", { type: StanceEnum, description: "What the speaker does toward the targets (packages/extract/eval/stance-guide.md)." }),
    targets: t.relation("targets", {
      description: "Whom the stance is aimed at (\"accused Kyiv of …\": Kyiv), in the order the extractor found them; none for NEUTRAL.",
      query: { orderBy: { position: "asc" } },
    }),
  }),
});

builder.prismaObject("StatementTarget", {
  description: "One target of a statement's stance: a place, one of its article's speakers, or a name as written.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The article's words for the target, at [start, end) of its text." }),
    kind: t.expose("kind", { type: TargetKindEnum }),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    countryCode: t.exposeString("countryCode", { nullable: true, description: "ISO 3166-1 alpha-2 of the country the target is or belongs to, when the text tells." }),
    country: t.field({
      type: Place,
      nullable: true,
      description: "The country the target is or belongs to (\"Washington\": the United States).",
      select: { countryCode: true },
      resolve: async (target, _args, ctx) => (target.countryCode ? (await countriesByCode(ctx, [target.countryCode])).get(target.countryCode) ?? null : null),
    }),
    speaker: t.relation("speaker", { nullable: true, description: "The speaker it names, for kind SPEAKER." }),
  }),
});

builder.prismaObjectField(Statement, "otherReports", (t) =>
  t.field({
    type: [Statement],
    description: "The same quotation in other articles (other sources that reported it), earliest first; rejected ones left out.",
    select: (_args, _ctx, nestedSelection) => ({
      quotation: { select: { statements: nestedSelection({ where: { rejected: false }, orderBy: [{ saidOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }) } },
    }),
    resolve: (statement) => (statement.quotation?.statements ?? []).filter((other) => other.id !== statement.id),
  }),
);

builder.prismaObject("StatementPlace", {
  name: "PlaceMention",
  fields: (t) => ({
    place: t.relation("place"),
    role: t.expose("role", { type: PlaceRoleEnum }),
  }),
});

builder.prismaObject("Quotation", {
  description: "Words reported by one or more articles; each report is a Statement.",
  fields: (t) => ({
    firstSaidOn: t.expose("firstSaidOn", { type: "DateTime", nullable: true, description: "The earliest known date of its reports; null when none is known." }),
    reportCount: t.relationCount("statements", { where: { rejected: false }, description: "How many statements (reports) carry these words (rejected ones left out)." }),
    sourceCount: t.int({
      description: "How many different sources reported these words.",
      select: { statements: { where: { rejected: false }, select: { article: { select: { sourceId: true } } } } },
      resolve: (quotation) => new Set(quotation.statements.map((s) => s.article.sourceId ?? -1)).size,
    }),
    statements: t.relation("statements", { description: "Its reports, earliest first; rejected ones left out.", query: { where: { rejected: false }, orderBy: [{ saidOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] } }),
  }),
});

const StatementOrderFieldEnum = builder.enumType("StatementOrderField", {
  values: {
    SAID_ON: { description: "When the statement was said, then id; statements of unknown date come last either way." },
    RELEVANCE: { description: "Full-text rank; needs filter.search." },
  },
});

export const StatementOrderInput = builder.inputType("StatementOrder", {
  fields: (t) => ({
    field: t.field({ type: StatementOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, required: true, defaultValue: "DESC" }),
  }),
});

export const StatementConnection = builder.connectionObject(
  {
    type: Statement,
    name: "StatementConnection",
    fields: (t) => ({
      totalCount: t.int({
        description: "How many statements match the filter (all pages).",
        resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
      }),
    }),
  },
  { name: "StatementEdge" },
);

/** A statement row as Prisma returns it (the fast path returns the same shape, with only the selected fields). */
type StatementRow = Awaited<ReturnType<ApiContext["db"]["statement"]["findMany"]>>[number];

interface StatementConnectionArgs extends PageArgs {
  filter?: StatementFilterInput | null;
  orderBy?: StatementOrder | null;
}

/** Shared by Query.statements and Speaker.statements: a page of ids by SQL, the rows by one Prisma query. */
export async function resolveStatementConnection(ctx: ApiContext, info: GraphQLResolveInfo, args: StatementConnectionArgs, scope: (filter: ResolvedFilter) => ResolvedFilter = (f) => f) {
  const page = pageRequest(args);
  const filter = scope(await filterFor(ctx, args.filter));
  const order = args.orderBy ?? defaultOrder(filter);
  const query = queryFromInfo({ context: ctx, info, path: ["edges", "node"] });
  // The page and its rows in one statement when the selection allows (fast-find.ts); else the rows by Prisma.
  const plan = planFind("Statement", query);
  const found = await findStatementPage(ctx.db, ctx.provider, filter, order, page, plan ? (source) => fastFindFrom(ctx.db, ctx.provider, plan, source) : undefined);
  const rows = (found.rows as StatementRow[] | null) ?? (found.ids.length === 0 ? [] : await ctx.db.statement.findMany({ ...query, where: { id: { in: found.ids } } }));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const edges = found.ids.flatMap((id, index) => {
    const node = byId.get(id);
    return node ? [{ cursor: found.cursors[index] ?? "", node }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: found.hasNextPage,
      hasPreviousPage: found.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => ctx.aggregates.get(["count", filter], () => countStatements(ctx.db, ctx.provider, filter)),
  };
}

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: Statement,
      description: "Statements matching the filter; newest first, or most relevant first when searching.",
      args: {
        filter: t.arg({ type: StatementFilter }),
        orderBy: t.arg({ type: StatementOrderInput }),
      },
      complexity: (args) => ({ field: 2, multiplier: args.first ?? args.last ?? 20 }),
      resolve: (_root, args, ctx, info) => resolveStatementConnection(ctx, info, args),
    },
    StatementConnection,
  ),
  statement: t.prismaField({
    type: "Statement",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = parseLocalId(args.id, "Statement", "id");
      const fast = await fastFindUnique<StatementRow>(ctx.db, ctx.provider, "Statement", query, id);
      const statement = fast === undefined ? await ctx.db.statement.findUnique({ ...query, where: { id } }) : fast;
      if (!statement) throw notFound(`No statement with id "${args.id}".`);
      return statement;
    },
  }),
}));

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
