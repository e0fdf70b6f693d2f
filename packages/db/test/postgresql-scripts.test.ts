// Raw-SQL migrations on PostgreSQL (triggers, functions) reach the server whole: adapter-pg alone would split
// them on every ";", including those inside $$ … $$ bodies and string literals.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openSchemaEngine } from "../src/schema-engine.ts";
import { readMigrations, schemaFilter } from "../src/migrations.ts";
import { readSchema } from "../src/schema-files.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

const functionMigration = `
CREATE FUNCTION "dictum_test_note"() RETURNS text LANGUAGE plpgsql AS $$
DECLARE note text := 'one; two';
BEGIN
  RETURN note;
END;
$$;
CREATE TABLE "DictumTestNote" ("value" text NOT NULL DEFAULT 'a;b');
`;

describe.skipIf(!testProviders().includes("postgresql"))("PostgreSQL migration scripts", () => {
  let database: TestDatabase | undefined;
  afterAll(() => database?.drop());

  it("applies a migration with a plpgsql function and semicolons inside strings", async () => {
    database = await createTestDatabase("postgresql");
    const migrations = readMigrations("postgresql");
    migrations.migrationDirectories.push({ path: "29991231000000_function", migrationFile: { path: "migration.sql", content: { tag: "ok", value: functionMigration } } });
    const session = await openSchemaEngine(database.url, readSchema("postgresql"));
    try {
      const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList: migrations, filters: schemaFilter("postgresql") });
      expect(appliedMigrationNames.at(-1)).toBe("29991231000000_function");
    } finally {
      await session.close();
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      expect((await client.query(`SELECT "dictum_test_note"() AS note`)).rows).toEqual([{ note: "one; two" }]);
    } finally {
      await client.end();
    }
  });
});
