// The rows a batch writes with multi-row INSERTs (see bulk-insert.ts), and the conversions into them.
import type { Prisma } from "@dictum/db";
import type { ArticleExtraction, ExtractedStatement } from "@dictum/extract";
import { bulkInsert, trusted, type Column, type Dialect, type Trusted } from "./bulk-insert.ts";

type Tx = Prisma.TransactionClient;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const col = (name: string, pg: string): Column => ({ name, pg });
export const ARTICLE_COLUMNS = [
  col("externalId", "text"), col("sourceId", "int"), col("url", "text"), col("title", "text"), col("publishedAt", "timestamp(3)"), col("datelineName", "text"),
  col("datelinePlaceId", "int"), col("language", "text"), col("storyCountry", "text"), col("text", "text"), col("contentHash", "text"), col("ingestedAt", "timestamp(3)"),
  col("extractorVersion", "text"), col("taxonomyVersion", "text"),
];
const STATEMENT_COLUMNS = [
  col("articleId", "int"), col("speakerId", "int"), col("quotationId", "int"), col("kind", '"StatementKind"'), col("text", "text"), col("start", "int"),
  col("end", "int"), col("saidOn", "timestamp(3)"), col("confidence", "double precision"), col("createdAt", "timestamp(3)"), col("stance", '"Stance"'),
];
export const PLACE_LINK_COLUMNS = [col("statementId", "int"), col("placeId", "int"), col("role", '"PlaceRole"')];
export const TOPIC_LINK_COLUMNS = [col("statementId", "int"), col("topicId", "int"), col("score", "double precision")];
export const TARGET_COLUMNS = [
  col("statementId", "int"), col("position", "int"), col("name", "text"), col("kind", '"TargetKind"'), col("countryCode", "text"), col("speakerId", "int"),
  col("start", "int"), col("end", "int"),
];
export const QUOTATION_COLUMNS = [col("fingerprint", "text"), col("firstSaidOn", "timestamp(3)")];

const KIND = { DIRECT: trusted("DIRECT"), INDIRECT: trusted("INDIRECT") };
const STANCES = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"] as const;
export type StanceValue = (typeof STANCES)[number];
const STANCE = Object.fromEntries(STANCES.map((s) => [s, trusted(s)])) as Record<StanceValue, ReturnType<typeof trusted>>;
export const TARGET_KIND = { place: trusted("PLACE"), speaker: trusted("SPEAKER"), name: trusted("NAME") };

/** The extractor's stance, or NEUTRAL for a value this store does not know (an extractor newer than the schema). */
export const stanceOf = (s: ExtractedStatement): StanceValue => (STANCES.includes(s.stance as StanceValue) ? (s.stance as StanceValue) : "NEUTRAL");

export interface StatementRow {
  articleId: number;
  speakerId: number | null;
  quotationId: number | null;
  kind: "DIRECT" | "INDIRECT";
  text: string;
  start: number;
  end: number;
  saidOn: Trusted | null;
  confidence: number;
  createdAt: Trusted;
  stance: StanceValue;
}

export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = ISO_DAY.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function validStatement(s: ExtractedStatement, text: string): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length && typeof s.text === "string" && s.text.length > 0;
}

/** The statements of an extraction that can be stored: offsets inside the text (others are dropped). */
export function storableStatements(extraction: ArticleExtraction, text: string): ExtractedStatement[] {
  return extraction.statements.filter((s) => validStatement(s, text));
}

/** Inserts statements; returns their ids in the order of `rows`. */
export async function insertStatements(tx: Tx, dialect: Dialect, rows: StatementRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r) => STATEMENT_COLUMNS.map((c) => (c.name === "kind" ? KIND[r.kind] : c.name === "stance" ? STANCE[r.stance] : r[c.name as keyof StatementRow])));
  const created = (await bulkInsert(tx, dialect, "Statement", STATEMENT_COLUMNS, values, ["id", "articleId", "start", "end"])) as Array<{ id: number; articleId: number; start: number; end: number }>;
  // Rows come back in insertion order on SQLite and PostgreSQL; match on (article, offsets) to be sure.
  const queue = new Map<string, number[]>();
  for (const row of created) {
    const key = `${row.articleId}:${row.start}:${row.end}`;
    queue.set(key, [...(queue.get(key) ?? []), row.id]);
  }
  return rows.map((row) => queue.get(`${row.articleId}:${row.start}:${row.end}`)!.shift()!);
}
