// Throwaway databases for tests, so parallel suites never collide: a temp SQLite file, or a fresh PostgreSQL
// database on the server named by DICTUM_TEST_POSTGRES_URL. In CI (CI=true) PostgreSQL tests must run: a missing
// URL fails the suite instead of skipping it.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createPrismaClient, type CreatePrismaClientOptions, type Db } from "./client.ts";
import { migrate } from "./migrate.ts";
import type { ReferenceData } from "./reference/index.ts";
import type { Provider } from "./schema-files.ts";

export interface TestDatabase {
  provider: Provider;
  url: string;
  /** Removes the database (drops it on PostgreSQL, deletes the file on SQLite). Disconnect clients first. */
  drop(): Promise<void>;
}

/** DICTUM_TEST_POSTGRES_URL, or undefined when PostgreSQL tests should be skipped. Throws in CI when unset. */
export function postgresTestUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const url = env.DICTUM_TEST_POSTGRES_URL?.trim();
  if (url) return url;
  if (env.CI === "true" || env.CI === "1") throw new Error("DICTUM_TEST_POSTGRES_URL must be set in CI: PostgreSQL tests may not be skipped there");
  return undefined;
}

/** The providers to run database tests on: SQLite always, PostgreSQL when configured. */
export function testProviders(): Provider[] {
  return postgresTestUrl() ? ["sqlite", "postgresql"] : ["sqlite"];
}

/** An empty database, or (`migrate: true`) a migrated one with the given reference data (@dictum/ingest's
 * `referenceData()`) or none (`reference: false`): db does not know where the geography and the taxonomy come from. */
export type TestDatabaseOptions = { migrate?: false } | { migrate: true; reference: ReferenceData | false };

/** An empty database, or with `migrate: true` a migrated one (with the given reference data, or none). */
export async function createTestDatabase(provider: Provider = "sqlite", options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const database = provider === "sqlite" ? createSqliteTestDatabase() : await createPostgresTestDatabase();
  if (options.migrate) {
    try {
      await migrate(database.url, { reference: options.reference });
    } catch (error) {
      await database.drop(); // a failed setup must not leave a database behind
      throw error;
    }
  }
  return database;
}

export type TestDb = TestDatabase & { db: Db; close(): Promise<void> };

/** A migrated database (with the given reference data, or none) and a client on it; `close()`
 * disconnects and drops it. `onQuery` sees every SQL statement, for N+1 assertions. */
export async function createTestDb(provider: Provider = "sqlite", options: CreatePrismaClientOptions & { reference: ReferenceData | false }): Promise<TestDb> {
  const database = await createTestDatabase(provider, { migrate: true, reference: options.reference });
  const db = createPrismaClient(database.url, { onQuery: options.onQuery });
  return { ...database, db, close: async () => { await db.$disconnect(); await database.drop(); } };
}

function createSqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "dictum-test-"));
  return { provider: "sqlite", url: `file:${join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const serverUrl = postgresTestUrl();
  if (!serverUrl) throw new Error("DICTUM_TEST_POSTGRES_URL is not set");
  const name = `dictum_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { provider: "postgresql", url: url.href, drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query(sql);
  } catch (error) {
    throw new Error(`PostgreSQL at ${new URL(url).host} (DICTUM_TEST_POSTGRES_URL): ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}
