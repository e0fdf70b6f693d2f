// Two API instances on one database with live statements through Redis: a statement ingested through one
// instance reaches a subscriber on the other. Runs when REDIS_URL is set (CI sets it; there it must run).
// The instances do not watch the database here, so only Redis can carry the statement; a channel of this run's
// own keeps other test runs on the same Redis out.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@dictum/db";
import { createTestDatabase, type TestDatabase } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../src/yoga.ts";
import { TOKEN } from "./harness.ts";
import { referenceData } from "@dictum/ingest/reference-data";

const redisUrl = process.env.REDIS_URL;
const redisChannel = `test:scale-out:${randomUUID()}`;
if (!redisUrl && process.env.CI === "true") throw new Error("REDIS_URL must be set in CI: the scale-out test may not be skipped there");

describe.skipIf(!redisUrl)("scale-out through Redis", () => {
  let database: TestDatabase;
  const clients: ReturnType<typeof createPrismaClient>[] = [];
  const apis: ReturnType<typeof createApi>[] = [];
  beforeAll(async () => {
    database = await createTestDatabase("sqlite", { migrate: true, reference: referenceData() });
    for (let i = 0; i < 2; i++) {
      const db = createPrismaClient(database.url);
      clients.push(db);
      apis.push(createApi({ db, databaseUrl: database.url, token: TOKEN, redisUrl, redisChannel, watchStatements: false }));
    }
  });
  afterAll(async () => {
    for (const api of apis) await api.close();
    for (const db of clients) await db.$disconnect();
    await database?.drop();
  });

  it("delivers a statement ingested on instance A to a subscriber on instance B", async () => {
    const [a, b] = apis as [ReturnType<typeof createApi>, ReturnType<typeof createApi>];
    const abort = new AbortController();
    const response = await b.fetch("http://b/graphql", {
      method: "POST",
      signal: abort.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { statementAdded(filter: { countries: ["RU"] }) { text } }` }),
    });
    const reader = response.body!.getReader();
    const received = (async () => {
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        buffer += new TextDecoder().decode(value);
        const match = /^data: (.+)$/m.exec(buffer);
        if (match) return JSON.parse(match[1]!);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 300)); // B has subscribed on Redis
    const ingest = await a.fetch("http://a/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({
        query: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { text } } }`,
        variables: { input: { text: 'MOSCOW, March 3. /TASS/. Kremlin spokesman Dmitry Peskov told reporters that Russia was ready for talks. "We are open to dialogue," Peskov said.', source: "TASS", publishedAt: "2024-03-03T00:00:00Z" } },
      }),
    });
    const stored = ((await ingest.json()) as any).data.ingestArticle.statements.map((s: any) => s.text);
    const event = await Promise.race([received, new Promise((resolve) => setTimeout(() => resolve("timeout"), 5_000))]);
    abort.abort();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toContain((event as any)?.data?.statementAdded?.text);
  });
});
