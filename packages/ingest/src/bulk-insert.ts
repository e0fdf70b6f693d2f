// Multi-row INSERTs as raw SQL for the high-volume tables (articles, statements, their links, quotations,
// speakers). Prisma's createMany spends most of an ingest run compiling and mapping rows; one parameterised
// INSERT per few thousand rows costs a fraction of that. Values are written exactly as Prisma writes them, so
// Prisma reads and filters them as its own.
import type { Db, Prisma } from "@dictum/db";

type Tx = Prisma.TransactionClient;
export type Dialect = "sqlite" | "postgresql";

export interface Column {
  name: string;
  /** PostgreSQL type the parameter is cast to (parameters arrive untyped). */
  pg: string;
}

/** A value this package formatted itself (a date, an enum value, a hex hash): written into the SQL as a literal
 * instead of a bound parameter, which saves the driver most of its per-value work. Refuses anything else. */
export class Trusted {
  constructor(readonly value: string) {
    if (!/^[A-Za-z0-9:.+\- _]*$/.test(value)) throw new Error(`not a trusted SQL literal: ${JSON.stringify(value.slice(0, 40))}`);
  }
}

export const trusted = (value: string) => new Trusted(value);

/** Stays well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;

export function dialectOf(db: Db | Tx): Dialect {
  const provider = (db as unknown as { _activeProvider?: string })._activeProvider;
  return provider === "postgresql" || provider === "postgres" ? "postgresql" : "sqlite";
}

/** A DateTime as Prisma stores it: ISO text with "+00:00" on SQLite, a UTC timestamp(3) on PostgreSQL. */
export function sqlDate(dialect: Dialect, date: Date): Trusted {
  const iso = date.toISOString();
  return trusted(dialect === "sqlite" ? iso.replace("Z", "+00:00") : iso.slice(0, 23).replace("T", " "));
}

/**
 * Inserts `rows` (values in `columns` order) into `table`; returns the `returning` columns of every row, in
 * insertion order, as numbers where they are integers.
 */
export async function bulkInsert(tx: Tx, dialect: Dialect, table: string, columns: Column[], rows: unknown[][], returning: string[] = []): Promise<Array<Record<string, unknown>>> {
  const out: Array<Record<string, unknown>> = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")}) VALUES `;
  const tail = returning.length ? ` RETURNING ${returning.map((c) => `"${c}"`).join(", ")}` : "";
  for (let from = 0; from < rows.length; from += perStatement) {
    const chunk = rows.slice(from, from + perStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const cells = columns.map((column, i) => {
        const value = row[i];
        const cast = dialect === "sqlite" ? "" : `::${column.pg}`;
        // Numbers, NULL and trusted literals go into the SQL text; strings from the articles are bound parameters.
        if (value === null || value === undefined) return `NULL${cast}`;
        if (typeof value === "number") return Number.isFinite(value) ? `${value}${cast}` : `NULL${cast}`;
        if (value instanceof Trusted) return `'${value.value}'${cast}`;
        params.push(value);
        return dialect === "sqlite" ? "?" : `$${params.length}${cast}`;
      });
      return `(${cells.join(", ")})`;
    });
    const sql = head + tuples.join(", ") + tail;
    if (returning.length) {
      const result = (await tx.$queryRawUnsafe(sql, ...params)) as Array<Record<string, unknown>>;
      for (const row of result) {
        for (const key of Object.keys(row)) if (typeof row[key] === "bigint") row[key] = Number(row[key]);
        out.push(row);
      }
    } else {
      await tx.$executeRawUnsafe(sql, ...params);
    }
  }
  return out;
}
