import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { readArticles } from "../src/index.ts";
import type { Format, ReadOptions, ReadResult } from "../src/index.ts";

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
export const seedPath = fileURLToPath(new URL("../../../seeds/000_714ab672fc7d564c.txt", import.meta.url));

export async function collect(results: AsyncIterable<ReadResult>): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

export const readFile = (path: string, options?: ReadOptions) => collect(readArticles({ path }, options));

/** Feeds content in chunks of `size` bytes, so records and multi-byte characters straddle chunk boundaries. */
export function chunked(content: string | Buffer, size: number): Readable {
  const bytes = typeof content === "string" ? Buffer.from(content) : content;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

export const readStream = (stdin: Readable, format?: Format, options?: ReadOptions) =>
  collect(readArticles({ stdin, format }, options));

export const oks = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [r.article] : []));
export const errors = (results: ReadResult[]) => results.flatMap((r) => (r.ok ? [] : [r]));
