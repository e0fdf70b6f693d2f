// Hostile documents for the readers: broken CSV quoting, truncated and deeply nested JSON, XML entity bombs and
// external entities, unclosed and deeply nested HTML, binary and invalid UTF-8. `checkReadResults` states what
// must hold for whatever the readers answer.
import { Readable } from "node:stream";
import fc from "fast-check";
import { FORMATS, readArticles, type Format, type ReadResult } from "../src/index.ts";
import { invalidUtf8, tokenSoup } from "./fuzz-text.ts";

export interface HostileDocument {
  content: Buffer;
  /** undefined: the reader sniffs the format. */
  format: Format | undefined;
}

const text = fc.oneof(tokenSoup(40), fc.string({ maxLength: 80 }), invalidUtf8.map((s) => s.slice(0, 200)));

const csvPiece = fc.oneof(text, fc.constantFrom('"', '""', ",", "\n", "\r\n", '","', '"\n"', "\\\"", ";", "\u0000"));
const csv = fc
  .tuple(fc.constantFrom("id,text,source", "Text;Title", "text", '"id","text"', ""), fc.array(csvPiece, { maxLength: 60 }))
  .map(([header, pieces]) => `${header}\n${pieces.join("")}`);

const jsonValue = fc.oneof(
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), text }),
  fc.record({ text: fc.oneof(fc.integer(), fc.constant([]), fc.constant({}), fc.constant(null)) }),
  fc.jsonValue({ maxDepth: 3 }),
);
const jsonlLine = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v)),
  jsonValue.map((v) => JSON.stringify(v)).chain((s) => fc.nat({ max: s.length }).map((n) => s.slice(0, n))),
  fc.integer({ min: 1, max: 50_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  fc.integer({ min: 1, max: 50_000 }).map((n) => '{"a":'.repeat(n) + "1" + "}".repeat(n)),
  fc.constant('{"text":"\\ud800 lone surrogate said \\"x\\""}'),
  invalidUtf8,
);
const jsonl = fc.array(jsonlLine, { maxLength: 20 }).map((lines) => lines.join("\n"));
const json = fc.oneof(
  fc.array(jsonValue, { maxLength: 10 }).map((items) => JSON.stringify(items)),
  fc.array(jsonValue, { maxLength: 10 }).map((items) => JSON.stringify(items).slice(0, -1)),
  fc.integer({ min: 1, max: 100_000 }).map((n) => "[".repeat(n)),
  jsonlLine,
);

/** Billion laughs: each entity expands to ten of the previous one. */
export function entityBomb(levels: number): string {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= levels; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE rss [${entities.join("")}]><rss><channel><title>&lol${levels};</title><item><title>&lol${levels};</title><description>&lol${levels}; said Shoigu.</description></item></channel></rss>`;
}
const rssItem = text.map((t) => `<item><title>${t}</title><description>${t}</description><pubDate>${t}</pubDate></item>`);
const xml = fc.oneof(
  fc.integer({ min: 1, max: 9 }).map(entityBomb),
  fc.constant('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&xxe; said he</description></item></channel></rss>'),
  fc.array(rssItem, { maxLength: 10 }).map((items) => `<rss><channel><title>Feed</title>${items.join("")}</channel></rss>`),
  fc.array(rssItem, { maxLength: 10 }).map((items) => `<rss><channel>${items.join("")}<item><description><![CDATA[unterminated`),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `<rss><channel><item><description>${"<b>".repeat(n)}deep</description></item></channel></rss>`),
  fc.integer({ min: 1, max: 5_000 }).map((n) => `<feed>${"<entry>".repeat(n)}</feed>`),
  text,
);
const html = fc.oneof(
  fc.integer({ min: 1, max: 20_000 }).map((n) => `<html><body>${"<div>".repeat(n)}<p>"We will stay," Shoigu said.</p></body></html>`),
  fc.array(fc.oneof(text, fc.constantFrom("<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<style>", "<meta charset=\"x-unknown\">", "<meta charset=\"windows-1251\">", "<br", "<a href='javascript:alert(1)'>", "<![CDATA[")), { maxLength: 80 }).map((parts) => parts.join("")),
  text,
);

export const hostileDocument = (): fc.Arbitrary<HostileDocument> =>
  fc.oneof(
    csv.map((content) => ({ content, format: "csv" as const })),
    jsonl.map((content) => ({ content, format: "jsonl" as const })),
    json.map((content) => ({ content, format: "json" as const })),
    xml.map((content) => ({ content, format: "xml" as const })),
    html.map((content) => ({ content, format: "html" as const })),
    text.map((content) => ({ content, format: "txt" as const })),
    fc.tuple(fc.oneof(csv, jsonl, xml, html), fc.constant(undefined)).map(([content]) => ({ content, format: undefined })),
    fc.tuple(fc.uint8Array({ maxLength: 8000 }), fc.constantFrom<Format | undefined>(...FORMATS, undefined)).map(([bytes, format]) => ({ content: Buffer.from(bytes), format })),
  ).map((d) => ({ content: typeof d.content === "string" ? Buffer.from(d.content) : d.content, format: d.format }));

/** Reads a document to the end, as `dictum ingest` would read a file. */
export async function readAll(document: HostileDocument, maxRecordBytes?: number): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  const source = { stdin: Readable.from([document.content]), format: document.format, name: "fuzz" };
  for await (const result of readArticles(source, maxRecordBytes ? { maxRecordBytes } : {})) results.push(result);
  return results;
}

export const readBudgetMs = (content: Buffer) => 1500 + 30 * (content.length / 1024);

/** Every way a read can be wrong, whatever the input; [] when it is well formed. */
export function checkReadResults(content: Buffer, results: ReadResult[]): string[] {
  const problems: string[] = [];
  let textChars = 0;
  results.forEach((r, i) => {
    if (r.where?.file !== "fuzz") problems.push(`result ${i}: where.file is ${JSON.stringify(r.where?.file)}`);
    if (!r.ok) {
      if (typeof r.error !== "string" || r.error.trim() === "") problems.push(`result ${i}: error without a message`);
      return;
    }
    const a = r.article;
    if (typeof a.text !== "string" || a.text.trim() === "") problems.push(`result ${i}: ok with empty text`);
    if (a.text.includes("\u0000")) problems.push(`result ${i}: text holds NUL`);
    if (typeof a.id !== "string" || a.id === "") problems.push(`result ${i}: id ${JSON.stringify(a.id)}`);
    if (a.publishedAt !== null && typeof a.publishedAt !== "string") problems.push(`result ${i}: publishedAt ${typeof a.publishedAt}`);
    textChars += a.text.length + (a.title?.length ?? 0);
  });
  // An entity bomb must not expand: what comes out is never much larger than what went in.
  if (textChars > content.length * 2 + 1000) problems.push(`records hold ${textChars} chars from ${content.length} bytes (entity expansion?)`);
  return problems;
}
