// The unknown_said_on migration on a database written by the code before it: statements of undated articles had
// the day of ingestion as their date, and every statement a DATELINE link to where its story was filed. After it,
// those dates are NULL, the dateline is no place of the statement's, and the trigger-kept counts match the rows.
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, createPrismaClient } from "../src/index.ts";
import { readMigrations } from "../src/migrations.ts";
import { openSchemaEngine } from "../src/schema-engine.ts";
import { readSchema } from "../src/schema-files.ts";
import { schemaFilter } from "../src/migrations.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

const MIGRATION = "_unknown_said_on";

describe.each(testProviders())("the unknown_said_on migration on %s", (provider) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => { await Promise.all(databases.map((d) => d.drop())); });

  it("clears ingest-day dates of undated articles and drops dateline links, keeping the counts exact", async () => {
    const database = await createTestDatabase(provider);
    databases.push(database);
    const all = readMigrations(provider);
    const last = all.migrationDirectories.findIndex((dir) => dir.path.endsWith(MIGRATION));
    expect(last).toBeGreaterThan(0);
    const before = { ...all, migrationDirectories: all.migrationDirectories.slice(0, last) };
    const session = await openSchemaEngine(database.url, readSchema(provider));
    try {
      await session.engine.applyMigrations({ migrationsList: before, filters: schemaFilter(provider) });
    } finally {
      await session.close();
    }

    let db = createPrismaClient(database.url);
    try {
      const exec = (sql: string) => db.$executeRawUnsafe(sql);
      const kind = provider === "postgresql" ? `'DIRECT'::"StatementKind"` : `'DIRECT'`;
      const role = (r: string) => (provider === "postgresql" ? `'${r}'::"PlaceRole"` : `'${r}'`);
      const day = (d: string) => (provider === "postgresql" ? `'${d}'::timestamp` : `'${d}T00:00:00.000+00:00'`);
      await exec(`INSERT INTO "Place" ("id", "kind", "name", "key") VALUES (1, 'CITY', 'Moscow', 'city:ru:moscow'), (2, 'COUNTRY', 'Poland', 'country:pl')`.replace(/'CITY'|'COUNTRY'/g, (k) => (provider === "postgresql" ? `${k}::"PlaceKind"` : k)));
      await exec(`INSERT INTO "Article" ("id", "text", "contentHash", "publishedAt", "datelinePlaceId") VALUES (1, 'undated', 'h1', NULL, NULL), (2, 'MOSCOW …', 'h2', ${day("2024-02-03")}, 1)`);
      await exec(`INSERT INTO "Quotation" ("id", "fingerprint", "firstSaidOn") VALUES (1, 'f1', ${day("2026-12-02")})`);
      await exec(`INSERT INTO "Statement" ("id", "articleId", "quotationId", "kind", "text", "start", "end", "saidOn", "confidence") VALUES
        (1, 1, 1, ${kind}, 'a', 0, 1, ${day("2026-12-02")}, 1), (2, 1, NULL, ${kind}, 'b', 1, 2, ${day("2026-12-02")}, 1), (3, 2, NULL, ${kind}, 'c', 0, 1, ${day("2024-02-03")}, 1)`);
      await exec(`INSERT INTO "StatementPlace" ("statementId", "placeId", "role") VALUES (3, 1, ${role("DATELINE")}), (3, 2, ${role("MENTIONED")})`);

      await db.$disconnect(); // SQLite migrations need the file to themselves
      // This migration and every later one are applied, in order.
      expect(await applyMigrations(database.url)).toEqual(all.migrationDirectories.slice(last).map((dir) => dir.path));
      db = createPrismaClient(database.url);

      const statements = await db.statement.findMany({ orderBy: { id: "asc" }, select: { saidOn: true, placesKey: true } });
      expect(statements.map((s) => s.saidOn?.toISOString().slice(0, 10) ?? null)).toEqual([null, null, "2024-02-03"]);
      expect(statements.map((s) => s.placesKey)).toEqual(["", "", "2"]);
      expect(await db.statementPlace.findMany({ select: { placeId: true, role: true } })).toEqual([{ placeId: 2, role: "MENTIONED" }]);
      expect((await db.quotation.findUniqueOrThrow({ where: { id: 1 } })).firstSaidOn).toBeNull();
      const days = (await db.statementDayCount.findMany({ where: { count: { gt: 0 } } })).map((r) => [r.saidOn.toISOString().slice(0, 10), r.count]);
      expect(days).toEqual([["2024-02-03", 1]]);
      const sets = (await db.statementPlacesCount.findMany({ where: { count: { gt: 0 } }, orderBy: { placesKey: "asc" } })).map((r) => [r.placesKey, r.count]);
      expect(sets).toEqual([["", 2], ["2", 1]]);

      // The triggers, created again, take a new statement of unknown date.
      await db.statement.create({ data: { id: 4, articleId: 1, kind: "DIRECT", text: "d", start: 2, end: 3, saidOn: null, confidence: 1 } });
      expect((await db.statementPlacesCount.findMany({ where: { placesKey: "" } })).map((r) => r.count)).toEqual([3]);
      expect(await db.statementDayCount.count({ where: { count: { gt: 0 } } })).toBe(1);
      // and the full-text index still follows the table.
      const found = await db.$queryRawUnsafe<unknown[]>(provider === "sqlite"
        ? `SELECT rowid FROM "StatementSearch" WHERE "StatementSearch" MATCH 'd'`
        : `SELECT "id" FROM "StatementSearch" WHERE "vector" @@ to_tsquery('english', 'd')`);
      expect(found.length).toBe(1);
    } finally {
      await db.$disconnect();
    }
  });
});
