// `npm run bench:peer:scale`: how requests/s grows from one Dictum API process to two on one PostgreSQL database
// (docs/deployment.md, "Scale-out"). Runs on the database `npm run bench:peer` built (PEER_DB) and never builds it.
// Each round hammers Q1 (newest 20, cache off) with CONNECTIONS connections to one process, then with half of them to
// each of two processes at once; the order alternates between rounds, so a change of load favours neither.
//   DICTUM_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test [PEER_DB=dictum_bench_peer] [ROUNDS=3]
//   [DURATION=15] [CONNECTIONS=10] npm run bench:peer:scale
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { hammer, start, stop, type Run, type Server } from "./servers.ts";

const here = resolve(import.meta.dirname, "..");
const repoRoot = resolve(here, "../..");
const admin = process.env.DICTUM_TEST_POSTGRES_URL;
const dbName = process.env.PEER_DB ?? "dictum_bench_peer";
const rounds = Number(process.env.ROUNDS ?? 3);
const duration = Number(process.env.DURATION ?? 15);
const connections = Number(process.env.CONNECTIONS ?? 10);
const ports = [Number(process.env.DICTUM_PORT ?? 4310), Number(process.env.DICTUM_PORT ?? 4310) + 2];
if (!admin) throw new Error("set DICTUM_TEST_POSTGRES_URL (the PostgreSQL server holding bench:peer's database)");
const dbUrl = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();

async function statementCount(): Promise<number> {
  const client = new pg.Client({ connectionString: dbUrl });
  try {
    await client.connect();
    return Number((await client.query(`SELECT COUNT(*) AS n FROM "Statement"`)).rows[0].n);
  } catch (error) {
    throw new Error(`needs database ${dbName}, which \`npm run bench:peer\` builds: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}

const startDictum = (port: number) => start("Dictum", ["--import", "tsx", "apps/api/src/server.ts"], repoRoot,
  { DATABASE_URL: dbUrl, API_PORT: String(port), NODE_ENV: "production", DICTUM_AGGREGATE_CACHE: "off" }, port);

/** Both processes loaded at once; their requests/s add up, the slower tail is the one a user sees. */
async function hammerBoth(servers: Server[], body: string): Promise<Run> {
  const runs = await Promise.all(servers.map((server) => hammer(server.url, body, connections / servers.length, duration)));
  return { rps: runs.reduce((n, r) => n + r.rps, 0), p50: Math.max(...runs.map((r) => r.p50)), p99: Math.max(...runs.map((r) => r.p99)), errors: runs.reduce((n, r) => n + r.errors, 0) };
}

async function main(): Promise<void> {
  const statements = await statementCount();
  const body = readFileSync(join(here, "queries", "dictum-Q1.json"), "utf8");
  const servers = [await startDictum(ports[0]!), await startDictum(ports[1]!)];
  try {
    console.log(`bench:peer:scale: ${statements} statements in PostgreSQL ${dbName}; Q1 newest 20, cache off; ${connections} connections, ${duration} s per run, ${rounds} rounds`);
    console.log("| round | one process | two processes | ratio | load average |\n|---|---|---|---|---|");
    for (let round = 1; round <= rounds; round++) {
      const one = () => hammer(servers[0]!.url, body, connections, duration);
      const two = () => hammerBoth(servers, body);
      let a: Run, b: Run;
      if (round % 2) { a = await one(); b = await two(); } else { b = await two(); a = await one(); }
      const cell = (r: Run) => `${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms${r.errors ? `, ${r.errors} errors` : ""}`;
      console.log(`| ${round} | ${cell(a)} | ${cell(b)} | ${(b.rps / a.rps).toFixed(2)}× | ${loadavg()[0]!.toFixed(1)} |`);
    }
  } finally {
    await Promise.all(servers.map(stop));
  }
}

// A missing database or a server that does not start is one line, not a stack trace.
await main().catch((error: Error) => {
  console.error(`bench:peer:scale: ${error.message}`);
  process.exit(1);
});
