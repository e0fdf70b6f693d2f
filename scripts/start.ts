// `npm start`: validate the settings, migrate the database (with the reference data), load seeds/, then serve the
// API (apps/api, port API_PORT) and the dashboard (apps/web, port WEB_PORT) as child processes. Ctrl-C or SIGTERM
// stops both; if either dies, everything stops with a message saying which one.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig, type Config } from "@dictum/config";
import { referenceData } from "@dictum/ingest/reference-data";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const apiDir = join(root, "apps", "api");
const webDir = join(root, "apps", "web");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const children = new Map<string, ChildProcess>();
let stopping = false;

const log = (message: string) => console.log(`[dictum] ${message}`);

/** Every failure ends here: one line on stderr (DICTUM_DEBUG=1 adds the stack), children stopped, exit 1. */
function fail(message: string): void {
  if (stopping) return;
  console.error(`[dictum] error: ${message}`);
  void stopChildren().finally(() => process.exit(1));
}

async function main(): Promise<void> {
  const config = loadConfig();
  await ensurePrismaClients();
  const { migrate, describeMigration } = await import("@dictum/db");
  const result = await migrate(config.DATABASE_URL, { reference: referenceData() });
  for (const line of describeMigration(result)) log(line);
  await loadSeeds(config);

  for (const [name, port] of [["API_PORT", config.API_PORT], ["WEB_PORT", config.WEB_PORT]] as const) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} (${name}) is already in use; stop what runs there or set ${name}`);
  }
  const env = childEnv(config);
  if (existsSync(join(apiDir, "src", "server.ts"))) {
    run("API server (apps/api)", process.execPath, ["--import", "tsx", "src/server.ts"], apiDir, env);
  } else {
    log("warning: apps/api/src/server.ts does not exist yet; the API is not started");
  }
  if (existsSync(join(webDir, "src", "app")) || existsSync(join(webDir, "app"))) {
    // The dashboard's operation types are generated from the .graphql files and the committed schema (gitignored,
    // like the Prisma clients); made again first, so a build never reads stale ones. Unchanged files stay untouched.
    await runToCompletion("operation types (apps/web codegen)", process.execPath, ["--import", "tsx", "scripts/codegen.ts"], webDir, env);
    if (webBuildIsStale()) {
      log("building the dashboard (next build, about a minute on a fresh clone)…");
      await runToCompletion("dashboard build (next build)", process.execPath, [nextBin, "build"], webDir, env);
    }
    run("dashboard (apps/web)", process.execPath, [nextBin, "start", "-p", String(config.WEB_PORT)], webDir, env);
  } else {
    log("warning: apps/web has no app/ yet; the dashboard is not started");
  }
  await announceWhenReady(config);
}

/** The generated clients are gitignored; `npm install` generates them (postinstall), but a skipped install must not
 * leave `npm start` with a missing-module stack trace. */
async function ensurePrismaClients(): Promise<void> {
  if (existsSync(join(root, "packages", "db", "src", "generated", "postgresql", "client.ts"))) return;
  log("generating the Prisma clients…");
  await runToCompletion("prisma generate", "npm", ["run", "-s", "db:generate", "-w", "@dictum/db"], root, process.env);
}

// ─── seeds ────────────────────────────────────────────────────────────────────────────────────────────────────────
// Seeds go through the same path as `npx dictum ingest seeds/`: @dictum/ingest's ingestPaths, which stores each
// article once (by content hash), so running `npm start` again adds nothing.
const ingestModule = "@dictum/ingest"; // a variable, so type-checking does not require the package before it exists
async function loadSeeds(config: Config): Promise<void> {
  const seedsDir = join(root, "seeds");
  const entry = join(root, "packages", "ingest", "src", "index.ts");
  const ingest = existsSync(entry) ? ((await import(ingestModule)) as { ingestPaths?: unknown }) : {};
  if (typeof ingest.ingestPaths !== "function") {
    log("warning: @dictum/ingest does not export ingestPaths yet; seeds/ not loaded");
    return;
  }
  const ingestPaths = ingest.ingestPaths as (paths: string[], options: IngestOptions) => Promise<{ new: number; present: number; failed: number }>;
  const summary = await ingestPaths([seedsDir], { databaseUrl: config.DATABASE_URL, progress: "none", summary: false });
  log(`seeds/: ${summary.new} new, ${summary.present} already present, ${summary.failed} failed`);
  if (summary.failed > 0) throw new Error(`${summary.failed} seed article(s) could not be stored (see above)`);
}

/** The part of @dictum/ingest's IngestPathsOptions used here. */
interface IngestOptions {
  databaseUrl: string;
  progress: "none";
  summary: boolean;
}

// ─── child processes ──────────────────────────────────────────────────────────────────────────────────────────────
function childEnv(config: Config): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: config.DATABASE_URL,
    API_PORT: String(config.API_PORT),
    WEB_PORT: String(config.WEB_PORT),
    DICTUM_API_URL: config.DICTUM_API_URL,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function run(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd, env, stdio: "inherit" });
  children.set(name, child);
  child.on("error", (error) => fail(`${name} could not start: ${error.message}`));
  child.on("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) fail(`${name} exited (${signal ?? `code ${code}`}); stopping Dictum`);
  });
  return child;
}

function runToCompletion(name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    children.set(name, child);
    child.on("error", (error) => fail(`${name} could not start: ${error.message}`));
    child.on("exit", (code, signal) => {
      children.delete(name);
      if (code === 0) done();
      else if (!stopping) fail(`${name} failed (${signal ?? `code ${code}`})`);
    });
  });
}

async function stopChildren(): Promise<void> {
  stopping = true;
  const running = [...children.values()].filter((child) => child.exitCode === null && child.signalCode === null);
  await Promise.all(running.map((child) => new Promise<void>((done) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => { clearTimeout(kill); done(); });
    child.kill("SIGTERM");
  })));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    log(`${signal}: stopping…`);
    stopChildren().then(() => process.exit(0));
  });
}

// Outputs of next itself (next-env.d.ts is rewritten by every build) and files the build does not read.
const ignoredForBuild = new Set([".next", "node_modules", "test", "tests", "next-env.d.ts", ".turbo"]);

/** True unless a build exists and no source file of apps/web is newer than it. */
function webBuildIsStale(): boolean {
  const buildId = join(webDir, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (dir: string): boolean => readdirSync(dir, { withFileTypes: true }).some((entry) => {
    if (ignoredForBuild.has(entry.name) || entry.name.endsWith(".tsbuildinfo")) return false;
    const path = join(dir, entry.name);
    return entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > builtAt;
  });
  return newer(webDir);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer().once("error", () => done(false)).once("listening", () => server.close(() => done(true)));
    server.listen(port);
  });
}

async function announceWhenReady(config: Config): Promise<void> {
  const urls = [
    ...(children.has("API server (apps/api)") ? [`http://localhost:${config.API_PORT}/graphql?query=%7B__typename%7D`] : []),
    ...(children.has("dashboard (apps/web)") ? [`http://localhost:${config.WEB_PORT}/`] : []),
  ];
  const deadline = Date.now() + 180_000;
  for (const url of urls) {
    // Read to the end: the dashboard's first render (and the API's counts behind it) then finishes before "ready",
    // so the first visitor neither pays for it nor waits behind it on the API's one thread.
    while (!(await fetch(url).then(async (r) => (await r.text(), r.status < 500), () => false))) {
      if (stopping) return;
      if (Date.now() > deadline) throw new Error(`${url} did not answer within 3 minutes`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  log(`ready: API http://localhost:${config.API_PORT}/graphql · dashboard http://localhost:${config.WEB_PORT} (Ctrl-C stops both)`);
}

main().catch((error: unknown) => {
  if (process.env.DICTUM_DEBUG) console.error(error);
  fail(error instanceof Error ? (error.message.split("\n")[0] ?? error.name) : String(error));
});
