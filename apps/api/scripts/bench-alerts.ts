// `npm run bench:alerts`: how long from an ingest (its response) to the webhook POST arriving at a local receiver,
// and how long a saved search's Atom feed takes (full response and a 304 revalidation), on a migrated SQLite (and
// PostgreSQL when DICTUM_TEST_POSTGRES_URL is set) database. The worker polls every second (the default), but an
// ingest through the API pokes it at once; ingests are spaced 1.2 s apart so the 1 request/s limit does not count.
import { referenceData } from "@dictum/ingest/reference-data";
import { loadavg } from "node:os";
import { createPrismaClient } from "@dictum/db";
import { createTestDatabase, postgresTestUrl } from "@dictum/db/testing";
import { startReceiver } from "../test/alerts/receiver.ts";
import { ingestWithPipeline } from "../src/lib/ingest.ts";
import { createApi } from "../src/yoga.ts";

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const TOKEN = "bench-token";
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p90 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.9)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function bench(provider: "sqlite" | "postgresql") {
  const database = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
  const db = createPrismaClient(database.url);
  const api = createApi({ db, databaseUrl: database.url, token: TOKEN, allowPrivateWebhooks: true, webhooks: true });
  const receiver = await startReceiver();
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await api.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }) });
    return ((await response.json()) as any).data;
  };
  try {
    const saved = await gql(`mutation($input: SaveSearchInput!) { saveSearch(input: $input) { feedPath } }`, { input: { name: "bench", filter: { sources: ["TASS"] }, notify: { webhookUrl: receiver.url, secret: "s" } } });
    const delays: number[] = [];
    for (let n = 1; n <= ROUNDS; n++) {
      const text = `MOSCOW, June ${n}. /TASS/. Deputy Foreign Minister Sergei Ryabkov said that Russia would reply to proposal ${n}. "We will answer soon on point ${n}," Ryabkov told reporters.`;
      const seen = receiver.received.length;
      await gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`, { input: { text, source: "TASS", publishedAt: "2024-06-01T00:00:00Z" } });
      const stored = performance.now();
      while (receiver.received.length === seen) await sleep(2);
      delays.push(performance.now() - stored);
      await sleep(1_200);
    }
    // A writer other than the API (`dictum ingest`): only the worker's once-a-second scan of the database sees it.
    const polled: number[] = [];
    for (let n = 1; n <= ROUNDS; n++) {
      const text = `MOSCOW, July ${n}. /TASS/. Deputy Foreign Minister Sergei Ryabkov said that Russia would study offer ${n}. "We will look at clause ${n}," Ryabkov told reporters.`;
      const seen = receiver.received.length;
      await ingestWithPipeline(db, [{ text, source: "TASS", publishedAt: new Date("2024-07-01T00:00:00Z") }]);
      const stored = performance.now();
      while (receiver.received.length === seen) await sleep(2);
      polled.push(performance.now() - stored);
      await sleep(1_200 + Math.random() * 1_000); // not in step with the poll
    }
    const feed = async (etag?: string) => {
      const start = performance.now();
      const response = await api.fetch(`http://bench${saved.saveSearch.feedPath}`, { headers: etag ? { "if-none-match": etag } : {} });
      await response.text();
      return { ms: performance.now() - start, etag: response.headers.get("etag")!, status: response.status };
    };
    const first = await feed();
    const full: number[] = [];
    const revalidate: number[] = [];
    for (let i = 0; i < 30; i++) {
      full.push((await feed()).ms);
      const r = await feed(first.etag);
      if (r.status !== 304) throw new Error(`expected 304, got ${r.status}`);
      revalidate.push(r.ms);
    }
    console.log(`${provider}: ingest → webhook median ${median(delays).toFixed(0)} ms, p90 ${p90(delays).toFixed(0)} ms (${ROUNDS} ingests); direct database write → webhook median ${median(polled).toFixed(0)} ms, p90 ${p90(polled).toFixed(0)} ms; feed of ${Math.min(50, ROUNDS * 4)} entries median ${median(full).toFixed(1)} ms, 304 median ${median(revalidate).toFixed(1)} ms`);
  } finally {
    await api.close();
    await receiver.close();
    await db.$disconnect();
    await database.drop();
  }
}

console.log(`load average ${loadavg().map((n) => n.toFixed(1)).join(" ")} (the machine is shared; figures are indicative)`);
await bench("sqlite");
if (postgresTestUrl()) await bench("postgresql");
