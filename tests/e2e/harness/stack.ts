// The real stack the browser tests and the web benchmark run against: a migrated temporary SQLite database with
// ingested articles, the GraphQL API (apps/api/src/server.ts) and the built dashboard (`next start`), each on a
// free port. Nothing is mocked.
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, runToEnd, startProcess, waitForHttp, type Server } from "./processes.ts";
import { referenceData } from "@dictum/ingest/reference-data";

export const repoRoot = resolve(fileURLToPath(import.meta.url), "../../../..");
const webDir = join(repoRoot, "apps", "web");
const apiDir = join(repoRoot, "apps", "api");
const nextBin = join(repoRoot, "node_modules", "next", "dist", "bin", "next");

export const sharedDir = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");

export interface Database {
  dir: string;
  url: string;
  remove: () => void;
}

/** A fresh SQLite file with the migrations and reference data applied. */
export async function createDatabase(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), "dictum-e2e-"));
  const url = `file:${join(dir, "dictum.db")}`;
  const { migrate } = await import("@dictum/db");
  await migrate(url, { reference: referenceData() });
  return { dir, url, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function ingest(databaseUrl: string, paths: string[]): Promise<{ new: number; statements: number; failed: number }> {
  const { ingestPaths } = await import("@dictum/ingest");
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const result = await ingestPaths(paths, { databaseUrl, progress: "none", out: sink });
  return { new: result.new, statements: result.statements, failed: result.failed };
}

/** The API on a free port: `url` is its /graphql, `origin` what the dashboard is given (DICTUM_API_URL). */
export async function startApi(databaseUrl: string): Promise<{ server: Server; url: string; origin: string; token: string }> {
  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const server = startProcess("API server", process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), DICTUM_API_TOKEN: token, NODE_ENV: "production" },
  });
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;
  await waitForHttp(server, url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
  return { server, url, origin, token };
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds the dashboard when there is no build or a source file is newer than it (CI always starts clean). */
export async function ensureWebBuild(): Promise<void> {
  const buildId = join(webDir, ".next", "BUILD_ID");
  const sources = [join(webDir, "src"), join(webDir, "next.config.ts"), join(webDir, "package.json")];
  if (existsSync(buildId) && statSync(buildId).mtimeMs > Math.max(...sources.map(newestMtime))) return;
  await runToEnd("next build", process.execPath, [nextBin, "build"], { cwd: webDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** The built dashboard (`next start`) on a free port, passing the browser's API requests to `apiOrigin`. */
export async function startWeb(apiOrigin: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ server: Server; url: string }> {
  const port = await freePort();
  const server = startProcess("dashboard", process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, DICTUM_API_URL: apiOrigin, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...extraEnv },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(server, `${url}/icon.svg`);
  return { server, url };
}

export interface Stack {
  apiUrl: string;
  /** The API's write token (Authorization: Bearer …), for tests that ingest through the API. */
  apiToken: string;
  webUrl: string;
  /** What the dashboard process has printed so far (its log), for tests about warnings. */
  webOutput: () => string;
  databaseUrl: string;
  /** Stops only the API, to see what the dashboard does without it. */
  stopApi: () => Promise<void>;
  /** Stops both servers and starts new ones on the same database (cold processes again, for the benchmark). */
  restartServers: (webEnv?: NodeJS.ProcessEnv) => Promise<void>;
  stop: () => Promise<void>;
}

/** Database (filled by `fill`), API and dashboard; `stop` ends both servers and removes the database. */
export async function startStack(fill: (databaseUrl: string) => Promise<void>): Promise<Stack> {
  const database = await createDatabase();
  let servers: Server[] = [];
  const stopServers = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
  };
  const stop = async () => {
    await stopServers();
    database.remove();
  };
  const startServers = async (webEnv?: NodeJS.ProcessEnv) => {
    const api = await startApi(database.url);
    servers.push(api.server);
    const web = await startWeb(api.origin, webEnv);
    servers.push(web.server);
    return { api, web };
  };
  try {
    await Promise.all([fill(database.url), ensureWebBuild()]);
    const { api, web } = await startServers();
    const stack: Stack = {
      apiUrl: api.url,
      apiToken: api.token,
      webUrl: web.url,
      webOutput: web.server.output,
      databaseUrl: database.url,
      stopApi: api.server.stop,
      restartServers: async (webEnv) => {
        await stopServers();
        const next = await startServers(webEnv);
        Object.assign(stack, { apiUrl: next.api.url, apiToken: next.api.token, webUrl: next.web.url, webOutput: next.web.server.output, stopApi: next.api.server.stop });
      },
      stop,
    };
    return stack;
  } catch (error) {
    await stop();
    throw error;
  }
}
