// The bench's processes and load: start a server and wait until it answers (and, for Dictum, says ready), stop it,
// read its peak memory, and hammer one GraphQL request with autocannon. Shared by bench.ts and scale-out.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface Server { name: string; child: ChildProcess; url: string }

export async function start(name: string, command: string[], cwd: string, env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  const child = spawn(process.execPath, command, { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let tries = 0; ; tries++) {
    const ok = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{__typename}"}' }).then((r) => r.ok, () => false);
    if (ok) break;
    if (child.exitCode !== null || tries > 600) throw new Error(`${name} did not start`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  // Dictum's /ready answers 200 once its start-up warm-up is done (PostGraphile has none): the load starts after it.
  for (let tries = 0; name === "Dictum" && !(await fetch(url.replace(/\/graphql$/, "/ready")).then((r) => r.ok, () => false)); tries++) {
    if (tries > 600) throw new Error(`${name} was not ready`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return { name, child, url };
}

export async function stop(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once("exit", done));
  server.child.kill("SIGTERM");
  await exited;
}

/** Peak resident memory of the process so far (VmHWM), in MB. */
export function peakRss(server: Server): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export interface Run { rps: number; p50: number; p99: number; errors: number }

export async function hammer(url: string, body: string, connections: number, duration: number): Promise<Run> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url, connections, duration, timeout: 10,
    requests: [{ method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body,
      onResponse: (status: number, text: string) => { if (status === 200 && text.includes('"errors"')) graphqlErrors++; } }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx + graphqlErrors };
}

