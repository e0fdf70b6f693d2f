// The database watch behind statementAdded: it reports statements that any writer stored, once each, and on
// PostgreSQL it does not lose a statement whose transaction commits after one holding a higher id.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { ingestArticles } from "@dictum/ingest";
import { referenceData } from "@dictum/ingest/reference-data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LiveFeed } from "../src/lib/live/feed.ts";
import { StatementWatch } from "../src/lib/live/statement-watch.ts";
import { sql } from "../src/lib/sql.ts";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/000_714ab672fc7d564c.txt", import.meta.url)), "utf8");

/** A copy of a stored statement, through `run` (the client, or an open transaction); returns its id. Of unknown
 * date and with a place key of its own, so that concurrent copies share no count row (whose upsert would make one
 * transaction wait for the other). */
async function copyStatement(run: Pick<TestDb["db"], "$queryRaw">, text: string): Promise<number> {
  const rows = await run.$queryRaw<{ id: number }[]>(sql`
    INSERT INTO "Statement" ("articleId", "kind", "text", "start", "end", "saidOn", "confidence", "placesKey")
    SELECT "articleId", "kind", ${text}, "start", "end", NULL, "confidence", ${`live-test:${text}`} FROM "Statement" ORDER BY "id" LIMIT 1
    RETURNING "id"`);
  return Number(rows[0]!.id);
}

/** A transaction that stays open until `commit` or `rollback` is called. */
function openTransaction(db: TestDb["db"], text: string) {
  let finish!: (commit: boolean) => void;
  const decided = new Promise<boolean>((done) => (finish = done));
  let inserted!: (id: number) => void;
  const id = new Promise<number>((done) => (inserted = done));
  const done = db.$transaction(async (tx) => {
    inserted(await copyStatement(tx, text));
    if (!(await decided)) throw new Error("rolled back on purpose");
  }, { timeout: 60_000 }).catch((error: Error) => {
    if (!/on purpose/.test(error.message)) throw error;
  });
  return { id, commit: async () => (finish(true), done), rollback: async () => (finish(false), done) };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(testProviders())("the statement watch on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const { summary } = await ingestArticles(t.db, [{ id: "seed", source: "TASS", url: null, title: null, publishedAt: "2021-07-28T00:00:00Z", text: seedText }]);
    expect(summary.statements).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("reports what is stored after it starts, once, in id order, and nothing that was there before", async () => {
    const reported: number[] = [];
    const watch = new StatementWatch(t.db, provider, { onIds: (ids) => reported.push(...ids) });
    await watch.tick(); // the starting point
    const first = await copyStatement(t.db, "one");
    const second = await copyStatement(t.db, "two");
    await watch.tick();
    await watch.tick();
    expect(reported).toEqual([first, second]);
    expect(watch.pendingGaps).toEqual([]);
  });

  it("delivers a statement once to a subscriber when its writer announces it and the watch sees it too", async () => {
    const feed = new LiveFeed({ db: t.db, provider, watch: { intervalMs: 20 } });
    const received: number[] = [];
    const iterator = feed.subscribe()[Symbol.asyncIterator]();
    const reading = (async () => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        received.push(...next.value);
      }
    })();
    try {
      await wait(200); // the watch has its starting point
      const id = await copyStatement(t.db, "announced and seen");
      feed.announce([id]);
      const unannounced = await copyStatement(t.db, "seen only");
      await wait(400); // many watch ticks
      expect(received).toEqual([id, unannounced]);
    } finally {
      await iterator.return?.();
      await reading;
      await feed.close();
    }
  });
});

describe.skipIf(!testProviders().includes("postgresql"))("the statement watch on PostgreSQL, out-of-order commits", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb("postgresql", { reference: referenceData() });
    await ingestArticles(t.db, [{ id: "seed", source: "TASS", url: null, title: null, publishedAt: "2021-07-28T00:00:00Z", text: seedText }]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it("reports a lower id that commits after a higher one, and stops looking for one that was rolled back", { timeout: 30_000 }, async () => {
    const reported: number[] = [];
    const watch = new StatementWatch(t.db, "postgresql", { onIds: (ids) => reported.push(...ids) });
    await watch.tick();
    const slow = openTransaction(t.db, "committed late");
    const slowId = await slow.id;
    const abandoned = openTransaction(t.db, "rolled back");
    const abandonedId = await abandoned.id;
    const fast = await copyStatement(t.db, "committed first");
    expect(slowId).toBeLessThan(fast);
    expect(abandonedId).toBeLessThan(fast);
    await watch.tick();
    expect(reported).toEqual([fast]);
    expect(watch.pendingGaps.sort((a, b) => a - b)).toEqual([abandonedId, slowId].sort((a, b) => a - b));

    // Long after the watch passed it, the lower id commits: it is still reported. The other one rolls back.
    await wait(1_500);
    await watch.tick();
    await watch.tick();
    expect(reported).toEqual([fast]);
    await slow.commit();
    await abandoned.rollback();
    await watch.tick();
    expect(reported).toEqual([fast, slowId]);
    // The rolled-back id settles once every transaction that could have held it has ended (horizon, then xmin).
    for (let i = 0; i < 5 && watch.pendingGaps.length > 0; i++) await watch.tick();
    expect(watch.pendingGaps).toEqual([]);
    expect(reported).toEqual([fast, slowId]);
  });
});
