// One page of statement ids for a filter and an ordering, by keyset (the last row's sort value and id), so
// page 1000 costs what page 1 costs. The rows themselves are loaded by the resolver (lib/fast-find.ts). Both read
// through the db's lean reader: on the hot path Prisma's per-statement overhead outweighs the database's work.
import { sqlReader, type Db, type Provider } from "@dictum/db";
import { byDayOnly, byPlacesAndDaysOnly, byPlacesOnly, countByDay, countByPlacesAndDays, countsByPlacesKey } from "./count-tables.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { PageRequest } from "./page-args.ts";
import { badInput } from "../errors.ts";
import { join, limitLiteral, rankedSearchSource, raw, sql, type Sql } from "./sql.ts";
import { commonLinks } from "./common-links.ts";
import { pageWhere, statementWhere, walkingPageWhere, type ResolvedFilter } from "./statement-filter.ts";
import { visibleCounts } from "./visible.ts";

export type StatementOrderField = "SAID_ON" | "RELEVANCE";
export type Direction = "ASC" | "DESC";

export interface StatementOrder {
  field: StatementOrderField;
  direction: Direction;
}

export interface StatementPage {
  ids: number[];
  /** The cursor of the row at this index, made when asked for (most queries never read one). */
  cursor: (index: number) => string;
  /** With a row loader: the rows, in page order (one per id). */
  rows: unknown[] | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Newest first; by relevance when searching. */
export function defaultOrder(filter: ResolvedFilter): StatementOrder {
  return filter.searchTerms ? { field: "RELEVANCE", direction: "DESC" } : { field: "SAID_ON", direction: "DESC" };
}

/** Reads the rows a subquery of ("id", "score") names, in the same statement (fast-find.ts's fastFindFrom). */
export type RowLoader = (source: Sql) => Promise<{ row: Record<string, unknown>; score: unknown }[]>;

type PageRow = { id: number | bigint; score: unknown; row?: unknown };

export async function findStatementPage(db: Db, provider: Provider, filter: ResolvedFilter, order: StatementOrder, page: PageRequest, load?: RowLoader): Promise<StatementPage> {
  const ordering = `${order.field}_${order.direction}`;
  const after = page.cursor === null ? null : decodeCursor(page.cursor, ordering, page.backward ? "before" : "after");
  if (page.size === 0) return { ids: [], cursor: noCursor, rows: load ? [] : null, hasNextPage: false, hasPreviousPage: false };
  // Paging backwards reads the other way round, then restores the requested order.
  const ascending = (order.direction === "ASC") !== page.backward;
  const dir = raw(ascending ? "ASC" : "DESC");
  const cmp = raw(ascending ? ">" : "<");
  const limit = page.size + 1;
  // With a loader, the page's rows come in the same statement, in no order: sorted here the way the SQL sorts them.
  const run = async (query: Sql): Promise<PageRow[]> => {
    if (!load) return sqlReader(db).query<PageRow>(query);
    const found = (await load(query)).map(({ row, score }) => ({ id: row.id as number, score, row }));
    const sign = ascending ? 1 : -1;
    return found.sort((a, b) => sign * (compareScores(sortValue(a.score), sortValue(b.score)) || a.id - b.id));
  };

  let rows: PageRow[];
  if (order.field === "RELEVANCE") {
    if (!filter.searchTerms) throw badInput("orderBy RELEVANCE ranks search results: give filter.search too.", { argument: "orderBy" });
    const ranked = rankedSearchSource(provider, filter.searchTerms);
    const rest = statementWhere(provider, { ...filter, searchTerms: null });
    const from = after ? sql`WHERE ("score", "id") ${cmp} (${after.value}, ${after.id})` : sql``;
    rows = await run(sql`SELECT "id", "score" FROM (SELECT s."id" AS "id", ${ranked.score} AS "score" FROM ${ranked.from} WHERE ${ranked.match} AND ${rest}) t
      ${from} ORDER BY "score" ${dir}, "id" ${dir} LIMIT ${limitLiteral(limit)}`);
  } else {
    rows = await saidOnRows(run, provider, filter, after, !page.backward, ascending, limit);
  }
  const more = rows.length > page.size;
  const pageRows = rows.slice(0, page.size);
  if (page.backward) pageRows.reverse();
  const ids = pageRows.map((row) => Number(row.id));
  const cursor = (index: number) => encodeCursor({ ordering, value: sortValue(pageRows[index]!.score), id: Number(pageRows[index]!.id) });
  const loaded = load ? pageRows.map((row) => row.row) : null;
  const paging = page.backward ? { hasPreviousPage: more, hasNextPage: after !== null } : { hasNextPage: more, hasPreviousPage: after !== null };
  return { ids, cursor, rows: loaded, ...paging };
}

export async function countStatements(db: Db, provider: Provider, filter: ResolvedFilter): Promise<number> {
  if (byDayOnly(filter)) return countByDay(db, provider, filter);
  if (byPlacesOnly(filter)) return (await countsByPlacesKey(db, provider, filter)).reduce((n, row) => n + row.n, 0);
  if (byPlacesAndDaysOnly(filter)) return countByPlacesAndDays(db, provider, filter);
  const count = visibleCounts(provider, filter, [], (from, where) => sql`SELECT COUNT(*) AS "n" FROM ${from.statements} WHERE ${where}`);
  const rows = await sqlReader(db).query<{ n: unknown }>(count);
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

/**
 * Rows by date said, statements of unknown date last in either direction. Known and unknown dates are read as two
 * segments, each on the (saidOn, id) index: reading forwards the known ones come first, backwards (the reverse of
 * that order) the unknown ones do. The cursor's segment continues after the cursor; the next one from its start.
 */
async function saidOnRows(run: (query: Sql) => Promise<PageRow[]>, provider: Provider, filter: ResolvedFilter, cursor: { value: number | null; id: number } | null, forward: boolean, ascending: boolean, limit: number) {
  const dir = raw(ascending ? "ASC" : "DESC");
  const cmp = raw(ascending ? ">" : "<");
  const where = pageWhere(provider, filter);
  const common = commonLinks(provider, filter);
  const segments: ("known" | "unknown")[] = forward ? ["known", "unknown"] : ["unknown", "known"];
  const cursorSegment = cursor === null ? null : cursor.value === null ? "unknown" : "known";
  const start = cursorSegment === null ? 0 : segments.indexOf(cursorSegment);
  const rows: PageRow[] = [];
  for (const [i, segment] of segments.entries()) {
    if (i < start || rows.length >= limit) continue;
    const fromCursor = i === start && cursor !== null;
    const known = (condition: Sql) => sql`SELECT s."id" AS "id", s."saidOn" AS "score" FROM "Statement" s WHERE s."saidOn" IS NOT NULL AND ${condition}
          ${fromCursor ? sql`AND (s."saidOn", s."id") ${cmp} (${new Date(cursor!.value!)}, ${cursor!.id})` : sql``}
          ORDER BY s."saidOn" ${dir}, s."id" ${dir} LIMIT ${limitLiteral(limit - rows.length)}`;
    // Both ways of reading the page in one statement; `common`, computed once before either runs, leaves one of
    // them to run (common-links.ts).
    const query = segment === "known"
      ? common
        ? sql`SELECT "id", "score" FROM (WITH g AS MATERIALIZED (SELECT ${common} AS "walk")
            (${known(sql`(SELECT "walk" FROM g) AND ${walkingPageWhere(provider, filter)}`)})
            UNION ALL (${known(sql`NOT (SELECT "walk" FROM g) AND ${where}`)})) u ORDER BY "score" ${dir}, "id" ${dir}`
        : known(where)
      : sql`SELECT s."id" AS "id", NULL AS "score" FROM "Statement" s WHERE s."saidOn" IS NULL AND ${where}
          ${fromCursor ? sql`AND s."id" ${cmp} ${cursor!.id}` : sql``}
          ORDER BY s."id" ${dir} LIMIT ${limitLiteral(limit - rows.length)}`;
    rows.push(...(await run(query)));
  }
  return rows;
}

const noCursor = (index: number): string => {
  throw new RangeError(`no row ${index} on an empty page`);
};

/** Unknown (null) scores only meet each other: a segment holds known or unknown dates, never both. */
function compareScores(a: number | null, b: number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a - b;
}

/** Dates become epoch milliseconds, an unknown date null; scores stay numbers. */
function sortValue(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "string") return Date.parse(value);
  return Number(value);
}
