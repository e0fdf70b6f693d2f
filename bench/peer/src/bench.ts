// `npm run bench:peer` (issue 16): Dictum's API and PostGraphile side by side on one PostgreSQL database holding the
// shared corpora (≥ 50,000 statements). Both servers answer the same questions (queries/), alternating within each
// round, with autocannon; the ratio is the median of the per-round ratios, so load from other processes on the
// machine hits both alike. Runs once with Dictum's aggregate cache off, then on.
//   DICTUM_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test [PEER_DB=dictum_bench_peer] [ROUNDS=3]
//   [DURATION=10] [CONNECTIONS=10] [PEER_CACHE=off,on] [PEER_QUERIES=Q1,Q3] npm run bench:peer
// PEER_QUERIES (for iterating on one question) runs only the questions named, and none of the Dictum-only rows.
// The ingested database is kept and reused while the corpus files and migrations are unchanged (its comment holds
// their fingerprint); PEER_FRESH=1 rebuilds it.
// PostGraphile lives in this folder's own install (`npm run bench:peer:install`), not the root's: it declares Node 22,
// and the root install must stay clean on the Node 20.19 Dictum promises. This driver itself runs on the root's
// packages (tsx, pg, autocannon, @dictum/*), found by walking up from here.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { migrate } from "@dictum/db";
import { ingestPaths } from "@dictum/ingest";
import { referenceData } from "@dictum/ingest/reference-data";
import { hammer as hammerOnce, peakRss, start, stop, type Run } from "./servers.ts";

const here = resolve(import.meta.dirname, "..");
const repoRoot = resolve(here, "../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const admin = process.env.DICTUM_TEST_POSTGRES_URL;
const dbName = process.env.PEER_DB ?? "dictum_bench_peer";
const rounds = Number(process.env.ROUNDS ?? 3);
const duration = Number(process.env.DURATION ?? 10);
const connections = Number(process.env.CONNECTIONS ?? 10);
const cacheModes = (process.env.PEER_CACHE ?? "off,on").split(",") as ("off" | "on")[];
const only = process.env.PEER_QUERIES ? new Set(process.env.PEER_QUERIES.split(",")) : null;
const dictumPort = Number(process.env.DICTUM_PORT ?? 4310);
const peerPort = Number(process.env.PEER_PORT ?? 4311);
const corpora = ["reuters21578", "bbc-news-2004-2005", "isot-reuters-2016-2017-sample", "wikinews-2019-2020", "tass-2024-sample"]
  .map((name) => join(shared, "corpus", name, `${name}.jsonl`));

// Checked before anything else, and never installed from here: the bench downloads nothing at run time.
const own = JSON.parse(readFileSync(join(here, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
const missing = Object.keys(own.devDependencies).filter((name) => !existsSync(join(here, "node_modules", name, "package.json")));
if (missing.length) {
  console.error(`bench:peer: ${missing.join(", ")} not installed in bench/peer; run \`npm run bench:peer:install\` once (npm ci of bench/peer/package-lock.json), then run \`npm run bench:peer\` again`);
  process.exit(1);
}
if (!admin) throw new Error("set DICTUM_TEST_POSTGRES_URL (a PostgreSQL server the bench may create a database on)");
const dbUrl = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();

/** Corpus files and migrations: when these are unchanged, the database ingested last time is reused. */
function fingerprint(): string {
  const hash = createHash("sha256");
  for (const file of corpora) hash.update(`${file}:${statSync(file).size}:${statSync(file).mtimeMs}\n`);
  for (const dir of ["prisma/migrations", "prisma-postgresql/migrations"].map((d) => join(repoRoot, d))) {
    try {
      for (const name of readdirSync(dir).sort()) hash.update(`${name}\n`);
    } catch { /* a provider without its own folder */ }
  }
  return hash.digest("hex").slice(0, 16);
}

async function prepareDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const wanted = `dictum bench:peer ${fingerprint()}`;
    const found = await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [dbName]);
    if (found.rowCount && found.rows[0].comment === wanted && process.env.PEER_FRESH !== "1") {
      console.log(`reusing database ${dbName} (same corpus and migrations)`);
      return;
    }
    await client.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${dbName}"`);
    await migrate(dbUrl, { reference: referenceData() });
    const started = performance.now();
    const summary = await ingestPaths(corpora, { databaseUrl: dbUrl, progress: "none", summary: false });
    console.log(`ingested ${summary.new} articles, ${summary.statements} statements in ${((performance.now() - started) / 1000).toFixed(0)} s (ANALYZE included)`);
    await client.query(`COMMENT ON DATABASE "${dbName}" IS '${wanted}'`);
  } finally {
    await client.end();
  }
}

const load = (name: string) => readFileSync(join(here, "queries", `${name}.json`), "utf8");

async function post(url: string, body: string): Promise<any> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const json = await response.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return json.data;
}

/** Comparable rows from either schema: id, text, kind, day said, speaker, article title (and places for Q3). */
function rowsOf(data: any): string[] {
  const nodes = data.statements?.edges?.map((e: any) => e.node) ?? data.allStatements?.edges?.map((e: any) => e.node) ?? [data.statement];
  return nodes.map((n: any) => JSON.stringify([
    n.text, n.kind, n.saidOn === null ? null : new Date(/Z$|[+-]\d\d:\d\d$/.test(n.saidOn) ? n.saidOn : `${n.saidOn}Z`).toISOString(),
    (n.speaker ?? n.speakerBySpeakerId)?.name ?? null, (n.article ?? n.articleByArticleId).title,
    ...(n.places ? [n.places.map((p: any) => p.iso2 ?? p.name).sort()] : n.statementPlacesByStatementId ? [[...new Set<string>(n.statementPlacesByStatementId.nodes.map((l: any) => l.placeByPlaceId.iso2 ?? l.placeByPlaceId.name))].sort()] : []),
  ]));
}

const hammer = (url: string, body: string) => hammerOnce(url, body, connections, duration);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  await prepareDatabase();
  const db = new pg.Client({ connectionString: dbUrl });
  await db.connect();
  const statements = Number((await db.query(`SELECT COUNT(*) AS n FROM "Statement"`)).rows[0].n);
  // Q3: a statement with several places, from the middle of the ids.
  const q3 = Number((await db.query(`SELECT "statementId" AS id FROM "StatementPlace" WHERE "statementId" >= (SELECT MAX("id") / 2 FROM "Statement") GROUP BY 1 HAVING COUNT(DISTINCT "placeId") >= 2 ORDER BY 1 LIMIT 1`)).rows[0].id);
  await db.end();
  console.log(`bench:peer: ${statements} statements in PostgreSQL ${dbName}; ${connections} connections, ${duration} s per run, ${rounds} rounds, servers alternating; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

  const withId = (text: string, id: string) => { const q = JSON.parse(text); q.variables.id = id; return JSON.stringify(q); };
  const questions = [
    { name: "Q1 newest 20", dictum: load("dictum-Q1"), peer: load("pgl-Q1") },
    { name: "Q2 about Iran", dictum: load("dictum-Q2"), peer: load("pgl-Q2") },
    { name: "Q3 by id", dictum: withId(load("dictum-Q3"), Buffer.from(`Statement:${q3}`).toString("base64")), peer: withId(load("pgl-Q3"), Buffer.from(JSON.stringify(["Statement", q3])).toString("base64")) },
    { name: "Q4 per-day counts", dictum: load("dictum-Q4"), peer: load("pgl-Q4b") },
  ].filter((q) => !only || only.has(q.name.split(" ")[0]!));
  const dashboard = only ? [] : [
    ["timeline by month", `{"query":"{ timeline(bucket: MONTH) { start count } }"}`],
    ["map counts", `{"query":"{ placeCounts { countries { place { iso2 } count } regions { place { name } count } } }"}`],
    ["facets (Iran)", `{"query":"{ facets(filter: {countries: [\\"IR\\"]}, limit: 10) { speakers { speaker { name } count } topics { topic { slug } count } sources { source { name } count } } }"}`],
    ["page with totalCount", `{"query":"{ statements(first: 20, filter: {regions: [\\"Western Asia\\"]}) { totalCount edges { node { id text } } } }"}`],
  ];

  const peer = await start("PostGraphile", ["--import", "./src/polyfill.mjs", "src/server.mjs"], here, { DATABASE_URL: dbUrl, PORT: String(peerPort), PGL_AGG: "1", NODE_ENV: "production" }, peerPort);
  try {
    for (const cache of cacheModes) {
      const dictum = await start("Dictum", ["--import", "tsx", "apps/api/src/server.ts"], repoRoot, { DATABASE_URL: dbUrl, API_PORT: String(dictumPort), NODE_ENV: "production", DICTUM_AGGREGATE_CACHE: cache }, dictumPort);
      try {
        // The first page after /ready said ready (the start-up target: ≤ 50 ms), before anything else reaches it.
        const started = performance.now();
        await post(dictum.url, load("dictum-Q1"));
        const firstPage = performance.now() - started;
        for (const q of questions.filter((q) => q.name !== "Q4 per-day counts")) {
          const [a, b] = [rowsOf(await post(dictum.url, q.dictum)), rowsOf(await post(peer.url, q.peer))];
          if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${q.name}: the servers return different rows:\n${a.slice(0, 3).join("\n")}\nvs\n${b.slice(0, 3).join("\n")}`);
        }
        const runs = new Map<string, { dictum: Run[]; peer: Run[] }>(questions.map((q) => [q.name, { dictum: [], peer: [] }]));
        for (let round = 0; round < rounds; round++) {
          for (const q of questions) {
            const r = runs.get(q.name)!;
            // Who goes first alternates, so a load change during the round favours neither.
            if (round % 2 === 0) { r.dictum.push(await hammer(dictum.url, q.dictum)); r.peer.push(await hammer(peer.url, q.peer)); }
            else { r.peer.push(await hammer(peer.url, q.peer)); r.dictum.push(await hammer(dictum.url, q.dictum)); }
          }
        }
        const dictumOnly: [string, Run][] = [];
        for (const [name, body] of dashboard) dictumOnly.push([name, await hammer(dictum.url, body)]);
        const line = (cells: (string | number)[]) => console.log(`| ${cells.join(" | ")} |`);
        console.log(`\nDictum aggregate cache ${cache} (same rows checked for Q1-Q3; per server: median req/s, median p50/p99 ms, errors summed over the rounds)`);
        line(["query", "Dictum req/s", "p50", "p99", "err", "PostGraphile req/s", "p50", "p99", "err", "ratio"]);
        line(Array(10).fill("---"));
        const perRound: string[] = [];
        for (const [name, r] of runs) {
          const m = (rs: Run[], k: keyof Run) => median(rs.map((x) => x[k]));
          const sum = (rs: Run[]) => rs.reduce((n, x) => n + x.errors, 0);
          const ratio = median(r.dictum.map((d, i) => d.rps / r.peer[i]!.rps));
          line([name, m(r.dictum, "rps").toFixed(0), m(r.dictum, "p50"), m(r.dictum, "p99"), sum(r.dictum), m(r.peer, "rps").toFixed(0), m(r.peer, "p50"), m(r.peer, "p99"), sum(r.peer), `${ratio.toFixed(2)}×`]);
          perRound.push(`${name.split(" ")[0]} ${r.dictum.map((d, i) => (d.rps / r.peer[i]!.rps).toFixed(2)).join(" ")}`);
        }
        for (const [name, r] of dictumOnly) line([`${name} (Dictum only)`, r.rps.toFixed(0), r.p50, r.p99, r.errors, "–", "–", "–", "–", "–"]);
        console.log(`ratio per round: ${perRound.join("; ")}`);
        console.log(`first Q1 after /ready: ${firstPage.toFixed(1)} ms (target ≤ 50 ms)`);
        console.log(`peak RSS: Dictum ${peakRss(dictum).toFixed(0)} MB, PostGraphile ${peakRss(peer).toFixed(0)} MB (since each started); load average now ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
      } finally {
        await stop(dictum);
      }
    }
  } finally {
    await stop(peer);
  }
}

await main();
