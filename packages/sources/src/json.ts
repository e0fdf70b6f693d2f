import { recordToResult } from "./record.ts";
import type { FormatReader, ReadResult, Where } from "./types.ts";

const MB = 1024 * 1024;
const [SPACE, TAB, CR, LF] = [0x20, 0x09, 0x0d, 0x0a];
const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const [OPEN_ARRAY, CLOSE_ARRAY, OPEN_OBJECT, CLOSE_OBJECT] = [0x5b, 0x5d, 0x7b, 0x7d];

const isSpace = (b: number) => b === SPACE || b === TAB || b === CR || b === LF || b === 0xef || b === 0xbb || b === 0xbf;

function parseElement(parts: Buffer[], where: Where): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.concat(parts).toString("utf8"));
  } catch (e) {
    return { ok: false, error: `invalid JSON: ${(e as Error).message}`, where };
  }
  return recordToResult(raw, where);
}

/**
 * A JSON document holding one record or an array of records. Arrays are split into their elements as the bytes
 * stream in (tracking strings and nesting), so a large export is never held whole and one broken element is
 * reported on its own while the others are still read.
 */
export const readJson: FormatReader = async function* (input, name, options) {
  const cap = options.maxRecordBytes;
  let mode: "start" | "array" | "object" | "done" = "start"; // "object": one record, or several in a row
  let depth = 0; // nesting inside the current element
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let bytes = 0;
  let tooLong = false;
  let elementStart = -1; // offset in the current chunk where the element began, -1 when outside one
  let index = 0;
  let line = 1;
  let elementLine = 1;

  const keep = (piece: Buffer) => {
    bytes += piece.length;
    if (bytes > cap) { tooLong = true; parts = []; } else if (!tooLong) parts.push(piece);
  };
  const endElement = (): ReadResult => {
    index++;
    const where: Where = { file: name, line: elementLine, index };
    const result: ReadResult = tooLong
      ? { ok: false, error: `record is ${(bytes / MB).toFixed(1)} MB, longer than the ${cap / MB} MB limit; skipped`, where }
      : parseElement(parts, where);
    parts = []; bytes = 0; tooLong = false;
    return result;
  };

  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    const results: ReadResult[] = [];
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i]!;
      if (b === LF) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
        continue;
      }
      if (mode === "start") {
        if (isSpace(b)) continue;
        if (b === OPEN_ARRAY) { mode = "array"; continue; }
        if (b === OPEN_OBJECT) { mode = "object"; depth = 1; elementStart = i; elementLine = line; continue; }
        yield { ok: false, error: "not a JSON record or array of records", where: { file: name, line } };
        return;
      }
      if (mode === "done") {
        if (!isSpace(b)) {
          yield { ok: false, error: "unexpected content after the end of the JSON document", where: { file: name, line } };
          return;
        }
        continue;
      }
      if (elementStart === -1) {
        if (isSpace(b) || (mode === "array" && b === COMMA)) continue;
        if (mode === "array" && b === CLOSE_ARRAY) { mode = "done"; continue; }
        if (mode === "object" && b !== OPEN_OBJECT) {
          yield { ok: false, error: "unexpected content after the end of a JSON record", where: { file: name, line } };
          return;
        }
        elementStart = i; elementLine = line; depth = 0;
      }
      if (b === QUOTE) inString = true;
      else if (b === OPEN_ARRAY || b === OPEN_OBJECT) depth++;
      else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) depth--;

      const closesObject = mode === "object" && depth === 0;
      const endsArrayElement = mode === "array" && depth <= 0 && (b === COMMA || b === CLOSE_ARRAY);
      if (closesObject || endsArrayElement) {
        keep(buf.subarray(elementStart, closesObject ? i + 1 : i));
        elementStart = -1;
        results.push(endElement());
        // several objects one after another (JSON Lines saved as .json) are read as a sequence
        if (mode === "array" && b === CLOSE_ARRAY) mode = "done";
        depth = 0;
      }
    }
    if (elementStart !== -1) { keep(buf.subarray(elementStart)); elementStart = 0; }
    yield* results;
  }
  if (mode === "start") yield { ok: false, error: "empty JSON file", where: { file: name } };
  else if (mode === "array" || elementStart !== -1) yield { ok: false, error: "unexpected end of the JSON document (unclosed array or object)", where: { file: name, line } };
};
