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

/** The next `limit` selected articles after `afterId`, by id. */
export async function articlePage(db: Db, where: Prisma.ArticleWhereInput, afterId: number, limit: number): Promise<StoredArticle[]> {
  const rows = await db.article.findMany({
    where: { AND: [where, { id: { gt: afterId } }] },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true, externalId: true, url: true, publishedAt: true, title: true, text: true, contentHash: true, datelineName: true,
      datelinePlaceId: true, language: true, storyCountry: true, source: { select: { name: true } },
    },
  });
  return rows.map(({ source, ...row }) => ({ ...row, source: source?.name ?? null }));
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
  const rows = await tx.statement.findMany({
    where: { articleId: { in: articleIds } },
    orderBy: { id: "asc" },
    select: {
      id: true, articleId: true, kind: true, text: true, start: true, end: true, saidOn: true, confidence: true, speakerId: true, quotationId: true,
      places: { where: { role: "MENTIONED" }, select: { placeId: true } },
      topics: { select: { topicId: true, score: true } },
    },
  });
  for (const { places, topics, ...row } of rows) {
    byArticle.get(row.articleId)?.push({
      ...row,
      kind: row.kind as StoredStatement["kind"],
      placeIds: [...new Set(places.map((p) => p.placeId))].sort((a, b) => a - b),
      topics: new Map(topics.map((t) => [t.topicId, t.score])),
    });
  }
  return byArticle;
}
