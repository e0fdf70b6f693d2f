/**
 * Whether a page's place and topic conditions are common enough that walking the date index beats the planner's
 * own plan (PostgreSQL; see `commonLinks`).
 */
import type { Provider } from "@dictum/db";
import { linkIdList } from "./literal-sql.ts";
import { join, raw, sql, type Sql } from "./sql.ts";
import type { ResolvedFilter } from "./statement-filter.ts";

/** How many statements in one a place or topic condition must match for `walkingPageWhere` to be the faster page. */
const COMMON_LINKS = 200;

/**
 * PostgreSQL, for a page read in date order: null when the filter has no place or topic condition; else a
 * condition, known before any statement is read, that holds when each of them matches at least one statement in
 * COMMON_LINKS (its link rows counted up to that bound; the highest id stands for the number of statements). Then
 * the page fills within a few thousand statements of the date index, and `walkingPageWhere` tests each one against
 * the matching ids hashed once, where the planner's own choice (`pageWhere`) looks each statement's links up in the
 * index: a country with 700 of 90,000 statements read 6,300 buffers that way, 1,300 walking. Rarer conditions keep
 * `pageWhere`, which collects their few statements first. SQLite decides this per filter (`selective`).
 */
export function commonLinks(provider: Provider, filter: ResolvedFilter): Sql | null {
  if (provider !== "postgresql") return null;
  const links = linkConditions(filter).map(({ table, column, ids }) => {
    const bound = raw(`(SELECT MAX("id") / ${COMMON_LINKS} FROM "Statement")`);
    return sql`(SELECT COUNT(*) FROM (SELECT 1 FROM ${raw(`"${table}"`)} WHERE ${raw(`"${column}"`)} IN (${linkIdList(provider, ids)}) LIMIT ${bound}) t) >= ${bound}`;
  });
  return links.length === 0 ? null : sql`COALESCE(${join(links, " AND ", "", "")}, false)`;
}

/** The link-table conditions of a filter (places, topics), in the order `statementWhere` writes them. */
function linkConditions(filter: ResolvedFilter): { table: string; column: string; ids: number[] }[] {
  return [
    ...(filter.regionPlaceIds ? [{ table: "StatementPlace", column: "placeId", ids: filter.regionPlaceIds }] : []),
    ...(filter.countryPlaceIds ? [{ table: "StatementPlace", column: "placeId", ids: filter.countryPlaceIds }] : []),
    ...(filter.topicIds ? [{ table: "StatementTopic", column: "topicId", ids: filter.topicIds }] : []),
  ];
}
