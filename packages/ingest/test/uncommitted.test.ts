// An article another transaction on the same client has written but not committed is not "present": SQLite
// clients have one connection, so a read outside that transaction sees its rows; if the transaction rolls back
// (or the process dies before COMMIT) an answer "present" would acknowledge an article that is not stored.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import type { ArticleInput } from "@dictum/extract";
import { contentHash, ingestArticles } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const sample: ArticleInput[] = readFileSync(resolve(import.meta.dirname, "fixtures/corpus-sample.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

describe.each(testProviders())("uncommitted articles on %s", (provider) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("an article held by an open transaction that then rolls back is stored, not answered present", async () => {
    let onLookup: (() => void) | null = null;
    t = await createTestDb(provider, { reference: referenceData(), onQuery: (event) => {
      if (/^SELECT/i.test(event.query) && event.query.includes('"contentHash" IN')) onLookup?.();
    } });
    const db = t.db;
    const [warmUp, article] = [sample[0]!, sample[1]!];
    await ingestArticles(db, [warmUp]); // opens the client's shared ingester and loads the extractor

    let rollBack!: () => void;
    const rolledBack = new Promise<void>((done) => (rollBack = done));
    let inserted!: () => void;
    const insertedRow = new Promise<void>((done) => (inserted = done));
    const other = db.$transaction(async (tx) => {
      await tx.article.create({ data: { externalId: "other-writer", url: article.url, text: article.text, contentHash: contentHash(article.text) } });
      inserted();
      await rolledBack;
      throw new Error("the other writer rolls back");
    }, { timeout: 30_000 }).catch((error: Error) => error.message);
    await insertedRow;

    // Roll the other transaction back once the ingest has looked the article up (or after 2 s: on PostgreSQL the
    // lookup cannot see the row, and the insert waits on its unique key until the rollback).
    const lookedUp = new Promise<void>((done) => (onLookup = done));
    const ingesting = ingestArticles(db, [article]);
    await Promise.race([lookedUp, new Promise((wait) => setTimeout(wait, 2_000))]);
    rollBack();
    expect(await other).toBe("the other writer rolls back");

    const [outcome] = (await ingesting).articles;
    const stored = await db.article.findMany({ where: { contentHash: contentHash(article.text) }, select: { id: true, url: true } });
    expect(outcome?.status, JSON.stringify(outcome)).toBe("new");
    expect(stored).toEqual([{ id: outcome!.articleId, url: article.url }]);
  });

  it("a copy of an article that could not be stored is not answered present either", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const article = sample[0]!;
    const refuse = () => {
      throw new Error("refused");
    };
    const { articles } = await ingestArticles(t.db, [article, { ...article, id: "copy" }], { extract: refuse });
    expect(articles.map((a) => [a.status, a.articleId])).toEqual([["failed", undefined], ["failed", undefined]]);
    expect(await t.db.article.count()).toBe(0);
  });
});
