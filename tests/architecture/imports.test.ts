// The one-way flow, checked: a workspace imports only the workspaces docs/architecture.md allows, declares each
// one it imports (and imports each one it declares), never reaches into another by relative path, and the
// extractor stays pure (no I/O, no document parsers).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allowedImports, extractForbidden, parserPackages } from "./arrows.ts";
import { escapes, importsOf, sourceFiles, valueImportsOf, workspaceOf, workspaces } from "./import-graph.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const all = workspaces(root);
const rel = (file: string) => relative(root, file);

describe("import graph", () => {
  it("knows every workspace", () => {
    expect(all.map((w) => w.name).filter((name) => !(name in allowedImports))).toEqual([]);
  });

  it.each(all.map((w) => [w.name, w] as const))("%s imports only what it may, by package name", (name, workspace) => {
    const allowed = new Set([name, ...(allowedImports[name] ?? [])]);
    const edges = sourceFiles(workspace.dir).flatMap(importsOf);
    const wrong = edges.filter((e) => { const to = workspaceOf(e.specifier); return to !== undefined && !allowed.has(to); });
    expect(wrong.map((e) => `${rel(e.file)} → ${e.specifier}`)).toEqual([]);
    const used = new Set(edges.map((e) => workspaceOf(e.specifier)).filter((to): to is string => to !== undefined && to !== name));
    const declared = new Set([...workspace.dependencies].map(workspaceOf).filter((to): to is string => to !== undefined));
    expect([...used].filter((to) => !declared.has(to)).map((to) => `undeclared @dictum/${to}`)).toEqual([]);
    expect([...declared].filter((to) => !used.has(to)).map((to) => `unused @dictum/${to}`)).toEqual([]);
  });

  // Known failure: the API's load bench imports the dashboard's operations from apps/web by relative path, until
  // those operations become .graphql files both can read as data (issue 14, typed web operations).
  const relativeReach = (name: string) => () => {
    const workspace = all.find((w) => w.name === name)!;
    const edges = sourceFiles(workspace.dir).flatMap(importsOf).filter((e) => escapes(e, workspace.dir));
    expect(edges.map((e) => `${rel(e.file)} → ${e.specifier}`)).toEqual([]);
  };
  for (const { name } of all) {
    if (name === "api") it.fails(`${name} reaches no other workspace by relative path`, relativeReach(name));
    else it(`${name} reaches no other workspace by relative path`, relativeReach(name));
  }

  it("extract does no I/O and parses no documents: not in src/, not in its dependencies", () => {
    const extract = all.find((w) => w.name === "extract")!;
    const wrong = sourceFiles(`${extract.dir}/src`).flatMap(importsOf).filter((e) => extractForbidden.some((pattern) => pattern.test(e.specifier)));
    expect(wrong.map((e) => `${rel(e.file)} → ${e.specifier}`)).toEqual([]);
    expect([...extract.dependencies].filter((name) => parserPackages.test(name))).toEqual([]);
  });

  it("sources imports extract for its types only, so reading a file never loads the extractor", () => {
    const sources = all.find((w) => w.name === "sources")!;
    const wrong = sourceFiles(sources.dir).flatMap((file) => valueImportsOf(file).map((specifier) => ({ file, specifier })))
      .filter((e) => workspaceOf(e.specifier) === "extract");
    expect(wrong.map((e) => `${rel(e.file)} → ${e.specifier}`)).toEqual([]);
  });
});

describe("the check itself", () => {
  it("catches a relative import into another workspace and a forbidden package", () => {
    const api = all.find((w) => w.name === "api")!;
    expect(escapes({ file: `${api.dir}/scripts/x.ts`, specifier: "../../web/src/a.ts" }, api.dir)).toBe(true);
    expect(escapes({ file: `${api.dir}/scripts/x.ts`, specifier: "../src/a.ts" }, api.dir)).toBe(false);
    expect(workspaceOf("@dictum/db/testing")).toBe("db");
    expect(allowedImports.db).not.toContain("geo");
    expect(allowedImports.web).not.toContain("api");
    expect(extractForbidden.some((pattern) => pattern.test("node:fs"))).toBe(true);
    expect(parserPackages.test("linkedom")).toBe(true);
  });

  it("tells a type-only import from one that loads code", () => {
    const dir = mkdtempSync(join(tmpdir(), "dictum-imports-"));
    const file = join(dir, "a.ts");
    writeFileSync(file, [
      'import type { A } from "@dictum/extract";', 'import { type B } from "@dictum/extract/b";', 'export type { C } from "@dictum/extract/c";',
      'import { d } from "@dictum/extract/d";', 'export { e } from "./e.ts";', 'const f = await import("f");', "",
    ].join("\n"));
    expect(valueImportsOf(file)).toEqual(["@dictum/extract/d", "./e.ts", "f"]);
  });
});
