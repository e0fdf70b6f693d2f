// Applies the committed SQL migrations (prisma/migrations/<provider>/) and writes new ones by diffing the
// migrations against prisma/schema.prisma, both through the WebAssembly schema engine.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { dbProvider, DatabaseUrlError, sqlitePath } from "./client.ts";
import { openSchemaEngine } from "./schema-engine.ts";
import { migrationsDir, readSchema, repoRoot, type Provider } from "./schema-files.ts";

/** The database cannot be reached or refused the migrations. One line, meant for the person running Dictum. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Tables that raw-SQL migrations create and the schema does not describe (full-text indexes): the engine must
 * neither drop them in a new migration nor complain about them. Listed in prisma/external-tables.json. */
export function schemaFilter(provider: Provider): SchemaFilter {
  const file = join(repoRoot, "prisma", "external-tables.json");
  const lists = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<Record<Provider, string[]>>) : {};
  return { externalTables: lists[provider] ?? [], externalEnums: [] };
}

export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = join(baseDir, "migration_lock.toml");
  const names = existsSync(baseDir) ? readdirSync(baseDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
  return {
    baseDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(join(baseDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

/** Applies every migration not yet applied to the database at `url`; returns the names it applied. */
export async function applyMigrations(url: string): Promise<string[]> {
  const provider = dbProvider(url);
  await checkReachable(url);
  const migrations = readMigrations(provider);
  // Fast path that takes no lock: on SQLite the engine locks the file exclusively, which would wait for (and
  // fail on) any open connection, e.g. a running API, even when there is nothing to apply.
  const applied = await appliedMigrationNames(url);
  if (migrations.migrationDirectories.every((dir) => applied.has(dir.path))) return [];

  const session = await openSchemaEngine(url, readSchema(provider));
  try {
    const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList: migrations, filters: schemaFilter(provider) });
    return appliedMigrationNames;
  } catch (error) {
    if (provider === "sqlite" && /SocketTimeout|database is locked/.test(String(error))) {
      throw new MigrationError(`Migrating ${describe(url)} needs the SQLite file to itself, but another process has it open (the API, an ingest run?): stop it and retry`);
    }
    throw new MigrationError(`Migrating ${describe(url)} failed: ${oneLine(error)}`);
  } finally {
    await session.close();
  }
}

/** Names of the migrations recorded as finished in _prisma_migrations (empty for a new database). */
export async function appliedMigrationNames(url: string): Promise<Set<string>> {
  const sql = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  if (dbProvider(url) === "sqlite") {
    const path = sqlitePath(url);
    if (path === ":memory:" || !existsSync(path)) return new Set();
    const db = new Database(path, { readonly: true, timeout: 10_000 });
    try {
      const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
      return new Set(hasTable ? db.prepare(sql).all().map((row) => (row as { migration_name: string }).migration_name) : []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return new Set((await client.query<{ migration_name: string }>(sql)).rows.map((row) => row.migration_name));
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return new Set(); // no _prisma_migrations table yet
    throw new MigrationError(`Cannot read the migration history of ${describe(url)}: ${oneLine(error)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The SQL that takes the committed migrations to the current prisma/schema.prisma, or null when they match.
 * `url` is a scratch database the engine may use (SQLite: `file::memory:`; PostgreSQL: a server on which it
 * creates a throwaway shadow database).
 */
export async function migrationDiff(provider: Provider, url: string): Promise<string | null> {
  if (dbProvider(url) !== provider) throw new DatabaseUrlError(`A ${provider} migration needs a ${provider} database URL, got "${url}"`);
  const datamodel = readSchema(provider);
  await checkReachable(url);
  const session = await openSchemaEngine(url, datamodel);
  try {
    const { stdout } = await session.engine.diff({
      from: { tag: "migrations", ...readMigrations(provider) },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: datamodel }] },
      script: true,
      exitCode: null,
      filters: schemaFilter(provider),
    });
    return !stdout || stdout.includes("This is an empty migration.") ? null : stdout;
  } finally {
    await session.close();
  }
}

/** Writes prisma/migrations/<provider>/<timestamp>_<name>/migration.sql from `migrationDiff`; returns the new
 * directory, or null when the schema has no changes. */
export async function createMigration(name: string, provider: Provider, url: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new MigrationError(`Migration name must be snake_case letters and digits, got "${name}"`);
  const baseDir = migrationsDir(provider);
  mkdirSync(baseDir, { recursive: true });
  const lockPath = join(baseDir, "migration_lock.toml");
  if (!existsSync(lockPath)) writeFileSync(lockPath, `# Written by packages/db (npm run db:migration:create). Do not edit.\nprovider = "${provider}"\n`);
  const sql = await migrationDiff(provider, url);
  if (!sql) return null;
  const dir = join(baseDir, `${now.toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  return dir;
}

/** Fails fast, in one line, when PostgreSQL is down; creates a missing PostgreSQL database. */
export async function checkReachable(url: string): Promise<void> {
  if (dbProvider(url) === "sqlite") {
    sqlitePath(url);
    return;
  }
  try {
    await query(url, "SELECT 1");
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw new MigrationError(`Cannot reach PostgreSQL at ${describe(url)}: ${oneLine(error)}`);
    // The server is up but the database does not exist yet: create it, as `prisma migrate` would.
    const admin = new URL(url);
    const name = decodeURIComponent(admin.pathname.slice(1));
    admin.pathname = "/postgres";
    await query(admin.href, `CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((createError: unknown) => {
      throw new MigrationError(`PostgreSQL database ${describe(url)} does not exist and could not be created: ${oneLine(createError)}`);
    });
  }
}

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on("error", () => {}); // a connection dropped later must not crash the process
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL without its password. */
export function describe(url: string): string {
  if (dbProvider(url) === "sqlite") return sqlitePath(url);
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message || (error as { code?: string }).code || error.name : String(error);
  return message.split("\n").map((line) => line.trim()).filter(Boolean).join(" ").slice(0, 500);
}
