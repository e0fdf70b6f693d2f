// Every installed package must run on the Node the root package.json promises (README: Node 20.19+). npm only warns
// (EBADENGINE) about a dependency that needs a newer Node; this test turns that warning into a failure, over the
// whole tree `npm install` writes: every entry of the lockfile, and the package.json actually on disk for each one
// that is installed. No exemptions: what needs a newer Node stays out of the root install (the PostGraphile bench
// has its own, `npm run bench:peer:install`; `@prisma/dev` is pinned by an override to a release without the
// Node 22 `@prisma/streams-local`).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../e2e/harness/stack.ts";

interface Manifest {
  version?: string;
  engines?: { node?: string } | string[];
  link?: boolean;
}

const root = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string }; workspaces: string[] };
const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, Manifest> };

/** The Node range a manifest declares; npm ignores the old array form, and so does this. */
const nodeRange = (manifest: Manifest) => (Array.isArray(manifest.engines) ? undefined : manifest.engines?.node);

describe("declared Node engine", () => {
  const minimum = semver.minVersion(root.engines.node)!;
  const unsupported = (path: string, manifest: Manifest) => {
    const range = nodeRange(manifest);
    return range && !semver.satisfies(minimum, range, { includePrerelease: true }) ? [`${path}@${manifest.version} needs node ${range}`] : [];
  };

  it("has a minimum version", () => {
    expect(minimum.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("is supported by every package in the lockfile", () => {
    const wrong = Object.entries(lock.packages).flatMap(([path, entry]) => (path ? unsupported(path, entry) : []));
    expect(wrong).toEqual([]);
  });

  it("is supported by every package installed on disk", () => {
    const installed = Object.keys(lock.packages).filter((path) => path.includes("node_modules/") && !lock.packages[path]!.link)
      .filter((path) => existsSync(join(repoRoot, path, "package.json")));
    // Far fewer would mean the lockfile and node_modules are not the same install, and this would check nothing.
    expect(installed.length).toBeGreaterThan(300);
    const wrong = installed.flatMap((path) => unsupported(path, JSON.parse(readFileSync(join(repoRoot, path, "package.json"), "utf8")) as Manifest));
    expect(wrong).toEqual([]);
  });

  it("keeps the PostGraphile bench, which needs Node 22, out of the root workspaces", () => {
    expect(root.workspaces.filter((glob) => glob.startsWith("bench"))).toEqual([]);
    expect(Object.keys(lock.packages).filter((path) => /(^|\/)(postgraphile|grafast)$/.test(path))).toEqual([]);
  });
});
