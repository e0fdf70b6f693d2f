import { parse } from "csv-parse";
import { Readable } from "node:stream";
import { recordToResult } from "./record.ts";
import type { FormatReader, ReadResult } from "./types.ts";

interface Row {
  record: Record<string, string>;
  info: { lines: number; records: number };
}

const FIELDS = ["id", "source", "url", "publishedAt", "title", "text"];
const FIELD_BY_KEY = new Map(FIELDS.map((field) => [field.toLowerCase(), field]));

/** Header names as spreadsheets write them ("Published_At", " Text ") map onto the record fields. */
function fieldName(header: string): string {
  const key = header.trim().toLowerCase().replace(/[\s_-]+/g, "");
  return FIELD_BY_KEY.get(key) ?? header.trim();
}

/**
 * CSV with a header row naming the columns (id, source, url, publishedAt, title, text; others are ignored).
 * Quoted fields may span lines; `where.line` is the line on which the record ends, as csv-parse counts them.
 */
export const readCsv: FormatReader = async function* (input, name, options) {
  const skipped: ReadResult[] = [];
  const parser = Readable.from(input).pipe(
    parse({
      columns: (header: string[]) => header.map(fieldName),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      max_record_size: options.maxRecordBytes,
      skip_records_with_error: true,
      on_skip: (err) => {
        const line = (err as { lines?: number } | undefined)?.lines;
        skipped.push({ ok: false, error: `invalid CSV: ${err?.message ?? "unreadable record"}`, where: { file: name, line } });
        return undefined;
      },
    }),
  );
  for await (const row of parser as AsyncIterable<Row>) {
    // csv-parse may report a broken record before handing over rows it parsed earlier: keep file order
    while (skipped.length > 0 && (skipped[0]!.where.line ?? Infinity) <= row.info.lines) yield skipped.shift()!;
    const where = { file: name, line: row.info.lines, index: row.info.records };
    const record: Record<string, string | null> = { ...row.record };
    // CSV has no null: an empty cell means "not given"
    for (const key of Object.keys(record)) if (record[key] === "") record[key] = null;
    yield recordToResult(record, where);
  }
  yield* skipped.splice(0);
};
