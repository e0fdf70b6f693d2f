import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { readCsv } from "./csv.ts";
import { readFeed } from "./feed.ts";
import { formatFromExtension, sniffFormat } from "./format.ts";
import { readHtml } from "./html.ts";
import { readJson } from "./json.ts";
import { readJsonLines } from "./jsonl.ts";
import { readText } from "./text.ts";
import { DEFAULT_MAX_RECORD_BYTES } from "./types.ts";
import type { Format, FormatReader, ReadOptions, ReadResult, ReadSource } from "./types.ts";
import { STDIN_NAME } from "./whole.ts";

export type { Format, ReadOptions, ReadResult, ReadSource, Where } from "./types.ts";
export { DEFAULT_MAX_RECORD_BYTES, FORMATS } from "./types.ts";
export { formatFromExtension, sniffFormat } from "./format.ts";
export { normalisePublishedAt } from "./published-at.ts";
export { htmlToText } from "./html-text.ts";
export { contentId, describeWhere } from "./record.ts";
export { sourceFromMarker } from "./source-marker.ts";

const READERS: Record<Format, FormatReader> = {
  jsonl: readJsonLines, json: readJson, csv: readCsv, txt: readText, html: readHtml, xml: readFeed,
};

const SNIFF_BYTES = 4096;

/** Reads the first bytes to guess the format, then hands on the whole stream, those bytes included. */
async function sniff(input: AsyncIterable<Buffer>): Promise<{ format: Format; stream: AsyncIterable<Buffer> }> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let bytes = 0;
  let done = false;
  while (bytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) { done = true; break; }
    const buf = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(buf);
    bytes += buf.length;
  }
  const format = sniffFormat(Buffer.concat(head).subarray(0, SNIFF_BYTES).toString("utf8"));
  async function* replay() {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { format, stream: replay() };
}

/** Reads up to the first byte that is not whitespace (or a byte-order mark); `blank` when there is none. */
async function peekContent(input: AsyncIterable<Buffer>): Promise<{ blank: boolean; stream: AsyncIterable<Buffer> }> {
  const iterator = input[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { blank: true, stream: Readable.from(head) };
    const buf = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    head.push(buf);
    if (buf.some((byte) => !BLANK_BYTES.has(byte))) break;
  }
  async function* replay() {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { blank: false, stream: replay() };
}

// ASCII whitespace and the bytes of a UTF-8 byte-order mark.
const BLANK_BYTES = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xef, 0xbb, 0xbf]);

/**
 * Streams the articles of one file (format from its extension, else sniffed) or of standard input (format given,
 * else sniffed). Each record comes out as `{ ok: true, article }` or `{ ok: false, error }` with where it was; a bad
 * record never stops the reading. Only missing files and unreadable streams throw, since nothing can be read at all.
 * One rule for every format: an input that holds no article (no bytes, only blank lines, a CSV header alone, an
 * empty JSON list, a feed without items) gives one `{ ok: false, empty: true }` result, a warning to show, not a
 * failure.
 */
export async function* readArticles(source: ReadSource, options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const resolved = { maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES };
  let input: AsyncIterable<Buffer>;
  let name: string;
  let format: Format | null;
  if ("path" in source) {
    name = source.path;
    format = source.format ?? formatFromExtension(source.path);
    input = createReadStream(source.path, { highWaterMark: 256 * 1024 });
  } else {
    name = source.name ?? STDIN_NAME;
    format = source.format ?? null;
    input = source.stdin as AsyncIterable<Buffer>;
  }
  const peeked = await peekContent(input);
  if (peeked.blank) {
    yield { ok: false, empty: true, error: "no articles: the input is empty", where: { file: name } };
    return;
  }
  input = peeked.stream;
  if (!format) ({ format, stream: input } = await sniff(input));
  let results = 0;
  for await (const result of READERS[format](input, name, resolved)) {
    results++;
    yield result;
  }
  if (results === 0) yield { ok: false, empty: true, error: `no articles: the ${format.toUpperCase()} input holds no records`, where: { file: name } };
}

/**
 * The same readers over content already in memory (an uploaded file, a fetched feed). Pass the raw bytes of a
 * fetched page or feed (`Buffer.from(await response.arrayBuffer())`) so the charset it declares is honoured.
 */
export function readArticlesFromString(
  content: string | Buffer,
  format: Format,
  name = "<string>",
  options: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  return readArticles({ stdin: Readable.from([bytes]), format, name }, options);
}
