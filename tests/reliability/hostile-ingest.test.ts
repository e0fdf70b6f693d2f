// Hostile input through the two write paths users have: `dictum ingest` over a folder of bad files, and the
// ingestArticle mutation with generated bad articles. Each bad record is refused with a clear error, the good
// ones are stored byte-exact, nothing crashes or hangs, and the database stays consistent (issue 7).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dictum/api";
import { createTestDb, testProviders } from "@dictum/db/testing";
import { hostileText } from "../../packages/extract/test/fuzz-inputs.ts";
import { entityBomb, hostileDocument } from "../../packages/sources/test/fuzz-documents.ts";
import { consistencyProblems, rowCounts } from "./helpers/consistency.ts";
import { INGEST_MUTATION, runIngest, sharedDir } from "./helpers/processes.ts";
import { referenceData } from "@dictum/ingest/reference-data";

const SQL_TITLE = `Robert'); DROP TABLE "Article";-- <script>alert(1)</script>`;
const SQL_TEXT = `MOSCOW, July 28. /TASS/. "'; DELETE FROM "Statement" WHERE 1=1; -- <img src=x onerror=alert(1)>," Russian Defense Minister Sergey Shoigu said on Tuesday.`;
const BIG_QUOTE_TEXT = `MOSCOW, July 28. /TASS/. Shoigu said: "${"The troops will stay where they are. ".repeat(50_000)}"`;

const GENERATED_FILES = 40;
let dir: string;
let good: { id: string; text: string }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dictum-hostile-"));
  const files = join(dir, "inbox");
  mkdirSync(join(files, "nested", "deeper"), { recursive: true });
  const reuters = readFileSync(join(sharedDir, "corpus/reuters21578/reuters21578.jsonl"), "utf8").split("\n").slice(0, 5);
  good = reuters.map((line) => JSON.parse(line) as { id: string; text: string });
  const write = (name: string, content: string | Buffer) => writeFileSync(join(files, name), content);
  write("good.jsonl", `${reuters.join("\n")}\n`);
  write("sql.jsonl", `${JSON.stringify({ id: "sql-1", title: SQL_TITLE, source: "<b>TASS</b>", url: "https://example.com/?q=' OR 1=1--", text: SQL_TEXT })}\n`);
  write("surrogates.jsonl", '{"id":"surrogate","text":"MOSCOW. \\ud800 \\"We will stay,\\" Shoigu said. \\udfff \\"So will we,\\" he added."}\n');
  write("big-quote.jsonl", `${JSON.stringify({ id: "big-quote", text: BIG_QUOTE_TEXT })}\n`);
  write("broken.jsonl", `{"id":"trunc","text":"cut off\n{"text":5}\n[[[[[[[[\n${JSON.stringify({ id: "after-broken", text: "Still stored, the spokesman said." })}\n`);
  write("broken.csv", 'id,text\n1,"never closed\n2,"Fine, he said."\n3,"""Quoted"", she said."\n');
  write("bomb.xml", entityBomb(9));
  write("xxe.xml", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&xxe;</description></item></channel></rss>');
  write("nested/deep.html", `<html><body>${"<div>".repeat(20_000)}<p>"We will stay," Shoigu said.</p></body></html>`);
  write("nested/deeper/binary.txt", Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)));
  write("nested/deeper/invalid-utf8.txt", Buffer.concat([Buffer.from("He said "), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]).subarray(0), Buffer.alloc(2000, 0xff)]));
  write("nested/deeper/empty.txt", "");
  write("quotes.txt", '"'.repeat(20_000));

  // Generated documents, one file each, the extension saying the format (".data": sniffed).
  mkdirSync(join(dir, "generated"));
  fc.sample(hostileDocument(), { seed: 11, numRuns: GENERATED_FILES }).forEach((document, i) => writeFileSync(join(dir, "generated", `doc-${i}.${document.format ?? "data"}`), document.content));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(testProviders())("hostile input on %s", (provider) => {
  it("dictum ingest refuses each bad record with its file, stores the good ones byte-exact, and a re-run changes nothing", { timeout: 180_000 }, async () => {
    const t = await createTestDb(provider, { reference: referenceData() });
    try {
      const started = Date.now();
      const first = runIngest(t.url, [join(dir, "inbox")]);
      const { code } = await first.exited;
      const output = first.output();
      expect(Date.now() - started, "the run must not hang").toBeLessThan(150_000);
      expect(code, output).toBe(1);
      expect(output).toMatch(/\d+ new, 0 already present, [1-9]\d* failed/);
      for (const file of ["broken.jsonl", "broken.csv", "xxe.xml", "binary.txt", "invalid-utf8.txt"]) expect(output, file).toContain(file);
      expect(output).not.toMatch(/\n\s+at .*\(.*\.ts:\d+/); // no stack trace

      const stored = await t.db.article.findMany({ select: { externalId: true, title: true, text: true, url: true } });
      for (const article of good) expect(stored.find((a) => a.externalId === article.id)?.text, article.id).toBe(article.text);
      const sql = stored.find((a) => a.externalId === "sql-1");
      expect(sql?.title).toBe(SQL_TITLE);
      expect(sql?.text).toBe(SQL_TEXT);
      expect(stored.find((a) => a.externalId === "big-quote")?.text).toBe(BIG_QUOTE_TEXT);
      expect(stored.some((a) => a.externalId === "after-broken")).toBe(true);
      expect(stored.find((a) => a.externalId === "surrogate")?.text).toContain("\uFFFD \"We will stay,\"");
      expect(stored.every((a) => !a.text.includes("root:"))).toBe(true);
      expect(await consistencyProblems(t.db)).toEqual([]);

      const before = await rowCounts(t.db);
      const again = runIngest(t.url, [join(dir, "inbox")]);
      expect((await again.exited).code).toBe(1);
      expect(again.output()).toMatch(/ 0 new, \d+ already present/);
      expect(await rowCounts(t.db)).toEqual(before);
    } finally {
      await t.close();
    }
  });

  it(`dictum ingest reads ${GENERATED_FILES} generated hostile files to a summary, never a crash, and leaves the database consistent`, { timeout: 180_000 }, async () => {
    const t = await createTestDb(provider, { reference: referenceData() });
    try {
      const run = runIngest(t.url, [join(dir, "generated")]);
      const { code, signal } = await run.exited;
      expect([0, 1], run.output()).toContain(code);
      expect(signal).toBeNull();
      expect(run.output()).toMatch(/ingested \d+ articles in .*: \d+ new, \d+ already present, \d+ failed; \d+ statements stored/);
      expect(run.output()).not.toMatch(/\n\s+at .*\(.*\.ts:\d+/);
      expect(await consistencyProblems(t.db)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it("ingestArticle answers generated bad articles with a result or BAD_USER_INPUT, never an internal error or a corrupt row", { timeout: 180_000 }, async () => {
    const t = await createTestDb(provider, { reference: referenceData() });
    const api = createApi({ db: t.db, databaseUrl: t.url, token: "hostile-token" });
    try {
      const texts = [
        ...fc.sample(hostileText(300), { seed: 7, numRuns: 60 }),
        "", "   ", "\u0000", "MOSCOW. \"Null\u0000byte,\" he said.", "\ud800 lone \udfff surrogates, \"he said.\"", SQL_TEXT,
        '"'.repeat(50_000), `Shoigu said: "${"x".repeat(900_000)}"`, "x".repeat(1_000_001),
      ];
      const codes = new Map<string, number>();
      for (const text of texts) {
        const response = await api.fetch("http://dictum.test/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", authorization: "Bearer hostile-token" },
          body: JSON.stringify({ query: INGEST_MUTATION, variables: { input: { text, title: SQL_TITLE, source: "TASS" } } }),
        });
        const body = (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
        const code = body.errors?.[0]?.extensions?.code ?? "OK";
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(code, `${JSON.stringify(text.slice(0, 80))}: ${body.errors?.[0]?.message}`).toMatch(/^(OK|BAD_USER_INPUT)$/);
        if (code === "OK") {
          // lone surrogates are stored as U+FFFD (they have no UTF-8 form); offsets index that stored text
          const stored = text.replace(/\p{Cs}/gu, "\uFFFD");
          for (const s of body.data.ingestArticle.statements) expect(stored.slice(s.start, s.end)).toBe(s.text);
        } else expect(body.errors?.[0]?.message.length).toBeGreaterThan(5);
      }
      expect(codes.get("OK")).toBeGreaterThan(10);
      expect(codes.get("BAD_USER_INPUT")).toBeGreaterThanOrEqual(3); // empty, blank, over 1,000,000 characters
      expect(await consistencyProblems(t.db)).toEqual([]);
    } finally {
      await api.close();
      await t.close();
    }
  });
});
