import { basename, extname } from "node:path";

export const STDIN_NAME = "<stdin>";

/** Reads a whole small document (one text, HTML page or feed), refusing to hold more than `maxBytes`. */
export async function readWhole(
  input: AsyncIterable<Buffer>,
  maxBytes: number,
  decode: (bytes: Buffer) => string = decodeUtf8,
): Promise<{ text: string } | { tooLong: true; bytes: number }> {
  const parts: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytes += buf.length;
    if (bytes <= maxBytes) parts.push(buf);
  }
  if (bytes > maxBytes) return { tooLong: true, bytes };
  return { text: decode(Buffer.concat(parts)) };
}

function decodeUtf8(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function tooLongError(bytes: number, maxBytes: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `file is ${mb(bytes)} MB, larger than the ${mb(maxBytes)} MB limit for one document; skipped`;
}

/** "seeds/000_714ab672fc7d564c.txt" → "000_714ab672fc7d564c"; null for standard input. */
export function idFromFileName(name: string): string | null {
  if (name === STDIN_NAME) return null;
  const base = basename(name);
  return base.slice(0, base.length - extname(base).length) || null;
}
