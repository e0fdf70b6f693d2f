// One writer of speakers at a time. SQLite: take the write lock before reading anything (a transaction that reads
// first and writes later fails at once with SQLITE_BUSY when another process writes in between; one that writes
// first waits its turn). PostgreSQL: an advisory lock held to the end of the transaction, so two writers (ingest,
// reextract, the API) never both create the same speaker (speakers have no unique key to catch it) and each sees
// the other's committed speakers.
import type { Prisma } from "@dictum/db";
import type { Dialect } from "./bulk-insert.ts";

type Tx = Prisma.TransactionClient;

/** pg_advisory_xact_lock key of the writing transactions ("dictum" in ASCII, as a number). */
const WRITE_LOCK_KEY = 0x64696374756d;

export async function takeWriteLock(tx: Tx, dialect: Dialect): Promise<void> {
  if (dialect === "sqlite") await tx.$executeRawUnsafe(`DELETE FROM "Source" WHERE 0`);
  else await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})) AS l`);
}

/** The database was busy with another writer (SQLite lock, PostgreSQL serialisation failure or deadlock). */
export function isBusy(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  return /SQLITE_BUSY|database is locked|40001|40P01|deadlock detected|could not serialize/i.test(text);
}

/** The wait before retrying a busy write: doubling from 25 ms, with jitter so two writers do not retry in step. */
export function busyBackoff(attempt: number): Promise<void> {
  return new Promise((wait) => setTimeout(wait, 25 * 2 ** attempt + Math.random() * 25));
}
