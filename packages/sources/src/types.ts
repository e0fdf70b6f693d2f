import type { ArticleInput } from "@dictum/extract";

export type Format = "jsonl" | "json" | "csv" | "txt" | "html" | "xml";

export const FORMATS: readonly Format[] = ["jsonl", "json", "csv", "txt", "html", "xml"];

/** Where a record came from: the file (or "<stdin>"), and its line (JSONL, CSV) or position (JSON array, feed). */
export interface Where {
  file: string;
  line?: number;
  index?: number;
}

export type ReadResult =
  | { ok: true; article: ArticleInput; where: Where }
  | { ok: false; empty?: false; error: string; where: Where }
  /** The input holds no article (empty, blank, a header or an empty list): a warning, never a failure. */
  | { ok: false; empty: true; error: string; where: Where };

export type ReadSource =
  | { path: string; format?: Format }
  | { stdin: NodeJS.ReadableStream; format?: Format; name?: string };

export interface ReadOptions {
  /** Longest JSONL line / CSV record / whole-document file accepted, in bytes. */
  maxRecordBytes?: number;
}

export const DEFAULT_MAX_RECORD_BYTES = 20 * 1024 * 1024;

/** A format reader turns a byte stream into results; `name` is the file name shown in errors. */
export type FormatReader = (
  input: AsyncIterable<Buffer>,
  name: string,
  options: Required<ReadOptions>,
) => AsyncIterable<ReadResult>;
