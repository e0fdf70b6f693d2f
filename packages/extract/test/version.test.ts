import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractorVersion, treeHash } from "../version.ts";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "dictum-version-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

describe("extractor version", () => {
  it("is 16 hex digits and the same on every call", () => {
    expect(extractorVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(extractorVersion()).toBe(extractorVersion());
  });

  it("depends on the contents and names of the files, not on where the tree is or the order files were written", () => {
    const a = treeHash(tree({ "a.ts": "x", "lexicons/b.json": "[1]" }));
    const b = treeHash(tree({ "lexicons/b.json": "[1]", "a.ts": "x" }));
    expect(a).toBe(b);
    expect(treeHash(tree({ "a.ts": "x", "lexicons/b.json": "[2]" }))).not.toBe(a);
    expect(treeHash(tree({ "a.ts": "x", "lexicons/c.json": "[1]" }))).not.toBe(a);
    // a boundary moved between two files is a different tree
    expect(treeHash(tree({ "a.ts": "xy", "b.ts": "" }))).not.toBe(treeHash(tree({ "a.ts": "x", "b.ts": "y" })));
  });
});
