// Bulk copies of the ingested articles and statements (with their places, topics, stance and targets) under new ids, each copy's
// dates shifted by a different number of days, until the database holds `target` statements. The statements come
// with their placesKey, so the database's triggers find it already right when the links follow. Raw SQL on one
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
    sqlite.prepare(`INSERT INTO "Statement" ("id", "articleId", "speakerId", "quotationId", "kind", "text", "start", "end", "saidOn", "confidence", "createdAt", "placesKey", "stance")
      SELECT "id" + @k * @s, "articleId" + @k * @a, "speakerId", "quotationId", "kind", "text", "start", "end", ${shift('"saidOn"')}, "confidence", "createdAt", "placesKey", "stance"
      FROM "Statement" WHERE "id" <= @s`).run(params);
    sqlite.prepare(`INSERT INTO "StatementPlace" ("statementId", "placeId", "role") SELECT "statementId" + @k * @s, "placeId", "role" FROM "StatementPlace" WHERE "statementId" <= @s`).run(params);
    sqlite.prepare(`INSERT INTO "StatementTopic" ("statementId", "topicId", "score") SELECT "statementId" + @k * @s, "topicId", "score" FROM "StatementTopic" WHERE "statementId" <= @s`).run(params);
    sqlite.prepare(`INSERT INTO "StatementTarget" ("statementId", "position", "name", "kind", "countryCode", "speakerId", "start", "end")
      SELECT "statementId" + @k * @s, "position", "name", "kind", "countryCode", "speakerId", "start", "end" FROM "StatementTarget" WHERE "statementId" <= @s`).run(params);
  });
  for (let k = 1; k <= copies; k++) {
    insert(k);
    if (k % 10 === 0 || k === copies) process.stdout.write(`\rcopy ${k}/${copies}`);
  }
  process.stdout.write("\n");
  return { statements: count("Statement"), articles: count("Article") };
}

/** The same copies on PostgreSQL, through one pg connection. */
export async function copyStatementsPostgres(connectionString: string, target: number): Promise<{ statements: number; articles: number }> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const one = async (text: string) => Number((await client.query(text)).rows[0].n);
    const articles = await one(`SELECT COALESCE(MAX("id"), 0) AS n FROM "Article"`);
    const statements = await one(`SELECT COALESCE(MAX("id"), 0) AS n FROM "Statement"`);
    const base = await one(`SELECT COUNT(*) AS n FROM "Statement"`);
    if (base === 0) throw new Error("nothing to copy: ingestion stored no statements");
    const copies = Math.ceil(target / base) - 1;
    const shift = (column: string) => `${column} - ($1::int * ${SHIFT_DAYS}) * interval '1 day'`;
    for (let k = 1; k <= copies; k++) {
      const params = [k, articles, statements];
      await client.query("BEGIN");
      await client.query(`INSERT INTO "Article" ("id", "externalId", "sourceId", "url", "title", "publishedAt", "datelineName", "datelinePlaceId", "language", "text", "contentHash", "ingestedAt")
        SELECT "id" + $1::int * $2::int, "externalId" || '#' || $1::int, "sourceId", NULL, "title", ${shift('"publishedAt"')}, "datelineName", "datelinePlaceId", "language", "text", "contentHash" || '#' || $1::int, "ingestedAt"
        FROM "Article" WHERE "id" <= $2::int AND $3::int IS NOT NULL`, params);
      await client.query(`INSERT INTO "Statement" ("id", "articleId", "speakerId", "quotationId", "kind", "text", "start", "end", "saidOn", "confidence", "createdAt", "placesKey", "stance")
        SELECT "id" + $1::int * $3::int, "articleId" + $1::int * $2::int, "speakerId", "quotationId", "kind", "text", "start", "end", ${shift('"saidOn"')}, "confidence", "createdAt", "placesKey", "stance"
        FROM "Statement" WHERE "id" <= $3::int`, params);
      await client.query(`INSERT INTO "StatementPlace" ("statementId", "placeId", "role") SELECT "statementId" + $1::int * $2::int, "placeId", "role" FROM "StatementPlace" WHERE "statementId" <= $2::int`, [k, statements]);
      await client.query(`INSERT INTO "StatementTopic" ("statementId", "topicId", "score") SELECT "statementId" + $1::int * $2::int, "topicId", "score" FROM "StatementTopic" WHERE "statementId" <= $2::int`, [k, statements]);
      await client.query(`INSERT INTO "StatementTarget" ("statementId", "position", "name", "kind", "countryCode", "speakerId", "start", "end")
        SELECT "statementId" + $1::int * $2::int, "position", "name", "kind", "countryCode", "speakerId", "start", "end" FROM "StatementTarget" WHERE "statementId" <= $2::int`, [k, statements]);
      await client.query("COMMIT");
      if (k % 10 === 0 || k === copies) process.stdout.write(`\rcopy ${k}/${copies}`);
    }
    process.stdout.write("\n");
    for (const table of ["Article", "Statement"]) {
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX("id") FROM "${table}"))`);
    }
    await client.query("ANALYZE");
    return { statements: await one(`SELECT COUNT(*) AS n FROM "Statement"`), articles: await one(`SELECT COUNT(*) AS n FROM "Article"`) };
  } finally {
    await client.end();
  }
}
