// A lean read path beside the Prisma client: SQL fragments (Prisma.sql) run straight on the driver the client
// uses, as prepared statements. Prisma's query interpreter costs more CPU per statement than the database spends
// answering a page or a lookup (measured in docs/performance.md), so the API's hot reads come here. Rows come
// back as the driver gives them, with one rule per provider so both look alike: PostgreSQL timestamps (stored
// without a zone, in UTC) become Dates and 64-bit counts numbers; SQLite values stay as stored (dates as ISO text).
import Database from "better-sqlite3";
import pg from "pg";
import type { Prisma } from "./generated/sqlite/client.ts";
import type { QueryEvent } from "./client.ts";

export interface SqlReader {
  /** Runs a read-only SQL fragment built with Prisma.sql (placeholders are filled per provider). */
  query<T = Record<string, unknown>>(fragment: Prisma.Sql): Promise<T[]>;
  close(): Promise<void>;
}

type OnQuery = ((event: QueryEvent) => void) | undefined;

const TIMESTAMP_OID = 1114;
const INT8_OID = 20;
/** Distinct statements prepared by name per process; past this, statements run unnamed (parsed each time). */
const MAX_NAMED = 1_000;

/** Values as each driver must receive them: dates in UTC text (the columns hold no zone), booleans as SQLite wants. */
function pgValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00"); // as Prisma's adapter stores them
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

const pgTypes = {
  getTypeParser: ((oid: number, format?: string) => {
    if (oid === TIMESTAMP_OID) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    if (oid === INT8_OID) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format as "text");
  }) as typeof pg.types.getTypeParser,
};

/** Reads through `pool`, the pool the Prisma client's adapter also uses (one pool, one connection budget). */
export function postgresqlReader(pool: pg.Pool, onQuery: OnQuery): SqlReader {
  const names = new Map<string, string>();
  return {
    async query<T>(fragment: Prisma.Sql): Promise<T[]> {
      const text = fragment.text;
      let name = names.get(text);
      if (name === undefined && names.size < MAX_NAMED) names.set(text, (name = `dictum_${names.size}`));
      const started = performance.now();
      const result = await pool.query({ text, values: fragment.values.map(pgValue), name, types: pgTypes });
      onQuery?.({ query: text, params: JSON.stringify(fragment.values), duration: performance.now() - started });
      return result.rows as T[];
    },
    close: async () => {},
  };
}

/** A second connection on the same SQLite file (WAL: it reads while Prisma's connection writes), statements
 * prepared once per text. */
export function sqliteReader(path: string, timeoutMs: number, onQuery: OnQuery): SqlReader {
  const db = new Database(path, { timeout: timeoutMs });
  db.pragma("query_only = ON");
  const statements = new Map<string, Database.Statement>();
  return {
    async query<T>(fragment: Prisma.Sql): Promise<T[]> {
      const text = fragment.sql;
      let statement = statements.get(text);
      if (!statement) {
        statement = db.prepare(text);
        if (statements.size < MAX_NAMED) statements.set(text, statement);
      }
      const started = performance.now();
      const rows = statement.all(...fragment.values.map(sqliteValue)) as T[];
      onQuery?.({ query: text, params: JSON.stringify(fragment.values), duration: performance.now() - started });
      return rows;
    },
    close: async () => void db.close(),
  };
}
