import { describe, expect, it } from "vitest";
import { formatFromExtension, normalisePublishedAt, readArticlesFromString, sniffFormat } from "../src/index.ts";
import { chunked, collect, oks, readStream } from "./helpers.ts";

describe("format detection", () => {
  it.each([
    ["a/b/export.jsonl", "jsonl"], ["x.NDJSON", "jsonl"], ["x.json", "json"], ["x.csv", "csv"], ["000_seed.txt", "txt"],
    ["page.HTM", "html"], ["page.html", "html"], ["feed.rss", "xml"], ["feed.atom", "xml"], ["feed.xml", "xml"],
    ["notes.md", null], ["noextension", null],
  ])("extension of %s → %s", (path, format) => {
    expect(formatFromExtension(path)).toBe(format);
  });

  it.each([
    ['{"id":"a","text":"x"}\n{"id":"b"', "jsonl"],
    ['{\n  "id": "a",\n  "text": "x"\n}', "json"],
    ['  [{"id":"a"}]', "json"],
    ['<?xml version="1.0"?>\n<rss version="2.0">', "xml"],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', "xml"],
    ["<!DOCTYPE html><html><head>", "html"],
    ["id,source,publishedAt,text\n1,TASS", "csv"],
    ['"title","text"\n"a","b"', "csv"],
    [" date 2023-03-14 ASTANA, March 14. /TASS/. Kazakhstan's parliament", "txt"],
    ["BAHRAIN, Oct 19 - Unidentified jets attacked three Iranian oil rigs", "txt"],
  ])("sniffs %j as %s", (head, format) => {
    expect(sniffFormat(head)).toBe(format);
  });

  it("reads standard input in a sniffed format when none is given", async () => {
    const articles = oks(await readStream(chunked('{"id":"a","text":"Shoigu said so."}\n', 5)));
    expect(articles.map((a) => a.id)).toEqual(["a"]);
  });
});

describe("readArticlesFromString", () => {
  it("reads content already in memory, naming it as given in every result", async () => {
    const rss = '<rss version="2.0"><channel><title>T</title><item><description>Lavrov said so.</description></item><item/></channel></rss>';
    const results = await collect(readArticlesFromString(rss, "xml", "https://example.org/feed.xml"));
    expect(results.map((r) => [r.ok, r.where])).toEqual([
      [true, { file: "https://example.org/feed.xml", index: 1 }],
      [false, { file: "https://example.org/feed.xml", index: 2 }],
    ]);
  });

  it("takes raw bytes too, so a fetched feed is decoded in the encoding it declares", async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><description>Le président a parlé.</description></item></channel></rss>';
    const [article] = oks(await collect(readArticlesFromString(Buffer.from(xml, "latin1"), "xml", "feed")));
    expect(article!.text).toBe("Le président a parlé.");
  });
});

describe("publishedAt normalisation", () => {
  it.each([
    ["2021-07-28", "2021-07-28"],
    [" 2021-07-28 ", "2021-07-28"],
    ["2021-07-28T10:00:00Z", "2021-07-28T10:00:00Z"],
    ["2021-07-28T10:00:00.123+03:00", "2021-07-28T10:00:00+03:00"],
    ["2021-07-28 10:00", "2021-07-28T10:00:00Z"],
    ["Wed, 28 Jul 2021 23:30:00 -0500", "2021-07-28T23:30:00-05:00"],
    ["Thu, 26 Dec 2024 17:05:00 GMT", "2024-12-26T17:05:00Z"],
    ["26 Feb 87", "1987-02-26"],
    ["28 July 2021", "2021-07-28"],
    ["", null],
    [null, null],
    ["2021-02-30", undefined],
    ["26/12/2024", undefined],
    ["yesterday", undefined],
    ["2021-07-28T25:00:00Z", undefined],
  ])("%j → %j", (value, expected) => {
    expect(normalisePublishedAt(value)).toBe(expected);
  });
});
