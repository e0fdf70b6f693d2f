// npm run bench:api — loads ≥ 1,000,000 statements into a fresh SQLite database and measures the API on it
// (in process, yoga.fetch, one request at a time): p50/p95 latency and requests/s for the dashboard's main reads.
//
// Loading: a slice of the shared corpora goes through the real pipeline (@dictum/ingest: extraction, speakers,
// places, topics), then those articles and statements are copied under new ids with shifted dates by SQL until
// there are ≥ 1,000,000 statements. BENCH_DB=<file> keeps the database and reuses it on the next run.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { createPrismaClient, migrate, type Db } from "@dictum/db";
import { createApi } from "../src/yoga.ts";
import { createTestDatabase, postgresTestUrl } from "@dictum/db/testing";
import { copyStatements, copyStatementsPostgres } from "./bench-load.ts";
import { referenceData } from "@dictum/ingest/reference-data";

const TARGET = Number(process.env.BENCH_STATEMENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const SLICE: [string, number][] = [
  ["corpus/tass-2024-sample/tass-2024-sample.jsonl", 10],
  ["corpus/wikinews-2019-2020/wikinews-2019-2020.jsonl", 300],
  ["corpus/isot-reuters-2016-2017-sample/isot-reuters-2016-2017-sample.jsonl", 1100],
  ["corpus/reuters21578/reuters21578.jsonl", 1200],
];

const keep = process.env.BENCH_DB;
const dir = keep ? dirname(resolve(keep)) : mkdtempSync(join(tmpdir(), "dictum-bench-api-"));
const file = keep ? resolve(keep) : join(dir, "bench.db");
const url = `file:${file}`;

async function load(db: Db, copy: () => Promise<{ statements: number; articles: number }>): Promise<void> {
  const { ingestArticles } = await import("@dictum/ingest");
  const seed = readFileSync(join(repoRoot, "seeds/000_714ab672fc7d564c.txt"), "utf8");
  const articles = [{ id: "seed", source: "TASS", url: null, publishedAt: "2021-07-28", title: null, text: seed }];
  for (const [path, count] of SLICE) {
    const lines = readFileSync(join(shared, path), "utf8").split("\n").filter(Boolean).slice(0, count);
    articles.push(...lines.map((line) => JSON.parse(line)));
  }
  let started = performance.now();
  const { summary } = await ingestArticles(db, articles);
  console.log(`ingested ${summary.new} articles, ${summary.statements} statements through @dictum/ingest in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const total = await copy();
  console.log(`copied to ${total.statements} statements, ${total.articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** `target`: the p95 it must meet (ms, cached); by default 30 for a page, 100 for an aggregate. */
interface Case { name: string; kind: "page" | "aggregate"; query: string; variables?: Record<string, unknown>; target?: number }

const NODE = `edges { cursor node { id text kind saidOn speaker { name } article { title source { name } } places { code name } } } pageInfo { hasNextPage endCursor }`;
const CASES: Case[] = [
  { name: "statements, first page, unfiltered", kind: "page", query: `{ statements(first: 20) { totalCount ${NODE} } }` },
  { name: "statements, region Europe + one year", kind: "page", query: `{ statements(first: 20, filter: { regions: ["Europe"], from: "2017-01-01", to: "2017-12-31" }) { totalCount ${NODE} } }` },
  { name: "statements, region Central Asia + 2 years", kind: "page", query: `{ statements(first: 20, filter: { regions: ["Central Asia"], from: "2021-01-01", to: "2022-12-31" }) { totalCount ${NODE} } }` },
  { name: "statements, full-text search", kind: "page", query: `{ statements(first: 20, filter: { search: "oil prices" }) { totalCount ${NODE} } }` },
  { name: "timeline (MONTH), everything", kind: "aggregate", query: `{ timeline(bucket: MONTH) { start count } }` },
  { name: "placeCounts, everything", kind: "aggregate", query: `{ placeCounts { countries { place { code name lat lon } count } regions { place { code name } count } } }` },
  // Who from where said what about whom (issue 12): the filters and the relations matrix, p95 ≤ 50 ms.
  { name: "statements, speakerCountries RU", kind: "page", target: 50, query: `{ statements(first: 20, filter: { speakerCountries: ["RU"] }) { totalCount ${NODE} } }` },
  { name: "statements, speakerCountries US + one year", kind: "page", target: 50, query: `{ statements(first: 20, filter: { speakerCountries: ["US"], from: "2017-01-01", to: "2017-12-31" }) { totalCount ${NODE} } }` },
  { name: "statements, saidIn GB", kind: "page", target: 50, query: `{ statements(first: 20, filter: { saidIn: ["GB"] }) { totalCount ${NODE} } }` },
  { name: "statements, stances CRITICISES", kind: "page", target: 50, query: `{ statements(first: 20, filter: { stances: [CRITICISES] }) { totalCount ${NODE} } }` },
  { name: "statements, targetCountries US", kind: "page", target: 50, query: `{ statements(first: 20, filter: { targetCountries: ["US"] }) { totalCount ${NODE} } }` },
  { name: "statements, minConfidence 0.9", kind: "page", target: 50, query: `{ statements(first: 20, filter: { minConfidence: 0.9 }) { totalCount ${NODE} } }` },
  { name: "statements, relations cell US→RU WARNS", kind: "page", target: 50, query: `{ statements(first: 20, filter: { speakerCountries: ["US"], targetCountries: ["RU"], stances: [WARNS] }) { totalCount ${NODE} } }` },
  { name: "relations, everything", kind: "aggregate", target: 50, query: `{ relations(limit: 400) { from { code } to { code } stance count } }` },
  { name: "relations, one year", kind: "aggregate", target: 50, query: `{ relations(limit: 400, filter: { from: "2017-01-01", to: "2017-12-31" }) { from { code } to { code } stance count } }` },
  { name: "relations, speakerCountries US", kind: "aggregate", target: 50, query: `{ relations(limit: 400, filter: { speakerCountries: ["US"] }) { from { code } to { code } stance count } }` },
];
// BENCH_CASES=<regular expression>: only the cases (and exports) whose name matches, e.g. while tuning one query.
const only = process.env.BENCH_CASES ? new RegExp(process.env.BENCH_CASES, "i") : null;

interface Measured { p50: number; p95: number; rps: number; cpuMs: number }

async function measure(api: ReturnType<typeof createApi>, c: Case, runs: number): Promise<Measured> {
  const run = async () => {
    const response = await api.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: c.query, variables: c.variables }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors) throw new Error(`${c.name}: ${body.errors[0]?.message}`);
  };
  for (let i = 0; i < Math.min(10, runs); i++) await run(); // warm-ups: JIT, statement caches
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]!;
  // CPU time per request (this process: server and client) is what the shared machine's load does not inflate.
  return { p50: pct(50), p95: pct(95), rps: runs / seconds, cpuMs: (used.user + used.system) / 1000 / runs };
}

// Streamed exports (src/lib/export-routes.ts), read to the end as a client would; target ≥ 20,000 statements/s.
const EXPORTS = [
  { name: "export CSV, one year", path: "/export/statements.csv?from=2017-01-01&to=2017-12-31", filter: { from: "2017-01-01", to: "2017-12-31" } },
  { name: "export JSON Lines, region Europe", path: "/export/statements.jsonl?region=Europe", filter: { regions: ["Europe"] } },
  { name: "export CSV, search \"oil\"", path: "/export/statements.csv?q=oil", filter: { search: "oil" } },
];

async function measureExport(api: ReturnType<typeof createApi>, e: (typeof EXPORTS)[number]): Promise<string> {
  const countResponse = await api.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query ($f: StatementFilter) { statements(filter: $f, first: 0) { totalCount } }", variables: { f: e.filter } }) });
  const statements = ((await countResponse.json()) as { data: { statements: { totalCount: number } } }).data.statements.totalCount;
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let bytes = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const response = await api.fetch(`http://bench${e.path}`);
  if (response.status !== 200) throw new Error(`${e.name}: HTTP ${response.status} ${await response.text()}`);
  const reader = response.body!.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  const rate = statements / seconds;
  // Per CPU-second of this process (server and reader): what a shared, loaded machine does not inflate.
  const cpuRate = statements / cpuSeconds;
  return `${e.name.padEnd(42)} | ${String(statements).padStart(7)} statements, ${mb(bytes)} in ${seconds.toFixed(2)} s: ${Math.round(rate).toLocaleString("en")} statements/s ` +
    `(≥ 20,000 ${rate >= 20_000 ? "met" : "MISSED"}), ${Math.round(cpuRate).toLocaleString("en")} per CPU-second; RSS grew ${mb(rssPeak - rssBefore)} while streaming ${mb(bytes)}`;
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
function line(c: Case, cached: Measured, cold: Measured): string {
  const target = c.target ?? (c.kind === "page" ? 30 : 100);
  return `${c.name.padEnd(42)} | cached: p50 ${ms(cached.p50)} p95 ${ms(cached.p95)} ${cached.rps.toFixed(1).padStart(7)} req/s ` +
    `cpu ${ms(cached.cpuMs)} (p95 ≤ ${target} ms ${cached.p95 <= target ? "met" : "MISSED"}) | computed: p50 ${ms(cold.p50)} p95 ${ms(cold.p95)} ${cold.rps.toFixed(1).padStart(6)} req/s cpu ${ms(cold.cpuMs)}`;
}

async function report(provider: string, db: Db, databaseUrl: string, where: string): Promise<void> {
  const count = await db.statement.count();
  console.log(`bench:api ${provider}: ${count} statements in ${where}; sequential requests in process (yoga.fetch) after warm-ups; load average ${loadavg().map((n) => n.toFixed(1)).join(" ")} on ${cpus().length} cores`);
  console.log(`"cached": the API as served (counts and aggregates cached per filter until a statement is added), ${RUNS} requests; "computed": every count recomputed (cache off), ${COLD_RUNS} requests for aggregates`);
  const cached = createApi({ db, databaseUrl });
  const computed = createApi({ db, databaseUrl, cacheAggregates: false });
  for (const c of CASES.filter((c) => !only || only.test(c.name))) console.log(line(c, await measure(cached, c, RUNS), await measure(computed, c, c.kind === "page" ? RUNS : COLD_RUNS)));
  for (const e of EXPORTS.filter((e) => !only || only.test(e.name))) console.log(await measureExport(cached, e));
  await cached.close();
  await computed.close();
}

// SQLite (the targets apply here).
const reuse = keep && existsSync(file);
// A kept database gets the migrations added since it was built (new indexes), like any deployment.
await migrate(url, { reference: referenceData() });
const db = createPrismaClient(url);
try {
  if (!reuse) await load(db, () => {
    const sqlite = new Database(file);
    const total = copyStatements(sqlite, TARGET);
    sqlite.exec("ANALYZE");
    sqlite.close();
    return Promise.resolve(total);
  });
  await report("sqlite", db, url, file);
} finally {
  await db.$disconnect();
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

// PostgreSQL, beside it, when asked (BENCH_POSTGRES=1 and DICTUM_TEST_POSTGRES_URL): loading takes minutes.
if (process.env.BENCH_POSTGRES === "1" && postgresTestUrl()) {
  const database = await createTestDatabase("postgresql", { migrate: true, reference: referenceData() });
  const pgDb = createPrismaClient(database.url);
  try {
    await load(pgDb, () => copyStatementsPostgres(database.url, TARGET));
    await report("postgresql", pgDb, database.url, "a fresh PostgreSQL database");
  } finally {
    await pgDb.$disconnect();
    await database.drop();
  }
} else {
  console.log("bench:api postgresql: not run (set BENCH_POSTGRES=1 and DICTUM_TEST_POSTGRES_URL; loading a million rows takes minutes)");
}
