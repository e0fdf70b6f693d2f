import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, createPrismaClient, migrationDiff, MigrationError } from "../src/index.ts";
import { readMigrations } from "../src/migrations.ts";
import { createTestDatabase, testProviders, type TestDatabase } from "../src/testing.ts";

describe.each(testProviders())("migrations on %s", (provider) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  it("apply from zero, then a second apply changes nothing", async () => {
    const database = await createTestDatabase(provider);
    databases.push(database);
    const committed = readMigrations(provider).migrationDirectories.map((dir) => dir.path);
    expect(committed[0]).toBe("20261127220000_init");
    expect(await applyMigrations(database.url)).toEqual(committed);
    expect(await applyMigrations(database.url)).toEqual([]);

    const db = createPrismaClient(database.url);
    try {
      await db.place.count();
      // With a client connected (a running API), an up-to-date database is not locked nor waited on.
      const started = performance.now();
      expect(await applyMigrations(database.url)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(2_000);
      const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`);
      expect(rows.map((row) => row.migration_name)).toEqual(committed);
      const article = await db.article.create({
        data: { text: "DUSHANBE, Nov 27 (Reuters) - ...", contentHash: "h1", source: { create: { name: "Reuters" } } },
        include: { source: true },
      });
      expect(article.source?.name).toBe("Reuters");
      await expect(db.article.create({ data: { text: "same", contentHash: "h1" } })).rejects.toThrow(/Unique constraint/);
    } finally {
      await db.$disconnect();
    }
  });

  it("the committed migrations match prisma/schema.prisma (a new diff is empty)", async () => {
    const url = provider === "sqlite" ? "file::memory:" : (await createTestDatabase(provider).then((d) => (databases.push(d), d))).url;
    expect(await migrationDiff(provider, url)).toBeNull();
  });
});

describe("migration errors", () => {
  it("an unreachable PostgreSQL gives one clear line", async () => {
    const attempt = applyMigrations("postgresql://postgres@127.0.0.1:1/dictum");
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/dictum: connect ECONNREFUSED 127\.0\.0\.1:1$/);
  });

  it("an unsupported URL is refused before anything connects", async () => {
    await expect(applyMigrations("mysql://localhost/dictum")).rejects.toThrow(/DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//);
  });
});
