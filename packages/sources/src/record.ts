import { createHash } from "node:crypto";
import type { ArticleInput } from "@dictum/extract";
import { normalisePublishedAt } from "./published-at.ts";
import { sourceFromMarker } from "./source-marker.ts";
import type { ReadResult, Where } from "./types.ts";

const STRING_FIELDS = ["source", "url", "publishedAt", "title", "text"] as const;

/** More than this share of U+FFFD (bytes that were not UTF-8) means the record is binary, not text. */
const MAX_REPLACEMENT_SHARE = 0.01;

/** Stable id for a record that has none: the same text always gets the same id. */
export function contentId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Why the text is not readable article text, or null when it is. */
export function binaryReason(text: string): string | null {
  if (text.includes("\u0000")) return "binary content (NUL bytes)";
  let replacements = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) replacements++;
  if (replacements > 0 && replacements / text.length > MAX_REPLACEMENT_SHARE) {
    return `binary content (${replacements} invalid UTF-8 sequences)`;
  }
  return null;
}

/** "data.json: line 12 (record 3)", "feed.rss: record 2", "seed.txt": where a result came from, for messages. */
export function describeWhere(where: Where): string {
  const position = [
    where.line === undefined ? null : `line ${where.line}`,
    where.index === undefined ? null : where.line === undefined ? `record ${where.index}` : `(record ${where.index})`,
  ].filter(Boolean);
  return position.length ? `${where.file}: ${position.join(" ")}` : where.file;
}

/** Checks one parsed record (JSON object, CSV row) against the ArticleInput fields. */
export function recordToResult(raw: unknown, where: Where): ReadResult {
  const fail = (error: string): ReadResult => ({ ok: false, error, where });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail(`expected an object with a "text" field, got ${Array.isArray(raw) ? "an array" : typeof raw}`);
  }
  const record = raw as Record<string, unknown>;
  const fields: Partial<Record<(typeof STRING_FIELDS)[number], string | null>> = {};
  for (const key of STRING_FIELDS) {
    const value = record[key];
    if (value !== undefined && value !== null && typeof value !== "string") {
      return fail(`field "${key}" must be a string, got ${Array.isArray(value) ? "an array" : typeof value}`);
    }
    fields[key] = value ?? null;
  }
  const rawId = record.id;
  if (rawId !== undefined && rawId !== null && typeof rawId !== "string" && typeof rawId !== "number") {
    return fail(`field "id" must be a string or a number, got ${typeof rawId}`);
  }
  const text = fields.text;
  if (!text || text.trim() === "") return fail('no text (field "text" is missing or empty)');
  const binary = binaryReason(text);
  if (binary) return fail(binary);
  const publishedAt = normalisePublishedAt(fields.publishedAt);
  if (publishedAt === undefined) return fail(`publishedAt ${JSON.stringify(fields.publishedAt)} is not a date`);

  const id = rawId === undefined || rawId === null || rawId === "" ? contentId(text) : String(rawId);
  const article: ArticleInput = {
    id,
    source: fields.source || sourceFromMarker(text),
    url: fields.url || null,
    publishedAt,
    title: fields.title || null,
    text,
  };
  return { ok: true, article, where };
}
