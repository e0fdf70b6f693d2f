// The SQL that differs between SQLite and PostgreSQL, in one place. Everything else in src/lib builds
// provider-neutral Prisma.Sql fragments (Prisma picks the placeholder style per client).
import { Prisma, type Provider } from "@dictum/db";
import { toFts5, toTsquery, type SearchQuery } from "./search-query.ts";

export type Sql = Prisma.Sql;
export const sql = Prisma.sql;
export const join = Prisma.join;
export const raw = Prisma.raw;
export const empty = Prisma.empty;

export type Bucket = "DAY" | "WEEK" | "MONTH" | "YEAR";

/** The first day of the bucket containing `column`, as a YYYY-MM-DD string, on either provider. */
export function bucketStart(provider: Provider, column: Sql, bucket: Bucket): Sql {
  if (provider === "sqlite") {
    // Prisma stores SQLite DateTimes as ISO-8601 text ("2021-07-28T00:00:00.000+00:00").
    switch (bucket) {
      case "DAY": return sql`substr(${column}, 1, 10)`;
      case "WEEK": return sql`date(substr(${column}, 1, 10), '-6 days', 'weekday 1')`; // the Monday on or before
      case "MONTH": return sql`(substr(${column}, 1, 7) || '-01')`;
      case "YEAR": return sql`(substr(${column}, 1, 4) || '-01-01')`;
    }
  }
  const unit = raw(`'${bucket.toLowerCase()}'`); // date_trunc('week') starts on Monday, like the SQLite branch
  return sql`to_char(date_trunc(${unit}, ${column}), 'YYYY-MM-DD')`;
}

/** The values of `expression` over the group, joined by `separator` (a constant); NULL for no rows. */
export function stringAgg(provider: Provider, expression: Sql, separator: string): Sql {
  const literal = raw(`'${separator.replace(/'/g, "''")}'`);
  return provider === "sqlite" ? sql`group_concat(${expression}, ${literal})` : sql`string_agg(${expression}, ${literal})`;
}

/** A condition on statement alias `s` that holds when its text matches the search (see search-query.ts). */
export function searchCondition(provider: Provider, query: SearchQuery): Sql {
  if (provider === "sqlite") {
    return sql`s."id" IN (SELECT "rowid" FROM "StatementSearch" WHERE "StatementSearch" MATCH ${toFts5(query)})`;
  }
  return sql`s."id" IN (SELECT "id" FROM "StatementSearch" WHERE "vector" @@ to_tsquery('english', ${toTsquery(query)}))`;
}

/**
 * Ranked search: a FROM clause (aliasing the statement as `s`) plus the relevance score, higher is better,
 * computed by the full-text index itself (bm25 on SQLite, ts_rank on PostgreSQL).
 */
export function rankedSearchSource(provider: Provider, query: SearchQuery): { from: Sql; score: Sql; match: Sql } {
  if (provider === "sqlite") {
    return {
      from: sql`"StatementSearch" JOIN "Statement" s ON s."id" = "StatementSearch"."rowid"`,
      score: sql`(-"StatementSearch"."rank")`,
      match: sql`"StatementSearch" MATCH ${toFts5(query)}`,
    };
  }
  // Stored vectors ("StatementSearch", kept by a trigger): ts_rank reads them instead of re-parsing each match.
  const tsquery = sql`to_tsquery('english', ${toTsquery(query)})`;
  return {
    from: sql`"StatementSearch" JOIN "Statement" s ON s."id" = "StatementSearch"."id"`,
    score: sql`ts_rank("StatementSearch"."vector", ${tsquery})::float8`,
    match: sql`"StatementSearch"."vector" @@ ${tsquery}`,
  };
}

/** An IN list that is never empty (`IN ()` is a syntax error); -1 is no row's id. */
export function idList(ids: number[]): Sql {
  return ids.length === 0 ? sql`-1` : join(ids);
}

/** A row count written into the SQL as an integer literal, not bound: with a bound LIMIT, PostgreSQL's generic plan
 * for a prepared statement (chosen after five runs) guesses the count and may pick a plan that reads far more
 * rows; with a literal every page size has its own statement, planned for it. Only non-negative safe integers. */
export function limitLiteral(count: number): Sql {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`not a row count: ${count}`);
  return raw(String(count));
}
