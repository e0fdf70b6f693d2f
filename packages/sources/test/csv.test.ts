import { describe, expect, it } from "vitest";
import { chunked, errors, fixture, oks, readFile, readStream } from "./helpers.ts";
import { readFileSync } from "node:fs";

describe("CSV reader", () => {
  it("reads rows by header name, keeping multi-paragraph quoted text exactly", async () => {
    const results = await readFile(fixture("articles.csv"));
    const jsonl = JSON.parse(readFileSync(fixture("mixed.jsonl"), "utf8").split("\n")[0]!);
    const articles = oks(results);
    expect(articles.map((a) => a.id)).toEqual(["tass:1894079", expect.stringMatching(/^wikinews:/)]);
    expect(articles[0]).toEqual({
      id: jsonl.id, source: "TASS", url: jsonl.url, publishedAt: "2024-12-26", title: jsonl.title, text: jsonl.text,
    });
    expect(errors(results)).toEqual([
      { ok: false, error: 'publishedAt "yesterday" is not a date', where: { file: fixture("articles.csv"), line: expect.any(Number), index: 2 } },
    ]);
  });

  it("matches header names whatever their case and separators", async () => {
    const content = 'ID,Published_At,Source,TEXT\n7,2021-07-28,TASS,Shoigu said so.\n';
    const [article] = oks(await readStream(chunked(content, 5), "csv"));
    expect(article).toMatchObject({ id: "7", publishedAt: "2021-07-28", source: "TASS", text: "Shoigu said so." });
  });

  it("treats empty cells as missing and hashes an id when the column is absent", async () => {
    const content = 'title,text\n,"Shoigu said, ""we will not leave."""\n';
    const [article] = oks(await readStream(chunked(content, 5), "csv"));
    expect(article).toMatchObject({ title: null, source: null, publishedAt: null, text: 'Shoigu said, "we will not leave."' });
    expect(article!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reports a row with no text and an unclosed quote, keeping the rows before them", async () => {
    const content = 'id,text\na,"first"\nb,\nc,"unclosed\n';
    const results = await readStream(chunked(content, 6), "csv");
    expect(oks(results).map((a) => a.id)).toEqual(["a"]);
    expect(errors(results).map((e) => e.error)).toEqual([
      'no text (field "text" is missing or empty)',
      expect.stringMatching(/^invalid CSV: Quote Not Closed/),
    ]);
  });
});
