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
