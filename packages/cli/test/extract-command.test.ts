import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/dictum.mjs", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = (name: string) => join(repoRoot, "packages/sources/test/fixtures", name);
const seed = join(repoRoot, "seeds/000_714ab672fc7d564c.txt");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function dictum(args: string[], stdin?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const lines = (text: string) => text.split("\n").filter(Boolean);
const parse = (stdout: string) => lines(stdout).map((line) => JSON.parse(line));

const ARTICLE_KEYS = ["id", "publishedAt", "language", "dateline", "statements"];
const STATEMENT_KEYS = ["text", "kind", "start", "end", "saidOn", "confidence", "speaker", "places", "regions", "topics"];

describe("dictum extract", { timeout: 60_000 }, () => {
  it("prints the seed article in the public shape, with offsets into the file's text", async () => {
    const run = await dictum(["extract", seed]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const [article, ...rest] = parse(run.stdout);
    expect(rest).toHaveLength(0);
    expect(Object.keys(article)).toEqual(ARTICLE_KEYS);
    expect(article).toMatchObject({ id: "000_714ab672fc7d564c", publishedAt: "2021-07-28" });
    expect(article.dateline === null || Object.keys(article.dateline).join() === "name,countryCode,lat,lon").toBe(true);
    const text = readFileSync(seed, "utf8");
    expect(article.statements.length).toBeGreaterThan(0);
    for (const statement of article.statements) {
      expect(Object.keys(statement)).toEqual(STATEMENT_KEYS);
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
      expect(statement.speaker === null || Object.keys(statement.speaker).join() === "name,title,kind").toBe(true);
    }
  });

  it("prints good records and names each bad one on stderr with file and line; exit code 1", async () => {
    const file = fixture("mixed.jsonl");
    const run = await dictum(["extract", file]);
    expect(run.code).toBe(1);
    expect(parse(run.stdout).map((a) => a.id)).toEqual(["tass:1894079", "isot-true:0030", expect.stringMatching(/^[0-9a-f]{16}$/)]);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^dictum extract: ${file}: line 2: invalid JSON`)),
      `dictum extract: ${file}: line 4: no text (field "text" is missing or empty)`,
      `dictum extract: ${file}: line 5: field "title" must be a string, got number`,
      `dictum extract: ${file}: line 6: binary content (NUL bytes)`,
      `dictum extract: ${file}: line 9: publishedAt "26/12/2024" is not a date`,
      "dictum extract: 3 articles extracted, 5 failed",
    ]);
  });

  it("reads several files of different formats in order, and goes on past a missing one", async () => {
    const run = await dictum(["extract", fixture("single.json"), "no/such/file.jsonl", fixture("tass.rss"), fixture("tass-page.html")]);
    expect(run.code).toBe(1);
    expect(parse(run.stdout).map((a) => a.id)).toEqual([
      "tass:1894079", "https://tass.com/politics/1894079", expect.stringMatching(/^[0-9a-f]{16}$/), expect.stringMatching(/^[0-9a-f]{16}$/),
    ]);
    expect(run.stderr).toContain("dictum extract: no/such/file.jsonl: cannot read: no such file\n");
    expect(run.stderr).toContain(`dictum extract: ${fixture("tass.rss")}: record 3: no text`);
  });

  it("reads standard input given as -, in the --format given or sniffed", async () => {
    const jsonl = readFileSync(fixture("mixed.jsonl"), "utf8").split("\n")[0]! + "\n";
    const given = await dictum(["extract", "--format", "jsonl", "-"], jsonl);
    const sniffed = await dictum(["extract", "-"], jsonl);
    expect(given.code).toBe(0);
    expect(parse(given.stdout).map((a) => a.id)).toEqual(["tass:1894079"]);
    expect(sniffed.stdout).toBe(given.stdout);
    const text = await dictum(["extract", "-f", "txt", "-"], readFileSync(seed, "utf8"));
    expect(parse(text.stdout)[0]).toMatchObject({ publishedAt: "2021-07-28", statements: parse((await dictum(["extract", seed])).stdout)[0].statements });
  });

  it("says once for each input of any format that it holds no article, with the exit code of the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dictum-extract-empty-"));
    const empty: Record<string, string> = { "empty.jsonl": "", "blank.jsonl": "\n \n", "empty.json": "", "list.json": "[]", "empty.csv": "", "header.csv": "text,title\n", "empty.txt": "", "empty.html": "", "empty.xml": "" };
    for (const [name, content] of Object.entries(empty)) writeFileSync(join(dir, name), content);
    const run = await dictum(["extract", ...Object.keys(empty).map((name) => join(dir, name)), seed]);
    expect(run.code).toBe(0);
    expect(lines(run.stderr)).toEqual(Object.keys(empty).map((name) => expect.stringMatching(new RegExp(`^dictum extract: warning: ${join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: no articles: `))));
    expect(parse(run.stdout)).toHaveLength(1);
    const stdin = await dictum(["extract", "-"], "");
    expect(stdin.code).toBe(0);
    expect(stdin.stderr).toBe("dictum extract: warning: <stdin>: no articles: the input is empty\n");
  });

  it("names the language of each article and warns about those it cannot read", async () => {
    const file = join(repoRoot, "packages/ingest/test/fixtures/languages.jsonl");
    const run = await dictum(["extract", file]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).map((article) => [article.id, article.language, article.statements.length > 0])).toEqual([
      ["lang-ru-1", "ru", false], ["lang-ru-2", "ru", false], ["lang-de-1", "de", false], ["lang-en-1", "en", true],
    ]);
    expect(run.stderr).toBe("dictum extract: warning: 3 articles in unsupported languages (ru: 2, de: 1): no statements extracted from them\n");
  });

  it("refuses an unknown --format with a usage error", async () => {
    const run = await dictum(["extract", "--format", "pdf", "-"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/Allowed choices are jsonl, json, csv, txt, html, xml/);
  });

  it("stops quietly when the reader of its output goes away (EPIPE)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dictum-cli-"));
    const record = readFileSync(fixture("mixed.jsonl"), "utf8").split("\n")[0]!;
    writeFileSync(join(dir, "many.jsonl"), `${record}\n`.repeat(3000));
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn(process.execPath, [bin, "extract", join(dir, "many.jsonl")], { cwd: repoRoot });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d));
      child.stdout.once("data", () => child.stdout.destroy());
      child.on("close", (code) => done({ code, stderr }));
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });
});
