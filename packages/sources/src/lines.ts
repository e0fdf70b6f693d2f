/**
 * Splits a byte stream into lines without ever holding more than `maxBytes` of one line. readline would buffer a
 * 50 MB line whole before we could look at it; here an over-long line is dropped as it streams past and reported.
 */

export type Line =
  | { number: number; text: string }
  | { number: number; tooLong: true; bytes: number };

const NEWLINE = 0x0a;

function decode(parts: Buffer[], number: number): string {
  let text = (parts.length === 1 ? parts[0]! : Buffer.concat(parts)).toString("utf8");
  if (text.endsWith("\r")) text = text.slice(0, -1);
  if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

export async function* splitLines(input: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let bytes = 0;
  let overflow = false;
  let number = 1;

  const take = (piece: Buffer) => {
    bytes += piece.length;
    if (overflow) return;
    if (bytes > maxBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };
  const finish = (): Line => {
    const line: Line = overflow ? { number, tooLong: true, bytes } : { number, text: decode(parts, number) };
    parts = [];
    bytes = 0;
    overflow = false;
    number++;
    return line;
  };

  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      take(buf.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < buf.length) take(buf.subarray(start));
  }
  if (bytes > 0 || overflow) yield finish();
}
