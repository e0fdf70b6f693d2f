// Child processes for the browser tests and the web benchmark: free ports, servers that are waited for until they
// answer, and that are stopped (the whole process group) however the run ends.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A port nobody listens on: from DICTUM_TEST_PORTS ("4500-4599") when set, so engineers sharing a machine keep to
 * their own ranges, otherwise one the system picks. */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.DICTUM_TEST_PORTS ?? "");
  if (!range) return listenOn(0);
  const [low, high] = [Number(range[1]), Number(range[2])];
  // Start at a random place, so two suites in one range rarely race for the same port.
  const offset = Math.floor(Math.random() * (high - low + 1));
  for (let step = 0; step <= high - low; step += 1) {
    try {
      return await listenOn(low + ((offset + step) % (high - low + 1)));
    } catch {
      /* taken: try the next */
    }
  }
  throw new Error(`no free port in DICTUM_TEST_PORTS=${process.env.DICTUM_TEST_PORTS}`);
}

function listenOn(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface Server {
  name: string;
  child: ChildProcess;
  /** Everything the process printed, for the error message when it fails. */
  output: () => string;
  stop: () => Promise<void>;
}

export function startProcess(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Server {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { name, child, output: () => log, stop };
}

/** Polls `url` until it answers 2xx; fails early with the server's output if the process exits. */
export async function waitForHttp(server: Server, url: string, init: RequestInit = {}, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited with code ${server.child.exitCode}:\n${server.output()}`);
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${server.name} did not answer ${url} within ${timeoutMs / 1000} s (${lastError}):\n${server.output()}`);
}

export function runToEnd(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((done, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? done(log) : reject(new Error(`${name} failed with code ${code}:\n${log.slice(-8_000)}`))));
  });
}
