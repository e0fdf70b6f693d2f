// `npm run bench:load` (issue 7): the API server process on a loopback port, a database holding an ingested corpus
// slice, and autocannon sending the dashboard's own queries (read from apps/web's .graphql files, so the mix follows
// the dashboard) for DURATION seconds. Prints requests/s, p50/p99 latency and errors (HTTP errors, timeouts and
// GraphQL errors in 200 responses) for SQLite, then for PostgreSQL when DICTUM_TEST_POSTGRES_URL is set.
//   DURATION=60 CONNECTIONS=10 ARTICLES=3000 [BENCH_PROVIDERS=sqlite,postgresql] npm run bench:load
// LOAD_SQLITE_FILE=/tmp/x.db keeps the SQLite database there and reuses it on the next run (no second ingest) while
// it holds the same number of articles: for before/after comparisons at 50,000+ statements (ARTICLES=19000).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import { createPrismaClient, migrate, type Provider } from "@dictum/db";
import { createTestDatabase, postgresTestUrl } from "@dictum/db/testing";
import { ingestPaths } from "@dictum/ingest";
import { referenceData } from "@dictum/ingest/reference-data";
import { dashboardOperations } from "./dashboard-operations.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const duration = Number(process.env.DURATION ?? 60);
const connections = Number(process.env.CONNECTIONS ?? 10);
const articles = Number(process.env.ARTICLES ?? 3000);
const operations = dashboardOperations(join(repoRoot, "apps/web/src"));
const operation = (name: string) => operations.get(name) ?? (() => { throw new Error(`no operation ${name} in apps/web`); })();
const [STATEMENT_PAGE, OVERVIEW, TIMELINE, STATEMENT_DETAIL, SPEAKER] = ["StatementPage", "Overview", "Timeline", "StatementDetail", "SpeakerPage"].map(operation) as [string, string, string, string, string];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

/** One dashboard visit's worth of requests, weighted as a reader uses it: list pages and overviews most. */
function dashboardMix(ids: { statements: string[]; speakers: string[] }) {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const page = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    body(STATEMENT_PAGE, { filter, orderBy: { field: "SAID_ON", direction: "DESC" }, first: 20, withTotal: true, ...extra });
  const overview = (filter: Record<string, unknown>) => body(OVERVIEW, { filter, facetLimit: 30, sample: 50 });
  const range = { from: "1987-01-01", to: "1987-12-31" };
  const weighted: [string, string, number][] = [
    ["first page, unfiltered", page({}), 6],
    ["page by region and dates", page({ regions: ["Western Europe"], ...range }), 3],
    ["page by country", page({ countries: ["US", "JP"] }), 2],
    ["full-text search", body(STATEMENT_PAGE, { filter: { search: "oil prices" }, orderBy: { field: "RELEVANCE", direction: "DESC" }, first: 20, withTotal: true }), 3],
    ["overview, unfiltered", overview({}), 3],
    ["overview by region", overview({ regions: ["Eastern Asia"] }), 2],
    ["timeline by week", body(TIMELINE, { filter: range, bucket: "WEEK" }), 2],
    ...ids.statements.slice(0, 3).map((id): [string, string, number] => ["statement page", body(STATEMENT_DETAIL, { id }), 1]),
    ...ids.speakers.slice(0, 3).map((id): [string, string, number] => ["speaker page", body(SPEAKER, { id }), 1]),
    ...ids.speakers.slice(0, 2).map((id): [string, string, number] => ["speaker's statements", page({ speakers: [id] }), 1]),
  ];
  return weighted.flatMap(([name, payload, weight]) => Array.from({ length: weight }, () => ({ name, body: payload })));
}

/** The kept SQLite file named by LOAD_SQLITE_FILE (created and migrated when absent; never dropped). */
async function keptDatabase(file: string): Promise<{ url: string; drop(): Promise<void> }> {
  const url = `file:${resolve(file)}`;
  if (!existsSync(file)) await migrate(url, { reference: referenceData() });
  return { url, drop: async () => {} };
}

async function bench(provider: Provider): Promise<void> {
  const kept = provider === "sqlite" ? process.env.LOAD_SQLITE_FILE : undefined;
  const database = kept ? await keptDatabase(kept) : await createTestDatabase(provider, { migrate: true, reference: referenceData() });
  const dir = mkdtempSync(join(tmpdir(), "dictum-load-"));
  let child: ReturnType<typeof spawn> | undefined;
  try {
    const slice = join(dir, "corpus.jsonl");
    const lines = readFileSync(join(shared, "corpus/reuters21578/reuters21578.jsonl"), "utf8").split("\n").filter(Boolean).slice(0, articles);
    writeFileSync(slice, `${lines.join("\n")}\n${readFileSync(join(shared, "corpus/tass-2024-sample/tass-2024-sample.jsonl"), "utf8")}`);
    const db = createPrismaClient(database.url);
    // A kept database is used as it is (re-ingesting the same slice would skip every article anyway, slowly).
    const held = kept ? await db.article.count() : 0;
    const ingested = held > 0 ? { new: held } : await ingestPaths([slice], { db, progress: "none", summary: false });
    const statementCount = await db.statement.count();
    const port = await freePort();
    child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/server.ts"], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, DATABASE_URL: database.url, API_PORT: String(port), NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const url = `http://127.0.0.1:${port}`;
    for (let tries = 0; !(await fetch(`${url}/ready`).then((r) => r.ok, () => false)); tries++) {
      if (tries > 600) throw new Error("the API was not ready within 60 s");
      await new Promise((wait) => setTimeout(wait, 100));
    }
    const ids = await idsOf(url);
    await db.$disconnect();
    const mix = dashboardMix(ids);
    const alone = await latencyAlone(url, mix);
    let graphqlErrors = 0;
    const firstErrors = new Set<string>();
    const result = await autocannon({
      url: `${url}/graphql`,
      connections,
      duration,
      timeout: 10,
      requests: mix.map((request) => ({
        method: "POST" as const,
        headers: { "content-type": "application/json", accept: "application/json" },
        body: request.body,
        onResponse: (status: number, responseBody: string) => {
          if (status === 200 && responseBody.includes('"errors"')) {
            graphqlErrors++;
            if (firstErrors.size < 3) firstErrors.add(`${request.name}: ${responseBody.slice(0, 200)}`);
          }
        },
      })),
    });
    const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
    console.log(
      `bench:load ${provider}: ${ingested.new} articles${held ? " (kept database)" : ""}, ${statementCount} statements; ${connections} connections for ${duration} s, ` +
        `${new Set(mix.map((m) => m.name)).size} dashboard queries in a ${mix.length}-request cycle; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}\n` +
        `  ${result.requests.average.toFixed(0)} requests/s (${result.requests.total} requests), latency p50 ${result.latency.p50} ms, ` +
        `p99 ${result.latency.p99} ms, max ${result.latency.max} ms; errors ${errors} ` +
        `(${result.errors} connection, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${graphqlErrors} GraphQL)`,
    );
    for (const error of firstErrors) console.log(`  e.g. ${error}`);
    console.log(`  each query alone (median of 3, sequential): ${alone.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(", ")}`);
  } finally {
    child?.kill("SIGTERM");
    if (child && child.exitCode === null) await new Promise((exited) => child!.once("exit", exited));
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}

/** Each distinct query timed on its own before the load, to show which ones the load's latency comes from. */
async function latencyAlone(url: string, mix: { name: string; body: string }[]): Promise<[string, number][]> {
  const distinct = [...new Map(mix.map((m) => [m.name, m.body])).entries()];
  const out: [string, number][] = [];
  for (const [name, body] of distinct) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await (await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
      times.push(performance.now() - started);
    }
    out.push([name, times.sort((a, b) => a - b)[1]!]);
  }
  return out;
}

/** A few real statement and speaker ids for the detail pages. */
async function idsOf(url: string): Promise<{ statements: string[]; speakers: string[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ statements(first: 20) { edges { node { id speaker { id } } } } }` }),
  });
  const { data } = (await response.json()) as { data: { statements: { edges: { node: { id: string; speaker: { id: string } | null } }[] } } };
  const nodes = data.statements.edges.map((e) => e.node);
  return { statements: nodes.map((n) => n.id), speakers: [...new Set(nodes.flatMap((n) => (n.speaker ? [n.speaker.id] : [])))] };
}

// BENCH_PROVIDERS=postgresql runs one of them only.
const only = process.env.BENCH_PROVIDERS?.split(",");
if (!only || only.includes("sqlite")) await bench("sqlite");
if (!only || only.includes("postgresql")) {
  if (postgresTestUrl()) await bench("postgresql");
  else console.log("bench:load postgresql: skipped (set DICTUM_TEST_POSTGRES_URL to run it)");
}
