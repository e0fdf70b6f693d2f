// Bulk copies of the ingested articles and statements (with their places and topics) under new ids, each copy's
// dates shifted by a different number of days, until the database holds `target` statements. Raw SQL on one
// better-sqlite3 connection: a million rows in a couple of minutes instead of hours of ingestion.
import type { Database } from "better-sqlite3";

const SHIFT_DAYS = 53; // per copy; spreads the copies over the years without landing on the originals' days

export function copyStatements(sqlite: Database, target: number): { statements: number; articles: number } {
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  const max = (table: string) => (sqlite.prepare(`SELECT COALESCE(MAX("id"), 0) AS m FROM "${table}"`).get() as { m: number }).m;
  const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const articles = max("Article");
  const statements = max("Statement");
  const base = count("Statement");
  if (base === 0) throw new Error("nothing to copy: ingestion stored no statements");
  const copies = Math.ceil(target / base) - 1;
  const shift = (column: string) => `strftime('%Y-%m-%dT%H:%M:%f', substr(${column}, 1, 23), '-' || (@k * ${SHIFT_DAYS}) || ' days') || '+00:00'`;
  const insert = sqlite.transaction((k: number) => {
    const params = { k, a: articles, s: statements };
    sqlite.prepare(`INSERT INTO "Article" ("id", "externalId", "sourceId", "url", "title", "publishedAt", "datelineName", "datelinePlaceId", "language", "text", "contentHash", "ingestedAt")
      SELECT "id" + @k * @a, "externalId" || '#' || @k, "sourceId", NULL, "title", ${shift('"publishedAt"')}, "datelineName", "datelinePlaceId", "language", "text", "contentHash" || '#' || @k, "ingestedAt"
      FROM "Article" WHERE "id" <= @a`).run(params);
    sqlite.prepare(`INSERT INTO "Statement" ("id", "articleId", "speakerId", "quotationId", "kind", "text", "start", "end", "saidOn", "confidence", "createdAt")
      SELECT "id" + @k * @s, "articleId" + @k * @a, "speakerId", "quotationId", "kind", "text", "start", "end", ${shift('"saidOn"')}, "confidence", "createdAt"
      FROM "Statement" WHERE "id" <= @s`).run(params);
    sqlite.prepare(`INSERT INTO "StatementPlace" ("statementId", "placeId", "role") SELECT "statementId" + @k * @s, "placeId", "role" FROM "StatementPlace" WHERE "statementId" <= @s`).run(params);
    sqlite.prepare(`INSERT INTO "StatementTopic" ("statementId", "topicId", "score") SELECT "statementId" + @k * @s, "topicId", "score" FROM "StatementTopic" WHERE "statementId" <= @s`).run(params);
  });
  for (let k = 1; k <= copies; k++) {
    insert(k);
    if (k % 10 === 0 || k === copies) process.stdout.write(`\rcopy ${k}/${copies}`);
  }
  process.stdout.write("\n");
  return { statements: count("Statement"), articles: count("Article") };
}
