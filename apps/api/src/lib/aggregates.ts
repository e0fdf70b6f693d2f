// Counts behind the timeline, the map and the facet lists, all over the statements the shared filter selects.
import { sqlReader, type Db, type Provider } from "@dictum/db";
import { byDayOnly, dayCountsSource } from "./count-tables.ts";
import { bucketStart, raw, sql, type Bucket, type Sql } from "./sql.ts";
import { STANCES, statementWhere, type ResolvedFilter, type Stance } from "./statement-filter.ts";
import { visibleCounts, type GroupedCount } from "./visible.ts";

export interface BucketCount {
  start: Date;
  count: number;
}

export interface IdCount {
  id: number;
  count: number;
}

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value);

/** Statements per day/week/month/year, oldest first; buckets without statements are left out, and so are
 * statements of unknown date (`unknownDateCount` counts them). */
export async function timeline(db: Db, provider: Provider, filter: ResolvedFilter, bucket: Bucket): Promise<BucketCount[]> {
  // Counting per saidOn value first walks the (saidOn, id) index in order without a sort; only the few thousand
  // days are then bucketed (grouping a million rows by an expression directly needs a temporary b-tree).
  // A filter on dates and kind only reads the per-day counts the database keeps instead.
  const start = bucketStart(provider, sql`d."saidOn"`, bucket);
  const perDay = byDayOnly(filter)
    ? dayCountsSource(provider, filter)
    : visibleCounts(provider, filter, ["saidOn"], (from, where) => sql`SELECT s."saidOn" AS "saidOn", COUNT(*) AS "n" FROM ${from.statements} WHERE s."saidOn" IS NOT NULL AND ${where} GROUP BY s."saidOn"`);
  const rows = await sqlReader(db).query<Row>(sql`SELECT ${start} AS "start", SUM(d."n") AS "count" FROM (${perDay}) d GROUP BY 1 ORDER BY 1`);
  return rows.map((row) => ({ start: new Date(`${String(row.start)}T00:00:00Z`), count: num(row.count) }));
}

export async function speakerCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<IdCount[]> {
  return top(db, provider, filter, limit, (from, where) => sql`SELECT s."speakerId" AS "id", COUNT(*) AS "n" FROM ${from.statements}
    WHERE s."speakerId" IS NOT NULL AND ${where} GROUP BY s."speakerId"`);
}

/** Statements per speaker affiliation country (ISO alpha-2), most first; speakers without one are left out. */
export async function speakerCountryCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<{ code: string; count: number }[]> {
  const rows = await topRows(db, provider, filter, limit, "code", (from, where) => sql`SELECT sp."countryCode" AS "code", COUNT(*) AS "n"
    FROM ${from.statements} ${from.join} "Speaker" sp ON sp."id" = s."speakerId"
    WHERE sp."countryCode" IS NOT NULL AND ${where} GROUP BY sp."countryCode"`);
  return rows.map((row) => ({ code: String(row.code), count: num(row.n) }));
}

/**
 * Statements per country of their article's dateline (the place itself, or the country a city or province is in,
 * up to two levels up, as deep as places nest), most first; the same countries `saidIn` matches.
 */
export async function saidInCountryCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<{ code: string; count: number }[]> {
  const rows = await topRows(db, provider, filter, limit, "code", (from, where) => sql`SELECT COALESCE(p0."iso2", p1."iso2", p2."iso2") AS "code", COUNT(*) AS "n"
    FROM ${from.statements} ${from.join} "Article" a ON a."id" = s."articleId" JOIN "Place" p0 ON p0."id" = a."datelinePlaceId"
    LEFT JOIN "Place" p1 ON p1."id" = p0."parentId" LEFT JOIN "Place" p2 ON p2."id" = p1."parentId"
    WHERE COALESCE(p0."iso2", p1."iso2", p2."iso2") IS NOT NULL AND ${where} GROUP BY 1`);
  return rows.map((row) => ({ code: String(row.code), count: num(row.n) }));
}

export async function topicCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<IdCount[]> {
  return top(db, provider, filter, limit, (from, where) => sql`SELECT st."topicId" AS "id", COUNT(*) AS "n" FROM ${from.statements} ${from.join} "StatementTopic" st ON st."statementId" = s."id"
    WHERE ${where} GROUP BY st."topicId"`);
}

export async function sourceCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<IdCount[]> {
  return top(db, provider, filter, limit, (from, where) => sql`SELECT a."sourceId" AS "id", COUNT(*) AS "n" FROM ${from.statements} ${from.join} "Article" a ON a."id" = s."articleId"
    WHERE a."sourceId" IS NOT NULL AND ${where} GROUP BY a."sourceId"`);
}

export async function kindCounts(db: Db, provider: Provider, filter: ResolvedFilter): Promise<{ kind: string; count: number }[]> {
  const kind = provider === "postgresql" ? raw(`s."kind"::text`) : raw(`s."kind"`);
  const counts = visibleCounts(provider, filter, ["kind"], (from, where) => sql`SELECT ${kind} AS "kind", COUNT(*) AS "n" FROM ${from.statements}
    WHERE ${where} GROUP BY 1`);
  const rows = await sqlReader(db).query<Row>(sql`SELECT "kind", "n" FROM (${counts}) c ORDER BY 1`);
  return rows.map((row) => ({ kind: String(row.kind), count: num(row.n) }));
}

/** The `limit` largest groups of a visible count, most first, then by key. */
function topRows(db: Db, provider: Provider, filter: ResolvedFilter, limit: number, key: string, count: GroupedCount): Promise<Row[]> {
  return sqlReader(db).query<Row>(sql`SELECT * FROM (${visibleCounts(provider, filter, [key], count)}) c ORDER BY "n" DESC, ${raw(`"${key}"`)} LIMIT ${limit}`);
}

async function top(db: Db, provider: Provider, filter: ResolvedFilter, limit: number, count: GroupedCount): Promise<IdCount[]> {
  const rows = await topRows(db, provider, filter, limit, "id", count);
  return rows.map((row) => ({ id: num(row.id), count: num(row.n) }));
}

/** Statements per stance, in the order of STANCES; a stance no statement has is left out. */
export async function stanceCounts(db: Db, provider: Provider, filter: ResolvedFilter): Promise<{ stance: Stance; count: number }[]> {
  const stance = provider === "postgresql" ? raw(`s."stance"::text`) : raw(`s."stance"`);
  const rows = await sqlReader(db).query<Row>(sql`SELECT ${stance} AS "stance", COUNT(*) AS "count" FROM "Statement" s WHERE ${statementWhere(provider, filter)} GROUP BY 1`);
  const counts = new Map(rows.map((row) => [String(row.stance), num(row.count)]));
  return STANCES.flatMap((value) => (counts.has(value) ? [{ stance: value, count: counts.get(value)! }] : []));
}

/** Statements per country they are aimed at (a target is or belongs to it), most first; the ones targetCountries matches. */
export async function targetCountryCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<{ code: string; count: number }[]> {
  const rows = await sqlReader(db).query<Row>(sql`SELECT t."countryCode" AS "code", COUNT(DISTINCT s."id") AS "count" FROM "StatementTarget" t JOIN "Statement" s ON s."id" = t."statementId"
    WHERE t."countryCode" IS NOT NULL AND ${statementWhere(provider, filter)} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${limit}`);
  return rows.map((row) => ({ code: String(row.code), count: num(row.count) }));
}
