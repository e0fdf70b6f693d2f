// Every installed package must run on the Node the root package.json promises (README: Node 20.19+). npm only warns
// about a dependency that needs a newer Node; this test turns that warning into a failure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../e2e/harness/stack.ts";

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  link?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

// The Prisma CLI's `prisma dev` (a local Prisma Postgres server) pulls this in at an exact version; Dictum never runs
// `prisma dev`, so its Node 22 requirement does not reach any Dictum command.
const EXEMPT = new Set(["node_modules/@prisma/streams-local"]);

// The peer benchmark (bench/peer) runs PostGraphile, which declares Node 22, under the polyfill from
// ../shared/peer-api; it is a measuring tool, never part of a Dictum command. What only it pulls in is exempt.
const BENCH_ONLY_WORKSPACES = ["bench/peer"];

const root = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

/** The lock paths a lock entry's dependencies resolve to, as Node resolves them (nearest node_modules first). */
function resolve(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.includes("/node_modules/") ? dir.slice(0, dir.lastIndexOf("/node_modules/")) : "") {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
  }
}

function reachable(starts: string[], withDev: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const entry = lock.packages[path];
    if (!entry) continue;
    const names = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies, ...(withDev || starts.includes(path) ? entry.devDependencies : {}) };
    for (const name of Object.keys(names)) {
      const target = resolve(path, name);
      if (target) queue.push(target);
    }
  }
  return seen;
}

function benchOnlyPackages(): Set<string> {
  const workspaces = Object.keys(lock.packages).filter((path) => path && !path.includes("node_modules/"));
  const others = reachable(["", ...workspaces.filter((path) => !BENCH_ONLY_WORKSPACES.includes(path))], false);
  return new Set([...reachable(BENCH_ONLY_WORKSPACES, false)].filter((path) => !others.has(path)));
}

describe("declared Node engine", () => {
  const minimum = semver.minVersion(root.engines.node);

  it("has a minimum version", () => {
    expect(minimum?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is supported by every installed package", () => {
    const excluding: string[] = [];
    const benchOnly = benchOnlyPackages();
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path || EXEMPT.has(path) || benchOnly.has(path) || Array.isArray(entry.engines)) continue;
      const range = entry.engines?.node;
      if (range && !semver.satisfies(minimum!, range, { includePrerelease: true })) excluding.push(`${path}@${entry.version} needs node ${range}`);
    }
    expect(excluding).toEqual([]);
  });
});
