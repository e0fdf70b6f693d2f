// How a stored statement differs from the extractor's fresh reading of it: the columns to update and the place
// and topic links to add, drop or rescore. Pure, so whether re-extraction keeps or changes a statement is
// checked without a database.
import type { ExtractedStatement } from "@dictum/extract";
import { sqlDate, trusted, type Dialect } from "../bulk-insert.ts";
import { statementPlaceNeeds } from "../places.ts";
import { toDate } from "../rows.ts";
import type { KnownSpeaker } from "../speakers/speaker-index.ts";
import type { StoredStatement } from "./stored.ts";

const MENTIONED = trusted("MENTIONED");

/** A fresh statement and, once resolved, its speaker. */
export interface Fresh {
  s: ExtractedStatement;
  kind: "DIRECT" | "INDIRECT";
  start: number;
  end: number;
  speaker: KnownSpeaker | null;
}

/** Ids of stored places and topics, by the keys the extraction uses (undefined: not stored). */
export interface LinkLookups {
  placeId: (key: string) => number | undefined;
  topicId: (slug: string) => number | undefined;
}

export const sameNumber = (a: number, b: number) => Math.abs(a - b) < 1e-9;
export const sameDate = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());
export const confidenceOf = (s: ExtractedStatement) => (Number.isFinite(s.confidence) ? Math.min(1, Math.max(0, s.confidence)) : 0);

/** The stored places a statement is about, each once, ascending. */
export function placeIdsOf(s: ExtractedStatement, lookups: LinkLookups): number[] {
  return [...new Set(statementPlaceNeeds(s).flatMap((need) => lookups.placeId(need.key) ?? []))].sort((a, b) => a - b);
}

/** Topic id → score of a statement's stored topics; a topic named twice keeps its first score. */
export function topicsOf(s: ExtractedStatement, lookups: LinkLookups): Map<number, number> {
  const topics = new Map<number, number>();
  for (const t of s.topics) {
    const id = lookups.topicId(t.slug);
    if (id !== undefined && !topics.has(id)) topics.set(id, Number.isFinite(t.score) ? t.score : 0);
  }
  return topics;
}

export interface StatementDiff {
  /** Column → new value (dates as the dialect stores them); empty when the row stays as it is. */
  columns: Record<string, unknown>;
  placeLinksToAdd: unknown[][];
  placeLinksToDrop: Array<[number, number]>;
  topicLinksToAdd: unknown[][];
  topicLinksToDrop: Array<[number, number]>;
  /** [statementId, topicId, score] of links whose score changed. */
  topicScores: Array<[number, number, number]>;
  /** Some place or topic link is added, dropped or rescored. */
  linksChanged: boolean;
}

/** What must change for `old` to show the fresh reading `f` (with the quotation it gets, `quotationId`). */
export function diffStatement(old: StoredStatement, f: Fresh, quotationId: number | null, dialect: Dialect, lookups: LinkLookups): StatementDiff {
  const speakerId = f.speaker?.id ?? null;
  const saidOn = toDate(f.s.saidOn);
  const confidence = confidenceOf(f.s);
  const columns: Record<string, unknown> = {};
  if (old.text !== f.s.text) columns.text = f.s.text;
  if (old.start !== f.start) columns.start = f.start;
  if (old.end !== f.end) columns.end = f.end;
  if (old.speakerId !== speakerId) columns.speakerId = speakerId;
  if (old.quotationId !== quotationId) columns.quotationId = quotationId;
  if (!sameDate(old.saidOn, saidOn)) columns.saidOn = saidOn ? sqlDate(dialect, saidOn) : null;
  if (!sameNumber(old.confidence, confidence)) columns.confidence = confidence;
  const diff: StatementDiff = { columns, placeLinksToAdd: [], placeLinksToDrop: [], topicLinksToAdd: [], topicLinksToDrop: [], topicScores: [], linksChanged: false };
  const places = placeIdsOf(f.s, lookups);
  const placesBefore = new Set(old.placeIds);
  const placesAfter = new Set(places);
  for (const id of places) if (!placesBefore.has(id)) diff.placeLinksToAdd.push([old.id, id, MENTIONED]);
  for (const id of old.placeIds) if (!placesAfter.has(id)) diff.placeLinksToDrop.push([old.id, id]);
  const topics = topicsOf(f.s, lookups);
  for (const [id, score] of topics) {
    const before = old.topics.get(id);
    if (before === undefined) diff.topicLinksToAdd.push([old.id, id, score]);
    else if (!sameNumber(before, score)) diff.topicScores.push([old.id, id, score]);
  }
  for (const id of old.topics.keys()) if (!topics.has(id)) diff.topicLinksToDrop.push([old.id, id]);
  diff.linksChanged = places.length !== placesBefore.size || places.some((id) => !placesBefore.has(id)) ||
    topics.size !== old.topics.size || [...topics].some(([id, score]) => !old.topics.has(id) || !sameNumber(old.topics.get(id)!, score));
  return diff;
}

/** The place and topic links of a statement stored under `id`. */
export function newLinks(id: number, s: ExtractedStatement, lookups: LinkLookups): { places: unknown[][]; topics: unknown[][] } {
  return { places: placeIdsOf(s, lookups).map((place) => [id, place, MENTIONED]), topics: [...topicsOf(s, lookups)].map(([topic, score]) => [id, topic, score]) };
}
