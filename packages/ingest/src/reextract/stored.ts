// What re-extraction reads from the database: which articles to re-read, and the statements stored for them.
import type { Db, Prisma } from "@dictum/db";
import type { ArticleInput } from "@dictum/extract";

type Tx = Prisma.TransactionClient;

export interface Selection {
  /** Every article, whatever extractor made it (default: only those another extractor made, or none recorded). */
  all?: boolean;
  /** Only articles of these sources (names, case-insensitive). */
  sources?: string[];
  /** Only articles published on or after this day. */
  since?: Date;
}

export interface StoredArticle {
  id: number;
  externalId: string | null;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
  title: string | null;
  text: string;
  contentHash: string;
  datelineName: string | null;
  datelinePlaceId: number | null;
  language: string;
  storyCountry: string | null;
}

export interface StoredStatement {
  id: number;
  articleId: number;
  kind: "DIRECT" | "INDIRECT";
  text: string;
  start: number;
  end: number;
  saidOn: Date | null;
  confidence: number;
  speakerId: number | null;
  quotationId: number | null;
  /** Ids of the places it is about (role MENTIONED), ascending. */
  placeIds: number[];
  /** Topic id → score. */
  topics: Map<number, number>;
  rejected: boolean;
  /** The extractor's reading as JSON, once analysts corrected (or added) the statement; null otherwise. */
  extracted: string | null;
}

/** A source name no article came from. */
export class UnknownSourceError extends Error {
  override name = "UnknownSourceError";
}

/** The Prisma condition for the selected articles (`version`: the extractor's, which is what "differs" means). */
export async function selectionWhere(db: Db, selection: Selection, version: string): Promise<Prisma.ArticleWhereInput> {
  const where: Prisma.ArticleWhereInput[] = [];
  if (!selection.all) where.push({ OR: [{ extractorVersion: null }, { extractorVersion: { not: version } }] });
  if (selection.sources && selection.sources.length > 0) {
    const rows = await db.source.findMany({ select: { id: true, name: true } });
    const ids: number[] = [];
    for (const wanted of selection.sources) {
      const found = rows.filter((row) => row.name.toLowerCase() === wanted.trim().toLowerCase());
      if (found.length === 0) throw new UnknownSourceError(`no source named "${wanted}" (stored sources: ${rows.map((r) => r.name).sort().join(", ") || "none"})`);
      ids.push(...found.map((row) => row.id));
    }
    where.push({ sourceId: { in: ids } });
  }
  if (selection.since) where.push({ publishedAt: { gte: selection.since } });
  return where.length === 0 ? {} : { AND: where };
}

/** A DateTime column as a raw query returns it: a Date (PostgreSQL), ISO text or epoch milliseconds (SQLite). */
export function readDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const date = typeof value === "string" ? new Date(value) : new Date(Number(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

const ids = (values: number[]) => values.map((id) => Math.trunc(id)).join(", ");

/** The next `limit` selected articles after `afterId`, by id. Raw SQL for the rows: Prisma's mapping of a page
 * of texts cost more than the query. */
export async function articlePage(db: Db, where: Prisma.ArticleWhereInput, afterId: number, limit: number): Promise<StoredArticle[]> {
  const page = await db.article.findMany({ where: { AND: [where, { id: { gt: afterId } }] }, orderBy: { id: "asc" }, take: limit, select: { id: true } });
  if (page.length === 0) return [];
  const rows = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT a."id", a."externalId", a."url", a."publishedAt", a."title", a."text", a."contentHash", a."datelineName", a."datelinePlaceId", a."language",
            a."storyCountry", s."name" AS "source"
     FROM "Article" a LEFT JOIN "Source" s ON s."id" = a."sourceId" WHERE a."id" IN (${ids(page.map((row) => row.id))}) ORDER BY a."id"`,
  );
  return rows.map((row) => ({
    id: Number(row.id), externalId: row.externalId as string | null, source: row.source as string | null, url: row.url as string | null,
    publishedAt: readDate(row.publishedAt), title: row.title as string | null, text: row.text as string, contentHash: row.contentHash as string,
    datelineName: row.datelineName as string | null, datelinePlaceId: row.datelinePlaceId === null ? null : Number(row.datelinePlaceId),
    language: row.language as string, storyCountry: row.storyCountry as string | null,
  }));
}

/** The article as the extractor was first given it (its record's date as stored, in UTC). */
export function asInput(article: StoredArticle): ArticleInput {
  return {
    id: article.externalId ?? "",
    source: article.source,
    url: article.url,
    publishedAt: article.publishedAt?.toISOString() ?? null,
    title: article.title,
    text: article.text,
  };
}

/** The statements stored for these articles, with their place and topic links, by article id. */
export async function storedStatements(tx: Tx, articleIds: number[]): Promise<Map<number, StoredStatement[]>> {
  const byArticle = new Map<number, StoredStatement[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const of = `SELECT "id" FROM "Statement" WHERE "articleId" IN (${ids(articleIds)})`;
  const [rows, places, topics] = [
    await tx.$queryRawUnsafe<Array<Record<string, unknown>>>(
      `SELECT "id", "articleId", "kind", "text", "start", "end", "saidOn", "confidence", "speakerId", "quotationId", "rejected", "extracted" FROM "Statement" WHERE "articleId" IN (${ids(articleIds)}) ORDER BY "id"`,
    ),
    await tx.$queryRawUnsafe<Array<{ statementId: unknown; placeId: unknown }>>(`SELECT "statementId", "placeId" FROM "StatementPlace" WHERE "role" = 'MENTIONED' AND "statementId" IN (${of})`),
    await tx.$queryRawUnsafe<Array<{ statementId: unknown; topicId: unknown; score: unknown }>>(`SELECT "statementId", "topicId", "score" FROM "StatementTopic" WHERE "statementId" IN (${of})`),
  ];
  const byId = new Map<number, StoredStatement>();
  for (const row of rows) {
    const statement: StoredStatement = {
      id: Number(row.id), articleId: Number(row.articleId), kind: row.kind as StoredStatement["kind"], text: row.text as string, start: Number(row.start), end: Number(row.end),
      saidOn: readDate(row.saidOn), confidence: Number(row.confidence), speakerId: row.speakerId === null ? null : Number(row.speakerId),
      quotationId: row.quotationId === null ? null : Number(row.quotationId), placeIds: [], topics: new Map(),
      rejected: row.rejected === true || Number(row.rejected) === 1, extracted: (row.extracted as string | null) ?? null,
    };
    byId.set(statement.id, statement);
    byArticle.get(statement.articleId)?.push(statement);
  }
  for (const link of places) {
    const statement = byId.get(Number(link.statementId));
    const placeId = Number(link.placeId);
    if (statement && !statement.placeIds.includes(placeId)) statement.placeIds.push(placeId);
  }
  for (const statement of byId.values()) statement.placeIds.sort((a, b) => a - b);
  for (const link of topics) byId.get(Number(link.statementId))?.topics.set(Number(link.topicId), Number(link.score));
  return byArticle;
}
