// Statement counts kept by database triggers (migration statement_count_triggers): StatementDayCount per saidOn
// and kind, StatementPlacesCount per set of places (Statement.placesKey) and kind. A filter on dates and kind only
// is answered from the day counts, one on places and kind only from the places counts: a few thousand rows instead
// of a million statements, exactly the same numbers. Any other filter counts the statements themselves.
import { sqlReader, type Db, type Provider } from "@dictum/db";
import { sql } from "./sql.ts";
import { statementWhere, type ResolvedFilter } from "./statement-filter.ts";
import { visibleCounts } from "./visible.ts";

/** The filter uses only `from`, `to` and `kind`, columns StatementDayCount has under the same names. */
export function byDayOnly(filter: ResolvedFilter): boolean {
  return !filter.includeRejected && unused(filter, ["regionPlaceIds", "countryPlaceIds", "speakerIds", "topicIds", "sourceIds", "searchTerms", "dateUnknown", ...NOT_COUNTED]);
}

/** The filter uses only `regions`, `countries`, `from`, `to` and `kind`. */
export function byPlacesAndDaysOnly(filter: ResolvedFilter): boolean {
  return !filter.includeRejected && unused(filter, ["speakerIds", "topicIds", "sourceIds", "searchTerms", "dateUnknown", ...NOT_COUNTED]);
}

/** The filter uses only `regions`, `countries` and `kind`. */
export function byPlacesOnly(filter: ResolvedFilter): boolean {
  return !filter.includeRejected && unused(filter, ["speakerIds", "topicIds", "sourceIds", "searchTerms", "from", "toExclusive", "dateUnknown", ...NOT_COUNTED]);
}

/** Filters on columns the count tables do not have. (The tables count no rejected statement: a filter that
 * includes them is never answered from here.) */
const NOT_COUNTED = ["speakerCountries", "speakerKinds", "saidInPlaceIds", "minConfidence", "stances", "targetCountries"] as const;

const unused = (filter: ResolvedFilter, keys: (keyof ResolvedFilter)[]) => keys.every((key) => filter[key] === null);

/** Statements per saidOn value for a `byDayOnly` filter; `statementWhere` applies as is (alias `s`). */
export function dayCountsSource(provider: Provider, filter: ResolvedFilter) {
  return sql`SELECT s."saidOn" AS "saidOn", SUM(s."count") AS "n" FROM "StatementDayCount" s
    WHERE s."count" > 0 AND ${statementWhere(provider, filter, "counts")} GROUP BY s."saidOn"`;
}

export async function countByDay(db: Db, provider: Provider, filter: ResolvedFilter): Promise<number> {
  // The day counts leave out statements of unknown date; without date bounds they count too, and the places
  // counts hold every statement.
  if (!filter.from && !filter.toExclusive) return (await countsByPlacesKey(db, provider, filter)).reduce((n, row) => n + row.n, 0);
  const rows = await sqlReader(db).query<{ n: unknown }>(sql`SELECT SUM(s."count") AS "n" FROM "StatementDayCount" s WHERE ${statementWhere(provider, filter, "counts")}`);
  return Number(rows[0]?.n ?? 0);
}

export interface PlacesKeyCount {
  places: string;
  n: number;
}

/**
 * Statements per set of places for a `byPlacesOnly` filter. The regions and countries conditions ("a link to one
 * of these places") are tested on each set's ids, which are exactly the statement's links.
 */
export async function countsByPlacesKey(db: Db, provider: Provider, filter: ResolvedFilter): Promise<PlacesKeyCount[]> {
  const kindOnly = { ...filter, regionPlaceIds: null, countryPlaceIds: null };
  const rows = await sqlReader(db).query<{ places: string; n: unknown }>(sql`SELECT s."placesKey" AS "places", SUM(s."count") AS "n"
    FROM "StatementPlacesCount" s WHERE s."count" > 0 AND ${statementWhere(provider, kindOnly, "counts")} GROUP BY s."placesKey"`);
  const wanted = [filter.regionPlaceIds, filter.countryPlaceIds].flatMap((ids) => (ids ? [new Set(ids)] : []));
  return rows
    .map((row) => ({ places: row.places, n: Number(row.n) }))
    .filter((row) => {
      const ids = placeIds(row.places);
      return wanted.every((set) => ids.some((id) => set.has(id)));
    });
}

/**
 * Statements matching a `byPlacesAndDaysOnly` filter, counted on the (saidOn, placesKey) index: the sets of places
 * the filter matches come from StatementPlacesCount, so no statement's links are read.
 */
export async function countByPlacesAndDays(db: Db, provider: Provider, filter: ResolvedFilter): Promise<number> {
  const keys = (await countsByPlacesKey(db, provider, { ...filter, from: null, toExclusive: null, kind: null })).map((row) => row.places);
  const keyList = provider === "sqlite" ? sql`SELECT "value" FROM json_each(${JSON.stringify(keys)})` : sql`SELECT json_array_elements_text(${JSON.stringify(keys)}::json)`;
  const datesAndKind = { ...filter, regionPlaceIds: null, countryPlaceIds: null };
  const rows = await sqlReader(db).query<{ n: unknown }>(visibleCounts(provider, datesAndKind, [], (from, where) =>
    sql`SELECT COUNT(*) AS "n" FROM ${from.statements} WHERE ${where} AND s."placesKey" IN (${keyList})`));
  return Number(rows[0]?.n ?? 0);
}

/** The place ids of a Statement.placesKey ("58,79,213" → [58, 79, 213]; "" → []). */
export const placeIds = (key: string): number[] => (key === "" ? [] : key.split(",").map(Number));
