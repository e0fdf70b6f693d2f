import { splitLines } from "./lines.ts";
import { recordToResult } from "./record.ts";
import type { FormatReader } from "./types.ts";

const MB = 1024 * 1024;

/** JSON Lines: one record a line; blank lines are skipped, each bad line is reported with its number. */
export const readJsonLines: FormatReader = async function* (input, name, options) {
  for await (const line of splitLines(input, options.maxRecordBytes)) {
    const where = { file: name, line: line.number };
    if ("tooLong" in line) {
      const size = (line.bytes / MB).toFixed(1);
      yield { ok: false, error: `line is ${size} MB, longer than the ${options.maxRecordBytes / MB} MB limit; skipped`, where };
      continue;
    }
    if (line.text.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line.text);
    } catch (e) {
      yield { ok: false, error: `invalid JSON: ${(e as Error).message}`, where };
      continue;
    }
    yield recordToResult(raw, where);
  }
};
