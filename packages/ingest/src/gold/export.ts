// `exportGold`: the stored statements of the chosen articles as a gold file in the format the shared scorer reads
// (../shared/gold/README.md: one article a line, statements with speaker, kind, text and country codes), and the
// articles themselves beside it, so `npm run eval -- --gold FILE --articles FILE` scores any extractor against what
// analysts corrected. Rejected statements are left out; added and corrected ones are there as they now read.
import type { Db, Prisma } from "@dictum/db";
import { countriesOf } from "../corrections/state.ts";

export interface ExportGoldOptions {
  /** Only articles with at least one standing correction (a note-only check counts): what analysts looked at. */
  correctedOnly?: boolean;
  /** Only articles of these sources (names, case-insensitive). */
  sources?: string[];
  /** Only articles published on or after this day. */
  since?: Date;
  /** Where the gold lines go. */
  gold: NodeJS.WritableStream;
  /** Where the article lines go (ArticleInput records, the ids the gold uses), when wanted. */
  articles?: NodeJS.WritableStream;
  batchSize?: number;
}

export interface ExportGoldSummary {
  articles: number;
  statements: number;
  /** Of those, statements with a standing correction (added ones included). */
  corrected: number;
}

export interface GoldStatement {
  /** Null for an unnamed source ("a diplomat"): the scorer does not check it, as the gold sets do. */
  speaker: string | null;
  kind: "direct" | "indirect";
  text: string;
  places: string[];
  regions?: string[];
}

export interface GoldArticle {
  id: string;
  publishedAt: string | null;
  /** Null when the article has none; left out when it has one that was not resolved to a place (not scored). */
  dateline?: { name: string; countryCode: string } | null;
  statements: GoldStatement[];
}

const select = {
  id: true, externalId: true, url: true, title: true, text: true, publishedAt: true, datelineName: true,
  source: { select: { name: true } },
  datelinePlace: { select: { name: true, key: true } },
  statements: {
    where: { rejected: false },
    orderBy: [{ start: "asc" }, { id: "asc" }],
    select: {
      kind: true, text: true,
      speaker: { select: { name: true, kind: true } },
      places: { where: { role: "MENTIONED" }, select: { place: { select: { key: true, kind: true, name: true } } } },
      corrections: { where: { revertedAt: null }, select: { id: true }, take: 1 },
    },
  },
} satisfies Prisma.ArticleSelect;

type Row = Prisma.ArticleGetPayload<{ select: typeof select }>;

export class UnknownSourceNameError extends Error {
  override name = "UnknownSourceNameError";
}

export async function exportGold(db: Db, options: ExportGoldOptions): Promise<ExportGoldSummary> {
  const where = await articleWhere(db, options);
  const summary: ExportGoldSummary = { articles: 0, statements: 0, corrected: 0 };
  const ids = new Set<string>();
  for (let after = 0; ;) {
    const rows = await db.article.findMany({ where: { AND: [where, { id: { gt: after } }] }, orderBy: { id: "asc" }, take: options.batchSize ?? 200, select });
    if (rows.length === 0) break;
    for (const row of rows) {
      // Ids must be unique in a gold file; an external id two stored articles share gets the stored id after it.
      const id = row.externalId && !ids.has(row.externalId) ? row.externalId : `${row.externalId ?? "dictum"}#${row.id}`;
      ids.add(id);
      await write(options.gold, goldLine(row, id));
      if (options.articles) await write(options.articles, articleLine(row, id));
      summary.articles++;
      summary.statements += row.statements.length;
      summary.corrected += row.statements.filter((s) => s.corrections.length > 0).length;
    }
    after = rows.at(-1)!.id;
  }
  return summary;
}

async function articleWhere(db: Db, options: ExportGoldOptions): Promise<Prisma.ArticleWhereInput> {
  const where: Prisma.ArticleWhereInput[] = [];
  if (options.correctedOnly) where.push({ statements: { some: { corrections: { some: { revertedAt: null } } } } });
  if (options.sources && options.sources.length > 0) {
    const rows = await db.source.findMany({ select: { id: true, name: true } });
    const wanted = options.sources.map((name) => name.trim().toLowerCase());
    const unknown = wanted.filter((name) => !rows.some((row) => row.name.toLowerCase() === name));
    if (unknown.length > 0) throw new UnknownSourceNameError(`no source named "${unknown[0]}" (stored sources: ${rows.map((r) => r.name).sort().join(", ") || "none"})`);
    where.push({ sourceId: { in: rows.filter((row) => wanted.includes(row.name.toLowerCase())).map((row) => row.id) } });
  }
  if (options.since) where.push({ publishedAt: { gte: options.since } });
  return where.length === 0 ? {} : { AND: where };
}

export function goldLine(row: Row, id: string): GoldArticle {
  return {
    id,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString().slice(0, 10) : null,
    ...dateline(row),
    statements: row.statements.map((s) => {
      const keys = s.places.map((p) => p.place.key);
      const regions = [...new Set(s.places.filter((p) => p.place.kind === "REGION").map((p) => p.place.name))];
      return {
        speaker: s.speaker && s.speaker.kind !== "UNNAMED" ? s.speaker.name : null,
        kind: s.kind === "DIRECT" ? "direct" : "indirect",
        text: s.text,
        places: countriesOf(keys),
        ...(regions.length > 0 ? { regions } : {}),
      };
    }),
  };
}

/** The dateline's place and its country (from the place key: "city:tj:dushanbe" is in TJ). */
function dateline(row: Row): Pick<GoldArticle, "dateline"> {
  const place = row.datelinePlace;
  const [code] = place ? countriesOf([place.key]) : [];
  if (place && code) return { dateline: { name: place.name, countryCode: code } };
  return row.datelineName ? {} : { dateline: null };
}

function articleLine(row: Row, id: string) {
  return { id, source: row.source?.name ?? null, url: row.url, publishedAt: row.publishedAt?.toISOString() ?? null, title: row.title, text: row.text };
}

/** One JSON line, waiting while the stream's buffer is full (a large export stays at one batch in memory). */
async function write(stream: NodeJS.WritableStream, value: unknown): Promise<void> {
  if (!stream.write(`${JSON.stringify(value)}\n`)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}
