// Live data from every writer (issue 15): with a statementAdded subscriber open, `dictum ingest` runs as a user runs
// it (a child process) and every statement it stores reaches the subscriber, exactly once. On SQLite without
// Redis the API notices them in the database; on PostgreSQL with Redis the CLI publishes them there, in the
// format the API's own writes use: an instance that does not watch the database still gets them, and one that
// watches and listens to Redis gets each once.
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dictum/api";
import { createPrismaClient } from "@dictum/db";
import { createTestDatabase, postgresTestUrl, type TestDatabase } from "@dictum/db/testing";
import { referenceData } from "@dictum/ingest/reference-data";
import { runIngest, sharedDir, startApi, type ApiProcess } from "./helpers/processes.ts";

const ARTICLES = 12;
const redisUrl = process.env.REDIS_URL;
const ci = process.env.CI === "true" || process.env.CI === "1";
if (ci && !redisUrl) throw new Error("REDIS_URL must be set in CI: the Redis half of this test may not be skipped there");

let dir: string;
let input: string;
beforeAll(() => {
  // Unannotated wire stories: enough statements to span several ingest batches (--batch-size 4).
  const lines = readFileSync(join(sharedDir, "corpus/reuters21578/reuters21578.jsonl"), "utf8").split("\n").slice(0, ARTICLES);
  dir = mkdtempSync(join(tmpdir(), "dictum-live-"));
  input = join(dir, "reuters.jsonl");
  writeFileSync(input, `${lines.join("\n")}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** An open statementAdded subscription (server-sent events); `ids` collects every statement it delivers. */
async function subscribe(fetchFn: Fetch, url: string) {
  const abort = new AbortController();
  const response = await fetchFn(url, {
    method: "POST",
    signal: abort.signal,
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query: "subscription { statementAdded { id } }" }),
  });
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const ids: number[] = [];
  let buffer = "";
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        const id = data ? JSON.parse(data)?.data?.statementAdded?.id : undefined;
        if (id) ids.push(Number(Buffer.from(id, "base64").toString("utf8").split(":")[1]));
      }
    }
  })();
  return {
    ids,
    /** Waits until `count` statements arrived (or `ms` passed), then a little longer, so duplicates would show. */
    async settle(count: number, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (ids.length < count && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
      await new Promise((wait) => setTimeout(wait, 1_000));
      return [...ids].sort((a, b) => a - b);
    },
    close: async () => {
      abort.abort();
      await reader.cancel().catch(() => {}); // an in-process response does not end on the abort alone
      await pump;
    },
  };
}

async function storedIds(databaseUrl: string): Promise<number[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    return (await db.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  } finally {
    await db.$disconnect();
  }
}

async function ingestWithCli(databaseUrl: string, env: Record<string, string> = {}): Promise<string> {
  const cli = runIngest(databaseUrl, [input], ["--batch-size", "4", "--no-migrate"], env);
  const { code } = await cli.exited;
  expect(code, cli.output()).toBe(0);
  return cli.output();
}

describe("statements stored by `dictum ingest` reach subscribers", () => {
  const databases: TestDatabase[] = [];
  const apis: ApiProcess[] = [];
  afterAll(async () => {
    for (const api of apis) {
      if (api.child.exitCode === null) {
        api.kill("SIGTERM");
        await api.exited;
      }
    }
    for (const database of databases) await database.drop();
  });

  it("on SQLite without Redis: the API finds them in the database", { timeout: 120_000 }, async () => {
    const database = await createTestDatabase("sqlite", { migrate: true, reference: referenceData() });
    databases.push(database);
    const api = await startApi({ databaseUrl: database.url });
    apis.push(api);
    const subscriber = await subscribe(fetch, `${api.url}/graphql`);
    try {
      await new Promise((wait) => setTimeout(wait, 500)); // subscribed, and the watch has its starting point
      await ingestWithCli(database.url);
      const stored = await storedIds(database.url);
      expect(stored.length).toBeGreaterThan(ARTICLES);
      expect(await subscriber.settle(stored.length), api.output()).toEqual(stored);
    } finally {
      await subscriber.close();
    }
  });

  const postgres = postgresTestUrl();
  it.skipIf(!postgres || !redisUrl)("on PostgreSQL with Redis: the CLI publishes them, and a watching instance gets each once", { timeout: 180_000 }, async () => {
    const database = await createTestDatabase("postgresql", { migrate: true, reference: referenceData() });
    databases.push(database);
    const channel = `test:live-writers:${randomUUID()}`; // other runs on the same Redis stay out
    // One instance in this process that does not watch the database: only Redis can tell it.
    const db = createPrismaClient(database.url);
    const redisOnly = createApi({ db, databaseUrl: database.url, redisUrl, redisChannel: channel, watchStatements: false });
    // One server process that watches the database and listens to Redis: both can tell it, it must say it once.
    const both = await startApi({ databaseUrl: database.url, redisUrl, env: { REDIS_CHANNEL: channel } });
    apis.push(both);
    const onRedisOnly = await subscribe((url, init) => Promise.resolve(redisOnly.fetch(url, init)), "http://redis-only.test/graphql");
    const onBoth = await subscribe(fetch, `${both.url}/graphql`);
    try {
      await new Promise((wait) => setTimeout(wait, 1_000)); // both have subscribed on Redis
      const output = await ingestWithCli(database.url, { REDIS_URL: redisUrl!, REDIS_CHANNEL: channel });
      expect(output).not.toMatch(/live updates not sent/);
      const stored = await storedIds(database.url);
      expect(stored.length).toBeGreaterThan(ARTICLES);
      expect(await onRedisOnly.settle(stored.length)).toEqual(stored);
      expect(await onBoth.settle(stored.length), both.output()).toEqual(stored);
    } finally {
      await onRedisOnly.close();
      await onBoth.close();
      await redisOnly.close();
      await db.$disconnect();
    }
  });
});
