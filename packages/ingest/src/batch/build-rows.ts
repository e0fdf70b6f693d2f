// Stage 2 of storing a batch, "build rows": the rows of the new articles, their statements and the statements'
// links, from the extraction and the ids the writing transaction found or created. No database here, so what a
// batch writes can be checked row by row; write-batch.ts resolves the ids and inserts the rows.
import type { ExtractedStatement } from "@dictum/extract";
import { sqlDate, trusted, type Dialect, type Trusted } from "../bulk-insert.ts";
import { datelineNeeds, statementPlaceNeeds } from "../places.ts";
import { stanceOf, toDate, type StatementRow } from "../rows.ts";
import type { KnownSpeaker } from "../speakers/speaker-index.ts";
import { targetRows, type TargetRow } from "../targets.ts";
import type { Planned } from "./plan.ts";

/** A storable statement with its speaker, its date and its quotation's fingerprint. */
export interface StatementPlan {
  s: ExtractedStatement;
  speaker: KnownSpeaker | null;
  saidOn: Date | null;
  fingerprint: string;
}

/** Ids by the keys the extraction uses (undefined: not stored, the reference is dropped). */
export interface Lookups {
  sourceId: (name: string) => number | undefined;
  placeId: (key: string) => number | undefined;
  topicId: (slug: string) => number | undefined;
  quotationId: (fingerprint: string) => number | undefined;
}

/** What every row of one batch carries alike. */
export interface Stamp {
  dialect: Dialect;
  /** The batch's time, as the dialect stores it. */
  now: Trusted;
  /** The extractor version recorded on each article. */
  version: string;
  /** The topic taxonomy version recorded on each article (null: a custom extractor). */
  taxonomyVersion: string | null;
}

export interface PlaceLink {
  statementId: number;
  placeId: number;
  role: "MENTIONED" | "DATELINE";
}

export interface TopicLink {
  statementId: number;
  topicId: number;
  score: number;
}

/** One article's values in ARTICLE_COLUMNS order. */
export function articleRow(plan: Planned, storyCountry: string | null, lookups: Pick<Lookups, "sourceId" | "placeId">, stamp: Stamp): unknown[] {
  const { article, extraction } = plan;
  const dateline = extraction.dateline;
  const datelineKey = dateline ? datelineNeeds(dateline)[0]?.key : undefined;
  const publishedAt = toDate(extraction.publishedAt) ?? toDate(article.publishedAt);
  return [
    article.id || null, article.source ? lookups.sourceId(article.source) ?? null : null, plan.key.url, article.title ?? null,
    publishedAt ? sqlDate(stamp.dialect, publishedAt) : null, dateline?.name ?? null, datelineKey ? lookups.placeId(datelineKey) ?? null : null,
    extraction.language || "en", storyCountry, article.text, trusted(plan.key.hash), stamp.now, stamp.version, stamp.taxonomyVersion,
  ];
}

/** One statement's row; a confidence outside [0, 1] is clamped, one that is not a number stored as 0. */
export function statementRow(articleId: number, { s, speaker, saidOn, fingerprint }: StatementPlan, lookups: Pick<Lookups, "quotationId">, stamp: Omit<Stamp, "version" | "taxonomyVersion">): StatementRow {
  return {
    articleId, speakerId: speaker?.id ?? null, quotationId: lookups.quotationId(fingerprint) ?? null,
    kind: s.kind === "direct" ? "DIRECT" : "INDIRECT", text: s.text, start: s.start, end: s.end, saidOn: saidOn ? sqlDate(stamp.dialect, saidOn) : null,
    confidence: Number.isFinite(s.confidence) ? Math.min(1, Math.max(0, s.confidence)) : 0, createdAt: stamp.now, stance: stanceOf(s),
  };
}

/** The place, topic and target links of one article's statements, stored with the ids `statementIds` (in order). */
export function linkRows(text: string, statements: readonly StatementPlan[], statementIds: readonly number[], lookups: Pick<Lookups, "placeId" | "topicId">) {
  const places: PlaceLink[] = [];
  const topics: TopicLink[] = [];
  const targets: TargetRow[] = [];
  statements.forEach(({ s }, i) => {
    const statementId = statementIds[i]!;
    targets.push(...targetRows(statementId, s, text, statements));
    for (const need of statementPlaceNeeds(s)) {
      const placeId = lookups.placeId(need.key);
      if (placeId !== undefined) places.push({ statementId, placeId, role: "MENTIONED" });
    }
    // The dateline is where the story was filed, not what a statement is about: it stays on the article
    // (Article.datelinePlaceId, the API's Statement.saidIn) and is no link of the statement's.
    const seen = new Set<number>();
    for (const topic of s.topics) {
      const topicId = lookups.topicId(topic.slug);
      if (topicId === undefined || seen.has(topicId)) continue;
      seen.add(topicId);
      topics.push({ statementId, topicId, score: Number.isFinite(topic.score) ? topic.score : 0 });
    }
  });
  return { places, topics, targets };
}
