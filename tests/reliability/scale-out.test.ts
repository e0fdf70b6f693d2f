// Scale-out (issue 7): two API processes on different ports, one PostgreSQL database, live statements through
// Redis. A statement ingested through one instance reaches an SSE subscriber on the other, in both directions.
// Needs DICTUM_TEST_POSTGRES_URL and Redis (REDIS_URL, default redis://127.0.0.1:6379); in CI both must be there.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresTestUrl, type TestDatabase } from "@dictum/db/testing";
import { INGEST_MUTATION, startApi, type ApiProcess } from "./helpers/processes.ts";
import { referenceData } from "@dictum/ingest/reference-data";

const TOKEN = "scale-out-token";
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const ci = process.env.CI === "true" || process.env.CI === "1";

async function redisReachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(2000);
    socket.once("connect", () => (socket.end(), done(true)));
    socket.once("error", () => done(false));
    socket.once("timeout", () => (socket.destroy(), done(false)));
  });
}

const postgres = postgresTestUrl(); // throws in CI when unset
const redis = await redisReachable(redisUrl);
if (ci && !redis) throw new Error(`Redis at ${redisUrl} is not reachable: the scale-out test may not be skipped in CI`);

/** Subscribes to statementAdded over server-sent events; `next()` resolves with the next event's data. */
async function subscribe(api: ApiProcess) {
  const abort = new AbortController();
  const response = await fetch(`${api.url}/graphql`, {
    method: "POST",
    signal: abort.signal,
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query: `subscription { statementAdded { text article { url } } }` }),
  });
  expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const events: any[] = [];
  const pump = (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) !== -1) {
        const message = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(message)?.[1];
        if (data) events.push(JSON.parse(data));
      }
    }
  })();
  return {
    events,
    async waitFor(url: string, ms = 15_000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const hit = events.find((e) => e?.data?.statementAdded?.article?.url === url);
        if (hit) return hit.data.statementAdded as { text: string };
        await new Promise((wait) => setTimeout(wait, 50));
      }
      return null;
    },
    close: async () => {
      abort.abort();
      await pump;
    },
  };
}

describe.skipIf(!postgres || !redis)("two API processes on one PostgreSQL with Redis", () => {
  let database: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  beforeAll(async () => {
    database = await createTestDatabase("postgresql", { migrate: true, reference: referenceData() });
    [a, b] = await Promise.all([startApi({ databaseUrl: database.url, token: TOKEN, redisUrl }), startApi({ databaseUrl: database.url, token: TOKEN, redisUrl })]);
  }, 120_000);
  afterAll(async () => {
    for (const api of [a, b]) {
      if (api && api.child.exitCode === null) {
        api.kill("SIGTERM");
        await api.exited;
      }
    }
    await database?.drop();
  });

  it("delivers a statement ingested through either instance to subscribers on both", { timeout: 90_000 }, async () => {
    expect(a.port).not.toBe(b.port);
    const onA = await subscribe(a);
    const onB = await subscribe(b);
    try {
      await new Promise((wait) => setTimeout(wait, 1000)); // both have subscribed on Redis
      const cases: [ApiProcess, string, string][] = [
        [a, "https://scale.test/through-a", 'MOSCOW, March 3. /TASS/. "We are open to dialogue," Kremlin spokesman Dmitry Peskov told reporters.'],
        [b, "https://scale.test/through-b", 'ASTANA, March 4. /TASS/. "The border will stay open," Kazakh Foreign Minister Murat Nurtleu said on Monday.'],
      ];
      for (const [through, url, text] of cases) {
        const r = await through.graphql(INGEST_MUTATION, { input: { text, url, source: "TASS", publishedAt: "2024-03-04T00:00:00Z" } }, { authorization: `Bearer ${TOKEN}` });
        expect(r.errors).toBeUndefined();
        const stored = r.data.ingestArticle.statements.map((s: { text: string }) => s.text);
        expect(stored.length).toBeGreaterThan(0);
        for (const [name, subscriber] of [["A", onA], ["B", onB]] as const) {
          const event = await subscriber.waitFor(url);
          expect(event, `subscriber on ${name} for ${url}\nA: ${a.output()}\nB: ${b.output()}`).not.toBeNull();
          expect(stored).toContain(event!.text);
        }
      }
    } finally {
      await onA.close();
      await onB.close();
    }
  });

  it("keeps serving reads and writes on one instance while the other shuts down", { timeout: 60_000 }, async () => {
    b.kill("SIGTERM");
    expect((await b.exited).code).toBe(0);
    expect((await a.graphql(`{ statements(first: 5) { totalCount } }`)).data.statements.totalCount).toBeGreaterThanOrEqual(2);
    expect((await fetch(`${a.url}/ready`)).status).toBe(200);
  });
});
