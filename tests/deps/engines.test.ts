// Every installed package must run on the Node the root package.json promises (README: Node 20.19+). npm only warns
// about a dependency that needs a newer Node; this test turns that warning into a failure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../e2e/harness/stack.ts";

interface LockEntry { version?: string; engines?: { node?: string } | string[]; link?: boolean }

// The Prisma CLI's `prisma dev` (a local Prisma Postgres server) pulls this in at an exact version; Dictum never runs
// `prisma dev`, so its Node 22 requirement does not reach any Dictum command.
const EXEMPT = new Set(["node_modules/@prisma/streams-local"]);

const root = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

describe("declared Node engine", () => {
  const minimum = semver.minVersion(root.engines.node);

  it("has a minimum version", () => {
    expect(minimum?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is supported by every installed package", () => {
    const excluding: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path || EXEMPT.has(path) || Array.isArray(entry.engines)) continue;
      const range = entry.engines?.node;
      if (range && !semver.satisfies(minimum!, range, { includePrerelease: true })) excluding.push(`${path}@${entry.version} needs node ${range}`);
    }
    expect(excluding).toEqual([]);
  });
});
