// An API without REDIS_URL never loads the Redis client (ioredis): one machine on SQLite does not carry it. With a
// relay (REDIS_URL set) it is loaded then. Checked in a fresh Node process, whose module cache is its own.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const apiDir = fileURLToPath(new URL("..", import.meta.url));

// Prints how many ioredis modules are loaded after importing the whole API (and the ingest it loads on the first
// write), and again after making a relay. CommonJS packages imported from ESM are in the require cache too.
const SCRIPT = `
import { createRequire } from "node:module";
const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((path) => /[\\\\/]node_modules[\\\\/]ioredis[\\\\/]/.test(path)).length;
await import("./src/yoga.ts");
await import("@dictum/ingest");
const before = loaded();
const { RedisRelay } = await import("./src/lib/live/redis-relay.ts");
const relay = new RedisRelay("redis://127.0.0.1:1", "lazy-redis-test", () => {});
const { publisher, subscriber } = await relay.clients;
publisher.disconnect();
subscriber.disconnect();
console.log(JSON.stringify({ before, after: loaded() }));
`;

describe("the Redis client", () => {
  it("is loaded only when a relay is made", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], { cwd: apiDir, encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    const counts = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { before: number; after: number };
    expect(counts.before).toBe(0);
    expect(counts.after).toBeGreaterThan(0);
  });
});
