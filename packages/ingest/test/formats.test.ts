// Every input the readers take — JSONL, JSON, CSV, text, HTML, RSS, folders, feed URLs — through the real
// extractor into the database; a second run changes nothing; broken records are reported with file and line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { ingestPaths } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

// Real records from the shared corpora, copied into test/fixtures (see its README).
const sample = readFileSync(resolve(import.meta.dirname, "fixtures/corpus-sample.jsonl"), "utf8").split("\n").filter(Boolean);
const from = (prefix: string) => sample.filter((line) => line.startsWith(`{"id": "${prefix}:`));
const tass = from("tass");
const wikinews = from("wikinews");
const bbc = from("bbc");
const seed = readFileSync(resolve(import.meta.dirname, "../../../seeds/000_714ab672fc7d564c.txt"), "utf8");

const record = (line: string) => JSON.parse(line) as { id: string; source: string; url: string | null; publishedAt: string | null; title: string; text: string };
const csvField = (value: string | null) => `"${(value ?? "").replace(/"/g, '""')}"`;
const escapeXml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rss(items: ReturnType<typeof record>[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Wikinews</title>${items
    .map((r) => `<item><title>${escapeXml(r.title)}</title><link>${escapeXml(r.url ?? "")}</link><pubDate>${new Date(`${r.publishedAt}T12:00:00Z`).toUTCString()}</pubDate><description>${escapeXml(r.text)}</description></item>`)
    .join("")}</channel></rss>\n`;
}

let dir: string;
let server: Server;
let base: string;
const wiki = wikinews.slice(0, 6).map(record);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dictum-ingest-formats-"));
  writeFileSync(join(dir, "tass.jsonl"), `${tass[0]}\n${tass[1]}\n{"id": "broken", "text": \n${tass[2]}\n`);
  writeFileSync(join(dir, "wikinews.json"), JSON.stringify([record(wikinews[0]!), record(wikinews[1]!)]));
  const fields = ["id", "source", "url", "publishedAt", "title", "text"] as const;
  writeFileSync(join(dir, "bbc.csv"), `${fields.join(",")}\n${bbc.slice(0, 2).map((line) => fields.map((f) => csvField(record(line)[f])).join(",")).join("\n")}\n`);
  writeFileSync(join(dir, "seed.txt"), seed);
  const page = record(tass[3]!);
  writeFileSync(join(dir, "page.html"), `<!doctype html><html><head><title>${escapeXml(page.title)}</title></head><body><nav>Home | World | Business</nav><article><h1>${escapeXml(page.title)}</h1>${page.text.split("\n\n").map((p) => `<p>${escapeXml(p)}</p>`).join("\n")}</article><footer>© TASS</footer></body></html>`);
  writeFileSync(join(dir, "feed.xml"), rss([wiki[2]!]));
  mkdirSync(join(dir, "nested", "deeper"), { recursive: true });
  writeFileSync(join(dir, "nested", "deeper", "more.jsonl"), `${bbc[2]}\n`);
  writeFileSync(join(dir, "nested", "notes.md"), "not an article format: skipped by the folder walk\n");

  server = createServer((request, response) => {
    if (request.url === "/feed.rss") response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss([wiki[3]!, wiki[4]!]));
    else if (request.url === "/export") response.writeHead(200, { "content-type": "application/json" }).end(`${wikinews[5]}\n`);
    else response.writeHead(404).end("not found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

describe.each(testProviders())("ingestPaths on %s", (provider) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("ingests a folder of every format and feed URLs, reports broken records, and re-runs without change", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const inputs = [dir, `${base}/feed.rss`, `${base}/export`, `${base}/missing.rss`, join(dir, "no-such-file.jsonl")];
    const out: string[] = [];
    const sink = { write: (chunk: string) => (out.push(chunk), true) } as unknown as NodeJS.WritableStream;
    const first = await ingestPaths(inputs, { db: t.db, progress: "lines", out: sink });

    // tass.jsonl 3 + wikinews.json 2 + bbc.csv 2 + seed.txt 1 + page.html 1 + feed.xml 1 + nested 1 + feed URL 2 + export 1
    expect(first).toMatchObject({ new: 14, present: 0, failed: 3 });
    expect(first.failures.map((f) => [f.where.file, f.where.line])).toEqual([
      [join(dir, "no-such-file.jsonl"), undefined],
      [join(dir, "tass.jsonl"), 3],
      [`${base}/missing.rss`, undefined],
    ]);
    expect(first.failures[2]!.error).toMatch(/HTTP 404/);
    expect(out.join("")).toContain(`error: ${join(dir, "tass.jsonl")}:3: `);
    expect(out.join("")).toMatch(/ingested 17 articles in .*: 14 new, 0 already present, 3 failed; \d+ statements stored/);

    const articles = await t.db.article.findMany({ select: { text: true, title: true, source: { select: { name: true } } } });
    const stored = (needle: string) => articles.filter((a) => a.text.includes(needle)).length;
    for (const line of [tass[0]!, tass[1]!, tass[2]!, wikinews[0]!, wikinews[1]!, bbc[0]!, bbc[1]!, bbc[2]!, wikinews[5]!]) {
      expect(stored(record(line).text.slice(150, 230)), record(line).id).toBe(1);
    }
    expect(stored("Russian Defense Minister Sergey Shoigu told reporters")).toBe(1);
    expect(stored(record(tass[3]!).text.split("\n\n")[1]!.slice(0, 60))).toBe(1);
    for (const r of wiki.slice(2, 5)) expect(articles.filter((a) => a.title === r.title), r.title).toHaveLength(1);
    expect(articles.some((a) => a.text.includes("Home | World"))).toBe(false);

    // The seed's statements are attributed to Shoigu, filed from Dushanbe.
    const shoigu = await t.db.speaker.findFirst({ where: { name: "Sergey Shoigu" }, include: { _count: { select: { statements: true } } } });
    expect(shoigu?._count.statements).toBeGreaterThan(0);
    expect(first.statements).toBe(await t.db.statement.count());

    const counts = () => Promise.all([t!.db.article.count(), t!.db.statement.count(), t!.db.speaker.count(), t!.db.quotation.count(), t!.db.statementPlace.count(), t!.db.statementTopic.count(), t!.db.place.count()]);
    const before = await counts();
    const second = await ingestPaths(inputs, { db: t.db, progress: "none", summary: false });
    expect(second).toMatchObject({ new: 0, present: 14, failed: 3, statements: 0 });
    expect(await counts()).toEqual(before);
  });
});
