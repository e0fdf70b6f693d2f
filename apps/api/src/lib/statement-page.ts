// One page of statement ids for a filter and an ordering, by keyset (the last row's sort value and id), so
// page 1000 costs what page 1 costs. The rows themselves are loaded by the resolver with Prisma.
import type { Db, Provider } from "@dictum/db";
import { byDayOnly, byPlacesAndDaysOnly, byPlacesOnly, countByDay, countByPlacesAndDays, countsByPlacesKey } from "./count-tables.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { PageRequest } from "./page-args.ts";
import { badInput } from "../errors.ts";
import { join, rankedSearchSource, raw, sql, type Sql } from "./sql.ts";
import { statementWhere, type ResolvedFilter } from "./statement-filter.ts";

export type StatementOrderField = "SAID_ON" | "RELEVANCE";
export type Direction = "ASC" | "DESC";

export interface StatementOrder {
  field: StatementOrderField;
  direction: Direction;
}

export interface StatementPage {
  ids: number[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Newest first; by relevance when searching. */
export function defaultOrder(filter: ResolvedFilter): StatementOrder {
  return filter.searchTerms ? { field: "RELEVANCE", direction: "DESC" } : { field: "SAID_ON", direction: "DESC" };
}

export async function findStatementPage(db: Db, provider: Provider, filter: ResolvedFilter, order: StatementOrder, page: PageRequest): Promise<StatementPage> {
  const ordering = `${order.field}_${order.direction}`;
  const cursor = page.cursor === null ? null : decodeCursor(page.cursor, ordering, page.backward ? "before" : "after");
  if (page.size === 0) return { ids: [], cursors: [], hasNextPage: false, hasPreviousPage: false };
  // Paging backwards reads the other way round, then restores the requested order.
  const ascending = (order.direction === "ASC") !== page.backward;
  const dir = raw(ascending ? "ASC" : "DESC");
  const cmp = raw(ascending ? ">" : "<");
  const limit = page.size + 1;

  let query: Sql;
  if (order.field === "RELEVANCE") {
    if (!filter.searchTerms) throw badInput("orderBy RELEVANCE ranks search results: give filter.search too.", { argument: "orderBy" });
    const ranked = rankedSearchSource(provider, filter.searchTerms);
    const rest = statementWhere(provider, { ...filter, searchTerms: null });
    const after = cursor ? sql`WHERE ("score", "id") ${cmp} (${cursor.value}, ${cursor.id})` : sql``;
    query = sql`SELECT "id", "score" FROM (SELECT s."id" AS "id", ${ranked.score} AS "score" FROM ${ranked.from} WHERE ${ranked.match} AND ${rest}) t
      ${after} ORDER BY "score" ${dir}, "id" ${dir} LIMIT ${limit}`;
  } else {
    const after = cursor ? sql`AND (s."saidOn", s."id") ${cmp} (${new Date(cursor.value)}, ${cursor.id})` : sql``;
    query = sql`SELECT s."id" AS "id", s."saidOn" AS "score" FROM "Statement" s WHERE ${statementWhere(provider, filter)} ${after}
      ORDER BY s."saidOn" ${dir}, s."id" ${dir} LIMIT ${limit}`;
  }
  const rows = await db.$queryRaw<{ id: number | bigint; score: unknown }[]>(query);
  const more = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  const ids = pageRows.map((row) => Number(row.id));
  const cursors = pageRows.map((row) => encodeCursor({ ordering, value: sortValue(row.score), id: Number(row.id) }));
  return page.backward
    ? { ids, cursors, hasPreviousPage: more, hasNextPage: cursor !== null }
    : { ids, cursors, hasNextPage: more, hasPreviousPage: cursor !== null };
}

export async function countStatements(db: Db, provider: Provider, filter: ResolvedFilter): Promise<number> {
  if (byDayOnly(filter)) return countByDay(db, provider, filter);
  if (byPlacesOnly(filter)) return (await countsByPlacesKey(db, provider, filter)).reduce((n, row) => n + row.n, 0);
  if (byPlacesAndDaysOnly(filter)) return countByPlacesAndDays(db, provider, filter);
  const rows = await db.$queryRaw<{ n: number | bigint }[]>(sql`SELECT COUNT(*) AS "n" FROM "Statement" s WHERE ${statementWhere(provider, filter)}`);
  return Number(rows[0]?.n ?? 0);
}

/** The ids among `ids` that match the filter (used to route live statements to subscribers). */
export async function matchingStatementIds(db: Db, provider: Provider, filter: ResolvedFilter, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<{ id: number | bigint }[]>(
    sql`SELECT s."id" AS "id" FROM "Statement" s WHERE s."id" IN (${join(ids)}) AND ${statementWhere(provider, filter)} ORDER BY s."id"`,
  );
  return rows.map((row) => Number(row.id));
}

/** Dates become epoch milliseconds; scores stay numbers. */
function sortValue(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "string") return Date.parse(value);
  return Number(value);
}
