import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../src/index.ts";
import { chunked, errors, fixture, oks, readFile, readStream } from "./helpers.ts";

const tassRecord = JSON.parse(readFileSync(fixture("mixed.jsonl"), "utf8").split("\n")[0]!);

describe("HTML reader", () => {
  it("keeps the article's paragraphs and drops navigation, sidebar, scripts and footer", async () => {
    const [article] = oks(await readFile(fixture("tass-page.html")));
    expect(article!.text).toBe(tassRecord.text);
    for (const noise of ["Most read", "Politics", "All rights reserved", "analytics", "color: black"]) {
      expect(article!.text).not.toContain(noise);
    }
  });

  it("takes title, canonical URL, site name and published time from the head", async () => {
    const [article] = oks(await readFile(fixture("tass-page.html")));
    expect(article).toMatchObject({
      title: tassRecord.title,
      url: "https://tass.com/politics/1894079",
      source: "TASS",
      publishedAt: "2024-12-26T17:05:00+03:00",
    });
    expect(article!.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("falls back to the body text of a page too short for Readability, dated by <time>", async () => {
    const page = '<html><body><p>MOSCOW, December 20. /TASS/. Lavrov said talks would resume.</p><time datetime="2024-12-20">Dec 20</time></body></html>';
    const [article] = oks(await readStream(chunked(page, 9), "html"));
    expect(article).toMatchObject({ publishedAt: "2024-12-20", title: null, url: null, source: "TASS" });
    expect(article!.text).toContain("Lavrov said talks would resume.");
  });

  it("decodes a page in the charset its meta tag declares", async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>' +
      "<body><p>МОСКВА, 26 декабря. /ТАСС/. Путин заявил, что Россия добьется успеха.</p></body></html>";
    const bytes = Buffer.from(encodeWindows1251(page));
    const [article] = oks(await readStream(chunked(bytes, 7), "html"));
    expect(article!.text).toBe("МОСКВА, 26 декабря. /ТАСС/. Путин заявил, что Россия добьется успеха.");
  });

  it("reports a page with no text", async () => {
    const results = await readStream(chunked("<html><head><title>Empty</title></head><body></body></html>", 50), "html");
    expect(errors(results).map((e) => e.error)).toEqual(["no text (the page has no readable content)"]);
  });

  it.each([
    ["<p>One &amp; two</p><p>Three\n   four</p>", "One & two\n\nThree four"],
    ["Line<br>break <b>bold</b>&nbsp;text", "Line\nbreak bold text"],
    ["<ul><li>first</li><li>second</li></ul><script>x()</script>", "first\n\nsecond"],
    ["plain text\n\nsecond paragraph", "plain text\n\nsecond paragraph"],
  ])("htmlToText(%j)", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

/** windows-1251 for the Cyrillic block and ASCII: enough to write the test page as a Russian site would. */
function encodeWindows1251(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8;
    if (code === 0x451) return 0xb8;
    throw new Error(`no windows-1251 byte for ${ch}`);
  });
}
