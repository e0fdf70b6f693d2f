// Corrected statements under re-extraction: the extractor's new reading is recorded and the standing corrections
// applied to it again; one the extractor no longer finds stays (its corrections are never lost), marked as not
// found. Its date and confidence are the extractor's, so they follow the new reading.
import type { Prisma } from "@dictum/db";
import { sqlDate, type Dialect } from "../bulk-insert.ts";
import type { Extracted, State } from "../corrections/state.ts";
import { readStatements, targetOf, type CurrentStatement, type StatementWriter } from "../corrections/writer.ts";
import { statementPlaceNeeds } from "../places.ts";
import { toDate } from "../rows.ts";
import type { ArticlePlan } from "./article-plan.ts";
import type { ReextractOutcome } from "./reextractor.ts";
import { confidenceOf, sameDate, sameNumber, type Fresh, type LinkLookups } from "./statement-diff.ts";
import { updateStatement } from "./statement-sql.ts";
import type { StoredStatement } from "./stored.ts";

type Tx = Prisma.TransactionClient;

const KIND_COLUMN = { person: "PERSON", organisation: "ORGANISATION", unnamed: "UNNAMED" } as const;

interface Corrected {
  articleId: number;
  stored: StoredStatement;
  extracted: Extracted;
  fresh: Fresh | null;
}

/** The statement already shows these values. */
function sameValues(current: CurrentStatement, target: State): boolean {
  const v = current.values;
  return v.kind === target.kind && v.text === target.text && v.start === target.start && v.end === target.end && current.rejected === target.rejected &&
    (v.speaker?.id ?? null) === (target.speaker?.id ?? null) && v.places.join() === target.places.join() &&
    JSON.stringify(v.topics) === JSON.stringify(target.topics);
}

/** The extractor's reading of a fresh statement, as corrections record it. */
export function readingOf(f: Fresh, lookups: LinkLookups): Extracted {
  const placeKeys = statementPlaceNeeds(f.s).filter((need) => lookups.placeId(need.key) !== undefined).map((need) => need.key);
  const topics = new Map<string, number>();
  for (const t of f.s.topics) if (lookups.topicId(t.slug) !== undefined && !topics.has(t.slug)) topics.set(t.slug, Number.isFinite(t.score) ? t.score : 0);
  return {
    found: true, kind: f.kind, text: f.s.text, start: f.start, end: f.end,
    speaker: f.speaker ? { id: f.speaker.id, name: f.speaker.name, kind: KIND_COLUMN[f.speaker.kind] } : null,
    places: [...new Set(placeKeys)].sort(), topics: [...topics].map(([slug, score]) => ({ slug, score })).sort((a, b) => (a.slug < b.slug ? -1 : 1)),
  };
}

/** The corrected statements of these articles, with the reading to record for each. */
export function correctedOf(plans: readonly ArticlePlan[], lookups: LinkLookups): Corrected[] {
  return plans.flatMap(({ article, matching }) => [
    ...matching.corrected.map((p) => ({ articleId: article.id, stored: p.stored, extracted: readingOf(p.fresh, lookups), fresh: p.fresh as Fresh | null })),
    ...matching.correctedMissing.map((p) => ({ articleId: article.id, stored: p.stored, extracted: { ...p.snap, found: false } as Extracted, fresh: null as Fresh | null })),
  ]);
}

/** Records each new reading and applies the corrections again; counts each statement kept or changed in its
 * article's outcome and notes the quotations whose dates may move. */
export async function reapplyCorrections(tx: Tx, dialect: Dialect, writer: StatementWriter, corrected: readonly Corrected[], outcomes: readonly ReextractOutcome[], affectedQuotations: Set<number>): Promise<void> {
  if (corrected.length === 0) return;
  const currents = await readStatements(tx, corrected.map((c) => c.stored.id));
  for (const c of corrected) {
    const current = currents.get(c.stored.id)!;
    const target = targetOf(current, c.extracted);
    const outcome = outcomes.find((o) => o.articleId === c.articleId)!;
    const columns: Record<string, unknown> = {};
    if (c.fresh) {
      const saidOn = toDate(c.fresh.s.saidOn);
      if (!sameDate(c.stored.saidOn, saidOn)) columns.saidOn = saidOn ? sqlDate(dialect, saidOn) : null;
      if (!sameNumber(c.stored.confidence, confidenceOf(c.fresh.s))) columns.confidence = confidenceOf(c.fresh.s);
    }
    if (sameValues(current, target) && Object.keys(columns).length === 0) outcome.kept++;
    else outcome.changed++;
    await writer.write(current, target, c.extracted);
    if (Object.keys(columns).length > 0) {
      await updateStatement(tx, dialect, c.stored.id, columns);
      if (c.stored.quotationId !== null) affectedQuotations.add(c.stored.quotationId);
    }
  }
}
