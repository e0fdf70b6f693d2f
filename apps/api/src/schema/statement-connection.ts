// StatementConnection: a page of statements, and the resolver Query.statements, Speaker.statements and
// SavedSearch.statements share.
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.ts";
import type { ApiContext } from "../context.ts";
import { fastFindFrom } from "../lib/fast-find.ts";
import { pageRequest, type PageArgs } from "../lib/page-args.ts";
import { plannedQuery } from "../lib/planned-query.ts";
import { markPlanned } from "../lib/planned-rows.ts";
import type { ResolvedFilter, StatementFilterInput } from "../lib/statement-filter.ts";
import { countStatements, defaultOrder, findStatementPage, type StatementOrder } from "../lib/statement-page.ts";
import { filterFor } from "./filter-for.ts";
import { Statement } from "./statement.ts";

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
export type StatementRow = Awaited<ReturnType<ApiContext["db"]["statement"]["findMany"]>>[number];

interface StatementConnectionArgs extends PageArgs {
  filter?: StatementFilterInput | null;
  orderBy?: StatementOrder | null;
}

/** Shared by Query.statements and Speaker.statements: a page of ids by SQL, the rows by one Prisma query. */
export async function resolveStatementConnection(ctx: ApiContext, info: GraphQLResolveInfo, args: StatementConnectionArgs, scope: (filter: ResolvedFilter) => ResolvedFilter = (f) => f) {
  const page = pageRequest(args);
  const filter = scope(await filterFor(ctx, args.filter));
  const order = args.orderBy ?? defaultOrder(filter);
  const { query, plan } = plannedQuery(ctx, info, "Statement", ["edges", "node"]);
  // The page and its rows in one statement when the selection allows (fast-find.ts); else the rows by Prisma.
  const found = await findStatementPage(ctx.db, ctx.provider, filter, order, page, plan ? (source) => fastFindFrom(ctx.db, ctx.provider, plan, source) : undefined);
  // Either way the rows are read with the query Pothos planned for edges.node: marked so (lib/planned-rows.ts).
  const rows = markPlanned((found.rows as StatementRow[] | null) ?? (found.ids.length === 0 ? [] : await ctx.db.statement.findMany({ ...query, where: { id: { in: found.ids } } })));
  const byId = new Map(rows.map((row) => [row.id, row]));
  // Cursors are made when a query asks for one (a getter): most pages are read without them.
  const edges = found.ids.flatMap((id, index) => {
    const node = byId.get(id);
    return node ? [{ get cursor() { return found.cursor(index); }, node }] : [];
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: found.hasNextPage,
      hasPreviousPage: found.hasPreviousPage,
      get startCursor() { return edges[0]?.cursor ?? null; },
      get endCursor() { return edges.at(-1)?.cursor ?? null; },
    },
    totalCount: () => ctx.aggregates.get(["count", filter], () => countStatements(ctx.db, ctx.provider, filter)),
  };
}
