// Counts of what readers see. A rejected statement is no statement, but `NOT s."rejected"` in a count's WHERE takes
// the filter's index-only plan away: SQLite then reads every matching row (3 to 14 times slower over a million
// statements). Rejected statements are few and found by their own index (Statement_rejected_idx), so a count is
// taken over every matching statement, minus the same count over the matching rejected ones.
import type { Provider } from "@dictum/db";
import { join, raw, sql, type Sql } from "./sql.ts";
import { statementWhere, type ResolvedFilter } from "./statement-filter.ts";

/** How a grouped count reads the statements: the FROM item for alias `s`, and the keyword that joins more tables
 * to it (SQLite's CROSS JOIN keeps the few rejected statements as the outer loop). */
export interface StatementSource {
  statements: Sql;
  join: Sql;
}

/** `SELECT <keys>, COUNT(…) AS "n" FROM … WHERE <where> GROUP BY <keys>`, with no ORDER BY or LIMIT. */
export type GroupedCount = (from: StatementSource, where: Sql) => Sql;

const EVERY: StatementSource = { statements: sql`"Statement" s`, join: sql`JOIN` };

/**
 * The grouped count over the statements the filter shows, as rows of `keys` and "n" (n > 0), in no order: the
 * caller orders and limits around it. With includeRejected the count is taken as it is.
 */
export function visibleCounts(provider: Provider, filter: ResolvedFilter, keys: string[], count: GroupedCount): Sql {
  if (filter.includeRejected) return count(EVERY, statementWhere(provider, filter));
  const all = statementWhere(provider, { ...filter, includeRejected: true });
  const rejected: StatementSource = provider === "sqlite"
    ? { statements: sql`"Statement" s INDEXED BY "Statement_rejected_idx"`, join: sql`CROSS JOIN` }
    : EVERY;
  const columns = keys.map((key) => raw(`"${key}"`));
  // "= true", not the bare column: the index is on the value, which an equality can seek to.
  const less = sql`SELECT ${columns.length ? sql`${join(columns)}, ` : sql``}-"n" AS "n" FROM (${count(rejected, sql`s."rejected" = true AND ${all}`)}) r`;
  const both = sql`${count(EVERY, all)} UNION ALL ${less}`;
  if (columns.length === 0) return sql`SELECT COALESCE(SUM("n"), 0) AS "n" FROM (${both}) t`;
  return sql`SELECT ${join(columns)}, SUM("n") AS "n" FROM (${both}) t GROUP BY ${join(columns)} HAVING SUM("n") > 0`;
}
