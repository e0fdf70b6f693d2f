// What the user pointed at — files, folders (walked recursively), http(s) feed URLs — as one stream of records.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { formatFromExtension, readArticles, readArticlesFromString, sniffFormat, type Format, type ReadResult, type Where } from "@dictum/sources";

export type Input = { kind: "file"; path: string } | { kind: "url"; url: string };

/** Expands the arguments into inputs; a path that does not exist becomes a failed record, not an exception. */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: Input[]; problems: ReadResult[] }> {
  const inputs: Input[] = [];
  const problems: ReadResult[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      inputs.push({ kind: "url", url: arg });
      continue;
    }
    try {
      const info = await stat(arg);
      if (info.isDirectory()) for (const path of await walk(arg)) inputs.push({ kind: "file", path });
      else inputs.push({ kind: "file", path: arg });
    } catch (error) {
      problems.push({ ok: false, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, where: { file: arg } });
    }
  }
  return { inputs, problems };
}

/** Files under `dir` in a readable format, sorted, hidden files and folders skipped. */
async function walk(dir: string): Promise<string[]> {
  const files: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && formatFromExtension(path)) files.push(path);
  }
  return files;
}

const CONTENT_TYPES: Array<[RegExp, Format]> = [
  [/(rss|atom|xml)/i, "xml"],
  [/(ndjson|jsonl|json-seq|x-ndjson)/i, "jsonl"],
  [/json/i, "json"],
  [/csv/i, "csv"],
  [/html/i, "html"],
];

/** Fetches a feed URL; the format comes from the URL's extension, else the content type, else the content. */
async function* readUrl(url: string, fetchImpl: typeof fetch): AsyncGenerator<ReadResult> {
  const where: Where = { file: url };
  let text: string;
  let contentType: string;
  try {
    const response = await fetchImpl(url, { signal: AbortSignal.timeout(60_000) });
    if (!response.ok) {
      yield { ok: false, error: `HTTP ${response.status} ${response.statusText}`.trim(), where };
      return;
    }
    contentType = response.headers.get("content-type") ?? "";
    text = await response.text();
  } catch (error) {
    yield { ok: false, error: `cannot fetch: ${(error as Error).cause ?? (error as Error).message}`, where };
    return;
  }
  const format = formatFromExtension(new URL(url).pathname) ?? CONTENT_TYPES.find(([pattern]) => pattern.test(contentType))?.[1] ?? sniffFormat(text.slice(0, 4096));
  // A JSON body that is one object per line is JSON Lines whatever the server calls it.
  yield* readArticlesFromString(text, format === "json" ? sniffFormat(text.slice(0, 4096)) : format, url);
}

/** Every record of every input, in order; unreadable inputs come out as failed records. */
export async function* readInputs(inputs: readonly Input[], fetchImpl: typeof fetch = fetch): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (input.kind === "url") {
      yield* readUrl(input.url, fetchImpl);
      continue;
    }
    try {
      yield* readArticles({ path: input.path });
    } catch (error) {
      yield { ok: false, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, where: { file: input.path } };
    }
  }
}

async function countBytes(path: string, patterns: Buffer[]): Promise<number> {
  let count = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (const pattern of patterns) for (let i = chunk.indexOf(pattern); i !== -1; i = chunk.indexOf(pattern, i + 1)) count++;
  }
  return count;
}

/** About how many records the inputs hold, for the progress bar's ETA (null when a URL makes it unknowable). */
export async function estimateRecords(inputs: readonly Input[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input.kind === "url") return null;
    try {
      const format = formatFromExtension(input.path);
      if (format === "jsonl") total += await countBytes(input.path, [Buffer.from("\n{")]) + 1;
      else if (format === "csv") total += Math.max(0, (await countBytes(input.path, [Buffer.from("\n")])) - 1);
      else if (format === "xml") total += await countBytes(input.path, [Buffer.from("<item"), Buffer.from("<entry")]);
      else if (format === "json") total += Math.max(1, await countBytes(input.path, [Buffer.from('"text"')]));
      else total += 1;
    } catch {
      total += 1;
    }
  }
  return total;
}
