// Real processes for the reliability suites: the API server (apps/api/src/server.ts) on a free loopback port and
// the `dictum ingest` command, each with its output captured, so tests can kill them, read their logs and talk
// to them over HTTP exactly as a client would.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../../..");
export const sharedDir = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

export interface Running {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal?: NodeJS.Signals) => void;
}

/** `node ARGS` (TypeScript entries need `--import tsx` in ARGS). */
function run(args: string[], env: Record<string, string | undefined>): Running {
  // Only what the process needs: no inherited DATABASE_URL, token or .env-style surprises from the test runner.
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));
  return { child, output: () => output, exited, kill: (signal = "SIGKILL") => void child.kill(signal) };
}

export interface ApiProcess extends Running {
  port: number;
  url: string;
  graphql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
}

export interface ApiProcessOptions {
  databaseUrl: string;
  token?: string;
  redisUrl?: string;
  env?: Record<string, string>;
}

/** Starts the API and waits until /health answers (60 s at most: the machine is shared). */
export async function startApi(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = await freePort();
  const running = run(["--import", "tsx", "apps/api/src/server.ts"], {
    DATABASE_URL: options.databaseUrl,
    API_PORT: String(port),
    DICTUM_API_TOKEN: options.token,
    REDIS_URL: options.redisUrl,
    ...options.env,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  let exitedEarly = false;
  void running.exited.then(() => (exitedEarly = true));
  for (;;) {
    if (exitedEarly) throw new Error(`the API exited before it was ready:\n${running.output()}`);
    if (Date.now() > deadline) {
      running.kill();
      throw new Error(`the API did not answer /health within 60 s:\n${running.output()}`);
    }
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    ...running,
    port,
    url,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json().catch(() => ({}))) as { data?: any; errors?: any };
      return { status: response.status, data: body.data, errors: body.errors };
    },
  };
}

/** `dictum ingest` as a user runs it (packages/cli/bin/dictum.mjs); `env`: settings such as REDIS_URL. */
export function runIngest(databaseUrl: string, paths: string[], extraArgs: string[] = [], env: Record<string, string> = {}): Running {
  return run(["packages/cli/bin/dictum.mjs", "ingest", "--progress", "lines", "--database-url", databaseUrl, ...extraArgs, ...paths], env);
}

export const INGEST_MUTATION = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } statements { id text start end } } }`;
