// Builds the Prisma client for DATABASE_URL: `file:` → SQLite through better-sqlite3, `postgres(ql)://` →
// PostgreSQL through pg. The two generated clients have the same API; `Db` is typed as the SQLite one.
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { loadConfig } from "@dictum/config";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresqlClient } from "./generated/postgresql/client.ts";
import { postgresqlReader, sqliteReader, type SqlReader } from "./reader.ts";
import { repoRoot, type Provider } from "./schema-files.ts";

export type Db = SqliteClient;

/** One SQL statement as Prisma logged it. */
export interface QueryEvent {
  query: string;
  params: string;
  duration: number;
}

export interface CreatePrismaClientOptions {
  /** Called for every SQL statement (e.g. to count them in N+1 tests). */
  onQuery?: (event: QueryEvent) => void;
}

/** DATABASE_URL is neither `file:` nor `postgres(ql)://`, or is malformed. */
export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

const SQLITE_BUSY_TIMEOUT_MS = 10_000;

export function dbProvider(url: string): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new DatabaseUrlError(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url}"`);
}

/** The file behind a `file:` URL; relative paths are relative to the repository root, whatever the cwd. */
export function sqlitePath(url: string): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (path === "") throw new DatabaseUrlError(`DATABASE_URL "${url}" names no file`);
  if (path === ":memory:") return path;
  return isAbsolute(path) ? path : resolve(repoRoot, path);
}

/** Creates the directory and switches the file to WAL (persistent per file), so readers never block the writer. */
export function prepareSqliteFile(path: string): void {
  if (path === ":memory:") return;
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

export function sqliteAdapter(url: string): PrismaBetterSqlite3 {
  const path = sqlitePath(url);
  prepareSqliteFile(path);
  return new PrismaBetterSqlite3({ url: path, timeout: SQLITE_BUSY_TIMEOUT_MS });
}

export function postgresqlAdapter(url: string | pg.Pool): PrismaPg {
  // disposeExternalPool: $disconnect ends a pool handed in (the client's and its reader's).
  return typeof url === "string" ? new PrismaPg({ connectionString: url }) : new PrismaPg(url, { disposeExternalPool: true });
}

const readers = new WeakMap<object, SqlReader>();

/** The lean reader that shares `db`'s connection (reader.ts); a client made elsewhere reads through $queryRaw. */
export function sqlReader(db: Db): SqlReader {
  let reader = readers.get(db);
  if (!reader) {
    reader = { query: (fragment) => db.$queryRaw(fragment), close: async () => {} };
    readers.set(db, reader);
  }
  return reader;
}

/** The Prisma client for `url` (default: DATABASE_URL from the config, else the SQLite file ./data/dictum.db). */
export function createPrismaClient(url: string = loadConfig().DATABASE_URL, options: CreatePrismaClientOptions = {}): Db {
  const log = options.onQuery ? [{ emit: "event" as const, level: "query" as const }] : [];
  if (dbProvider(url) === "sqlite") {
    const client = new SqliteClient({ adapter: sqliteAdapter(url), log });
    if (options.onQuery) client.$on("query", options.onQuery);
    const path = sqlitePath(url);
    if (path !== ":memory:") attachReader(client, sqliteReader(path, SQLITE_BUSY_TIMEOUT_MS, options.onQuery));
    return client;
  }
  const pool = new pg.Pool({ connectionString: url });
  const client = new PostgresqlClient({ adapter: postgresqlAdapter(pool), log });
  if (options.onQuery) client.$on("query", options.onQuery);
  // Same models, same methods: only the query compiler inside differs.
  attachReader(client as unknown as Db, postgresqlReader(pool, options.onQuery));
  return client as unknown as Db;
}

/** Registers the reader and closes it with the client. */
function attachReader(client: Db, reader: SqlReader): void {
  readers.set(client, reader);
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await reader.close();
    await disconnect();
  };
}
