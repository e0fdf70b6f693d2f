import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { contentId } from "../src/index.ts";
import { chunked, errors, fixture, oks, readFile, readStream } from "./helpers.ts";

describe("JSON Lines reader", () => {
  it("reads good records and reports each bad line by number, in file order", async () => {
    const results = await readFile(fixture("mixed.jsonl"));
    expect(oks(results).map((a) => a.id)).toEqual([
      "tass:1894079",
      "isot-true:0030",
      contentId(oks(results)[2]!.text),
    ]);
    expect(errors(results).map((e) => [e.where.line, e.error])).toEqual([
      [2, expect.stringMatching(/^invalid JSON: /)],
      [4, 'no text (field "text" is missing or empty)'],
      [5, 'field "title" must be a string, got number'],
      [6, "binary content (NUL bytes)"],
      [9, 'publishedAt "26/12/2024" is not a date'],
    ]);
    expect(results.every((r) => r.where.file === fixture("mixed.jsonl"))).toBe(true);
  });

  it("keeps every field and the text exactly as in the record", async () => {
    const [first] = oks(await readFile(fixture("mixed.jsonl")));
    const record = JSON.parse(readFileSync(fixture("mixed.jsonl"), "utf8").split("\n")[0]!);
    expect(first).toEqual({
      id: record.id, source: "TASS", url: record.url, publishedAt: "2024-12-26", title: record.title, text: record.text,
    });
  });

  it("gives a record without id a stable id from its text", async () => {
    const a = oks(await readFile(fixture("mixed.jsonl")))[2]!;
    const b = oks(await readFile(fixture("mixed.jsonl")))[2]!;
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
    expect(a.text.startsWith("BAHRAIN, Oct 19 - ")).toBe(true);
  });

  it("reads the same records whatever the chunking (3-byte chunks split UTF-8 characters and lines)", async () => {
    const content = readFileSync(fixture("mixed.jsonl"));
    const whole = await readFile(fixture("mixed.jsonl"));
    const small = await readStream(chunked(content, 3), "jsonl");
    expect(oks(small)).toEqual(oks(whole));
    expect(errors(small).map((e) => e.where.line)).toEqual(errors(whole).map((e) => e.where.line));
  });

  it("takes a missing source from the wire marker in the dateline, and keeps a given one", async () => {
    const content = [
      { id: "a", text: "MOSCOW (Reuters) - Russia said on Friday it would respond." },
      { id: "b", source: "Reuters Archive", text: "MOSCOW (Reuters) - Russia said so." },
      { id: "c", text: `${"Russia said so. ".repeat(30)}A marker far from the dateline is a citation: (Reuters)` },
    ].map((r) => JSON.stringify(r)).join("\n");
    const articles = oks(await readStream(chunked(content, 64), "jsonl"));
    expect(articles.map((a) => a.source)).toEqual(["Reuters", "Reuters Archive", null]);
  });

  it("accepts CRLF line ends, a BOM and a last line without newline", async () => {
    const content = '\uFEFF{"id":"a","text":"He said so."}\r\n{"id":"b","text":"She said no."}';
    const articles = oks(await readStream(chunked(content, 7), "jsonl"));
    expect(articles.map((a) => [a.id, a.text])).toEqual([["a", "He said so."], ["b", "She said no."]]);
  });

  it("skips a 50 MB line with a clear error, without holding it, and reads the lines after it", async () => {
    const mb = 1024 * 1024;
    function* lines() {
      yield Buffer.from('{"id":"before","text":"Putin said so."}\n{"id":"huge","text":"');
      const block = Buffer.alloc(mb, "a");
      for (let i = 0; i < 50; i++) yield block;
      yield Buffer.from('"}\n{"id":"after","text":"Shoigu said so."}\n');
    }
    const rssBefore = process.memoryUsage().rss;
    const results = await readStream(Readable.from(lines()), "jsonl");
    const grown = process.memoryUsage().rss - rssBefore;
    expect(oks(results).map((a) => a.id)).toEqual(["before", "after"]);
    expect(errors(results)).toEqual([
      { ok: false, where: { file: "<stdin>", line: 2 }, error: "line is 50.0 MB, longer than the 20 MB limit; skipped" },
    ]);
    expect(grown).toBeLessThan(40 * mb);
  });

  it("applies a smaller record limit when asked", async () => {
    const content = '{"id":"a","text":"short"}\n{"id":"b","text":"' + "x".repeat(200) + '"}\n';
    const results = await readStream(chunked(content, 16), "jsonl", { maxRecordBytes: 100 });
    expect(oks(results).map((a) => a.id)).toEqual(["a"]);
    expect(errors(results)[0]!.where.line).toBe(2);
  });
});
