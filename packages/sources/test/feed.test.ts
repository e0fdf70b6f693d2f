import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chunked, errors, fixture, oks, readFile, readStream } from "./helpers.ts";

const records = readFileSync(fixture("mixed.jsonl"), "utf8").split("\n");
const tass = JSON.parse(records[0]!);
const isot = JSON.parse(records[6]!);
const json = JSON.parse(readFileSync(fixture("articles.json"), "utf8"));

describe("RSS and Atom reader", () => {
  it("reads RSS 2.0 items: content:encoded over description, escaped HTML description, pubDate, link, guid", async () => {
    const results = await readFile(fixture("tass.rss"));
    const [first, second] = oks(results);
    expect(first).toEqual({
      id: "https://tass.com/politics/1894079",
      source: "TASS",
      url: "https://tass.com/politics/1894079",
      publishedAt: "2024-12-26T17:05:00+03:00",
      title: tass.title,
      text: tass.text,
    });
    expect(second).toMatchObject({ url: json[0].url, title: json[0].title, text: json[0].text });
    expect(second!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reports an item with no content by its position and keeps the others", async () => {
    const results = await readFile(fixture("tass.rss"));
    expect(errors(results)).toEqual([
      { ok: false, where: { file: fixture("tass.rss"), index: 3 }, error: 'no text (item "Photo gallery: New Year lights" has no content or description)' },
    ]);
  });

  it("reads Atom entries: xhtml and escaped html content, alternate link, published before updated", async () => {
    const [xhtml, html] = oks(await readFile(fixture("wikinews.atom")));
    expect(xhtml).toMatchObject({ source: "Wikinews", url: json[2].url, publishedAt: "2019-01-04T09:30:00Z", id: json[2].url });
    expect(xhtml!.text).toBe(json[2].text);
    // HTML collapses runs of spaces, as a browser shows them
    expect(html).toMatchObject({ id: "urn:isot:1", url: "https://example.org/moscow", text: isot.text.replace(/ {2,}/g, " ") });
  });

  it.each([
    ['<rss><channel><item><title>x</title></channel></rss>', /^invalid XML: /],
    ["<html><body>not a feed</body></html>", /^not an RSS or Atom feed/],
  ])("reports a document that is not a readable feed: %s", async (xml, message) => {
    const results = await readStream(chunked(xml, 10), "xml");
    expect(results).toHaveLength(1);
    expect(errors(results)[0]!.error).toMatch(message);
  });

  it("decodes a feed in the encoding its XML declaration names", async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Monde</title>' +
      "<item><description>Le président a déclaré à Paris que la France soutiendra l'accord.</description></item></channel></rss>";
    const [article] = oks(await readStream(chunked(Buffer.from(xml, "latin1"), 11), "xml"));
    expect(article!.text).toBe("Le président a déclaré à Paris que la France soutiendra l'accord.");
  });

  it("reads a feed with a single item", async () => {
    const xml = '<rss version="2.0"><channel><title>T</title><item><description>Lavrov said so.</description></item></channel></rss>';
    const [article] = oks(await readStream(chunked(xml, 10), "xml"));
    expect(article).toMatchObject({ text: "Lavrov said so.", source: "T", url: null, publishedAt: null, title: null });
  });
});
