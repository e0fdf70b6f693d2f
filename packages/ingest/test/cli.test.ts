// `dictum ingest` as users run it: the bin, the command's options, exit codes and the summary line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const repoRoot = resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "dictum-ingest-cli-"));
const url = `file:${join(dir, "cli.db")}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dictum = (...args: string[]) =>
  spawnSync(process.execPath, ["packages/cli/bin/dictum.mjs", "ingest", "--progress", "none", "--database-url", url, ...args], { cwd: repoRoot, encoding: "utf8", timeout: 120_000 });

describe("dictum ingest", () => {
  it("migrates a new database, stores seeds/ once, and says so", () => {
    const first = dictum("seeds");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/ingested 1 articles in .*: 1 new, 0 already present, 0 failed; [1-9]\d* statements stored/);
    const second = dictum("seeds");
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/0 new, 1 already present, 0 failed; 0 statements stored/);
  });

  it("exits 1 and names the input when something could not be read", () => {
    const run = dictum("seeds", join(dir, "missing.jsonl"));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${join(dir, "missing.jsonl")}: cannot read: ENOENT`);
  });

  it("says once for each input of any format that it holds no article, and does not count it as a failure", () => {
    const empty: Record<string, string> = { "empty.jsonl": "", "blank.jsonl": "\n\n", "empty.json": "", "list.json": "[]", "empty.csv": "", "header.csv": "text,title\n", "empty.txt": "  \n", "empty.html": "", "empty.xml": "" };
    for (const [name, content] of Object.entries(empty)) writeFileSync(join(dir, name), content);
    const run = dictum("seeds", ...Object.keys(empty).map((name) => join(dir, name)));
    expect(run.status, run.stderr).toBe(0);
    for (const name of Object.keys(empty)) expect(run.stderr).toMatch(new RegExp(`^warning: ${join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: no articles`, "m"));
    expect(run.stderr).toMatch(/0 failed/);
  });

  it("reports the articles in languages it does not read, and stores each article's language", async () => {
    const run = dictum(resolve(import.meta.dirname, "fixtures/languages.jsonl"));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/4 new, 0 already present, 0 failed; [1-9]\d* statements stored; 3 articles in unsupported languages \(ru: 2, de: 1\), no statements extracted from them/);
    const { createPrismaClient } = await import("@dictum/db");
    const db = createPrismaClient(url);
    try {
      const articles = await db.article.findMany({ where: { externalId: { startsWith: "lang-" } }, select: { externalId: true, language: true, _count: { select: { statements: true } } }, orderBy: { externalId: "asc" } });
      expect(articles.map((a) => [a.externalId, a.language, a._count.statements > 0])).toEqual([["lang-de-1", "de", false], ["lang-en-1", "en", true], ["lang-ru-1", "ru", false], ["lang-ru-2", "ru", false]]);
    } finally {
      await db.$disconnect();
    }
  });

  it("exits 2 with one line when the database cannot be reached", () => {
    const run = spawnSync(process.execPath, ["packages/cli/bin/dictum.mjs", "ingest", "--database-url", "postgresql://nobody@127.0.0.1:1/none", "seeds"], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/none/)]);
  });
});
