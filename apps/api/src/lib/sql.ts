// The SQL that differs between SQLite and PostgreSQL, in one place. Everything else in src/lib builds
// provider-neutral Prisma.Sql fragments (Prisma picks the placeholder style per client).
import { Prisma, type Provider } from "@dictum/db";

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

/** Words of a user's search, stripped of every operator character so no input can break the query syntax. */
export function searchTerms(search: string): string[] {
  return (search.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);
}

/** A condition on statement alias `s` that holds when its text matches every search term. */
export function searchCondition(provider: Provider, terms: string[]): Sql {
  if (provider === "sqlite") {
    return sql`s."id" IN (SELECT "rowid" FROM "StatementSearch" WHERE "StatementSearch" MATCH ${ftsQuery(terms)})`;
  }
  return sql`s."id" IN (SELECT "id" FROM "StatementSearch" WHERE "vector" @@ plainto_tsquery('english', ${terms.join(" ")}))`;
}

/** SQLite FTS5 query: every term quoted (so "and", "or", "near" are words, not operators), all required. */
function ftsQuery(terms: string[]): string {
  return terms.map((term) => `"${term}"`).join(" ");
}

/**
 * Ranked search: a FROM clause (aliasing the statement as `s`) plus the relevance score, higher is better,
 * computed by the full-text index itself (bm25 on SQLite, ts_rank on PostgreSQL).
 */
export function rankedSearchSource(provider: Provider, terms: string[]): { from: Sql; score: Sql; match: Sql } {
  if (provider === "sqlite") {
    return {
      from: sql`"StatementSearch" JOIN "Statement" s ON s."id" = "StatementSearch"."rowid"`,
      score: sql`(-"StatementSearch"."rank")`,
      match: sql`"StatementSearch" MATCH ${ftsQuery(terms)}`,
    };
  }
  // Stored vectors ("StatementSearch", kept by a trigger): ts_rank reads them instead of re-parsing each match.
  const query = sql`plainto_tsquery('english', ${terms.join(" ")})`;
  return {
    from: sql`"StatementSearch" JOIN "Statement" s ON s."id" = "StatementSearch"."id"`,
    score: sql`ts_rank("StatementSearch"."vector", ${query})::float8`,
    match: sql`"StatementSearch"."vector" @@ ${query}`,
  };
}
