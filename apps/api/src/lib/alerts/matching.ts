// The statements a saved search's feed, webhook and unread count need, found with the shared filter
// (statementWhere): no second filter engine.
import type { Db, Provider } from "@dictum/db";
import { sql } from "../sql.ts";
import { statementWhere, type ResolvedFilter } from "../statement-filter.ts";

const ids = (rows: { id: number | bigint }[]) => rows.map((row) => Number(row.id));

/** The highest statement id stored, 0 when there is none. */
export async function newestStatementId(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ id: number | bigint | null }[]>(sql`SELECT MAX("id") AS "id" FROM "Statement"`);
  return Number(rows[0]?.id ?? 0);
}

export interface ScanPoint {
  /** The highest statement id visible now. */
  id: number;
  /** When it was read (database clock). */
  at: Date;
  /** When the oldest other transaction that has written and is still open began; null when there is none. */
  oldestWriter: Date | null;
}

/**
 * PostgreSQL hands out ids when a row is inserted, not when it commits: while another transaction is open, a
 * lower id than the highest visible one may still appear. A transaction that began after `at` can only take ids
 * above `id` (the sequence only grows), so a point is safe once every writer open now began after it.
 */
export async function postgresScanPoint(db: Db): Promise<ScanPoint> {
  const rows = await db.$queryRaw<{ id: number | bigint; at: Date; oldest: Date | null }[]>(sql`SELECT COALESCE(MAX("id"), 0) AS "id", clock_timestamp() AS "at",
    (SELECT MIN(xact_start) FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()) AS "oldest"
    FROM "Statement"`);
  const row = rows[0]!;
  return { id: Number(row.id), at: new Date(row.at), oldestWriter: row.oldest ? new Date(row.oldest) : null };
}

/** Matching statements with afterId < id <= throughId, oldest first. */
export async function matchingBetween(db: Db, provider: Provider, filter: ResolvedFilter, afterId: number, throughId: number): Promise<number[]> {
  return ids(await db.$queryRaw(sql`SELECT s."id" AS "id" FROM "Statement" s WHERE s."id" > ${afterId} AND s."id" <= ${throughId} AND ${statementWhere(provider, filter)} ORDER BY s."id"`));
}

/** The newest stored (highest id first) matching statements: what a feed shows. */
export async function newestMatching(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<number[]> {
  return ids(await db.$queryRaw(sql`SELECT s."id" AS "id" FROM "Statement" s WHERE ${statementWhere(provider, filter)} ORDER BY s."id" DESC LIMIT ${limit}`));
}

/** How many matching statements were stored after `since`. */
export async function countStoredSince(db: Db, provider: Provider, filter: ResolvedFilter, since: Date): Promise<number> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>(sql`SELECT COUNT(*) AS "n" FROM "Statement" s WHERE s."createdAt" > ${since} AND ${statementWhere(provider, filter)}`);
  return Number(rows[0]?.n ?? 0);
}
