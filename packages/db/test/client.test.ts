import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, dbProvider, sqlitePath, type Db } from "../src/index.ts";
import { repoRoot } from "../src/schema-files.ts";
import { createTestDb, testProviders, type TestDb } from "../src/testing.ts";

describe("dbProvider and sqlitePath", () => {
  it.each([
    ["file:./data/dictum.db", "sqlite"],
    ["file:/tmp/x.db", "sqlite"],
    ["postgres://u@h/db", "postgresql"],
    ["postgresql://postgres@127.0.0.1:5432/test", "postgresql"],
  ])("%s is %s", (url, provider) => expect(dbProvider(url)).toBe(provider));

  it.each(["mysql://localhost/x", "./data/dictum.db", "sqlite:x.db", ""])("refuses %j", (url) => {
    expect(() => dbProvider(url)).toThrow(/^DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//);
  });

  it("resolves relative files against the repository root, whatever the cwd", () => {
    expect(sqlitePath("file:./data/dictum.db")).toBe(join(repoRoot, "data", "dictum.db"));
    expect(sqlitePath("file:/tmp/a.db")).toBe("/tmp/a.db");
    expect(() => sqlitePath("file:")).toThrow(/names no file/);
  });
});

describe.each(testProviders())("client on %s", (provider) => {
  let test: TestDb;
  let db: Db;
  const sql: string[] = [];
  beforeAll(async () => {
    test = await createTestDb(provider, { reference: false, onQuery: (event) => sql.push(event.query) });
    db = test.db;
  });
  afterAll(() => test?.close());

  it("counts SQL statements, so tests can catch N+1 queries", async () => {
    const source = await db.source.create({ data: { name: "TASS" } });
    for (const n of [1, 2, 3]) await db.article.create({ data: { sourceId: source.id, text: `text ${n}`, contentHash: `hash-${n}` } });
    sql.length = 0;
    const sources = await db.source.findMany({ include: { articles: true } });
    expect(sources[0]?.articles).toHaveLength(3);
    expect(sql).toHaveLength(2); // sources, then articles WHERE sourceId IN (...)
    expect(sql[1]).toMatch(/sourceId["`]? IN/);
  });

  it("stores dates and enums the same way on both databases", async () => {
    const article = await db.article.findFirstOrThrow();
    const speaker = await db.speaker.create({ data: { name: "Emomali Rahmon", key: "emomali rahmon" } });
    const saidOn = new Date("2026-11-27T10:00:00Z");
    const statement = await db.statement.create({
      data: { articleId: article.id, speakerId: speaker.id, kind: "DIRECT", text: "text", start: 0, end: 4, saidOn, confidence: 0.9 },
    });
    expect(statement.saidOn).toEqual(saidOn);
    expect(await db.statement.count({ where: { kind: "DIRECT", saidOn: { gte: new Date("2026-11-27") } } })).toBe(1);
  });
});

describe("default SQLite file", () => {
  it("creates the directory of a new file and switches it to WAL", async () => {
    const test = await createTestDb("sqlite", { reference: false });
    try {
      expect(existsSync(sqlitePath(test.url))).toBe(true);
      const [mode] = await test.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode?.journal_mode).toBe("wal");
    } finally {
      await test.close();
    }
  });
});
