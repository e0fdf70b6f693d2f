// Reads a statement as corrections see it (its values, the extractor's reading, its corrections) and writes the
// values readers should see into its row and links, inside the caller's transaction. The triggers keep the count
// tables, places keys and search index; quotations and speakers left behind are settled here.
import type { Prisma } from "@dictum/db";
import type { Dialect } from "../bulk-insert.ts";
import { resolveQuotations } from "../lookups.ts";
import type { PlaceCache } from "../places.ts";
import { dropSpeakersWithoutStatements, settleQuotations } from "../settle.ts";
import type { KnownSpeaker, SpeakerKindName } from "../speakers/speaker-index.ts";
import type { SpeakerBatch, SpeakerStore } from "../speakers/speaker-store.ts";
import { quotationFingerprint } from "../text-key.ts";
import { fold, parseChanges, parseExtracted, type Changes, type Extracted, type SpeakerKindValue, type SpeakerValue, type State, type StatementValues } from "./state.ts";

type Tx = Prisma.TransactionClient;

const TO_NAME: Record<SpeakerKindValue, SpeakerKindName> = { PERSON: "person", ORGANISATION: "organisation", UNNAMED: "unnamed" };

export interface StoredCorrection {
  id: number;
  changes: Changes;
  reverted: boolean;
}

/** A statement as stored, with what corrections need of its article. */
export interface CurrentStatement {
  id: number;
  speakerId: number | null;
  quotationId: number | null;
  rejected: boolean;
  values: StatementValues;
  extracted: Extracted | null;
  corrections: StoredCorrection[];
  article: { id: number; text: string; contentHash: string; source: string | null; publishedAt: Date | null; storyCountry: string | null };
}

export async function readStatements(tx: Tx, ids: number[]): Promise<Map<number, CurrentStatement>> {
  const rows = await tx.statement.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, kind: true, text: true, start: true, end: true, speakerId: true, quotationId: true, rejected: true, extracted: true,
      speaker: { select: { id: true, name: true, kind: true } },
      places: { where: { role: "MENTIONED" }, select: { place: { select: { key: true } } } },
      topics: { select: { score: true, topic: { select: { slug: true } } } },
      corrections: { orderBy: { id: "asc" }, select: { id: true, changes: true, revertedAt: true } },
      article: { select: { id: true, text: true, contentHash: true, publishedAt: true, storyCountry: true, source: { select: { name: true } } } },
    },
  });
  return new Map(rows.map((row) => [row.id, {
    id: row.id, speakerId: row.speakerId, quotationId: row.quotationId, rejected: row.rejected,
    values: {
      kind: row.kind as StatementValues["kind"], text: row.text, start: row.start, end: row.end,
      speaker: row.speaker ? { id: row.speaker.id, name: row.speaker.name, kind: row.speaker.kind as SpeakerKindValue } : null,
      places: [...new Set(row.places.map((p) => p.place.key))].sort(),
      topics: row.topics.map((t) => ({ slug: t.topic.slug, score: t.score })).sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    },
    extracted: parseExtracted(row.extracted),
    corrections: row.corrections.map((c) => ({ id: c.id, changes: parseChanges(c.changes), reverted: c.revertedAt !== null })),
    article: { id: row.article.id, text: row.article.text, contentHash: row.article.contentHash, source: row.article.source?.name ?? null, publishedAt: row.article.publishedAt, storyCountry: row.article.storyCountry },
  }]));
}

/** What readers should see: the extractor's reading (the row itself until a first correction) and the standing corrections. */
export function targetOf(current: CurrentStatement, extracted: Extracted | null = current.extracted): State {
  return fold(extracted ?? { ...current.values, found: true }, current.corrections.filter((c) => !c.reverted).map((c) => c.changes));
}

export interface WriterCaches {
  places: PlaceCache;
  topics: Map<string, number>;
  speakers: SpeakerStore;
}

/** Writes statements' target values inside one transaction; `finish` settles quotations and speakers left behind. */
export class StatementWriter {
  private readonly batch: SpeakerBatch;
  private readonly quotations = new Set<number>();
  private readonly formerSpeakers = new Set<number>();
  removedSpeakers: number[] = [];

  constructor(private readonly tx: Tx, private readonly dialect: Dialect, private readonly caches: WriterCaches) {
    this.batch = caches.speakers.batch();
  }

  /** The speaker row for a value: its own when it still exists, else the name resolved as ingest resolves it. */
  async speakerFor(value: SpeakerValue | null, article: CurrentStatement["article"]): Promise<KnownSpeaker | null> {
    if (value === null) return null;
    // Its own row while it exists (another writer may have deleted it since this store loaded it).
    const known = value.id === null ? undefined : this.caches.speakers.byId(value.id);
    if (known && known.kind === TO_NAME[value.kind] && (await this.tx.speaker.count({ where: { id: known.id } })) > 0) return known;
    const context = { source: article.source, year: article.publishedAt?.getUTCFullYear() ?? null, country: article.storyCountry, officialsCountry: article.storyCountry };
    const speaker = this.batch.resolve({ name: value.name, title: null, kind: TO_NAME[value.kind], countryCode: null }, article.contentHash, context);
    await this.batch.commit(this.tx, this.dialect);
    return speaker;
  }

  /** Writes `target` (and the extractor's reading, when given) into the statement's row and links. */
  async write(current: CurrentStatement, target: State, extracted: Extracted | null): Promise<void> {
    const tx = this.tx;
    const speaker = await this.speakerFor(target.speaker, current.article);
    const speakerId = speaker?.id ?? null;
    let quotationId = current.quotationId;
    if (target.text !== current.values.text || speakerId !== current.speakerId) {
      const fingerprint = quotationFingerprint(target.text, speaker ? `${speaker.kind}:${speaker.key}` : null);
      const saidOn = (await tx.statement.findUnique({ where: { id: current.id }, select: { saidOn: true } }))?.saidOn ?? null;
      quotationId = (await resolveQuotations(tx, this.dialect, [{ saidOn, fingerprint }])).get(fingerprint) ?? null;
    }
    if (current.quotationId !== null) this.quotations.add(current.quotationId);
    if (quotationId !== null) this.quotations.add(quotationId);
    if (current.speakerId !== null && current.speakerId !== speakerId) this.formerSpeakers.add(current.speakerId);

    // Only the columns that change: the search and count triggers fire on the columns an UPDATE names.
    const columns: Array<[string, string | number | boolean | null]> = [];
    if (current.values.kind !== target.kind) columns.push(["kind", target.kind]);
    if (current.values.text !== target.text) columns.push(["text", target.text]);
    if (current.values.start !== target.start) columns.push(["start", Math.trunc(target.start)]);
    if (current.values.end !== target.end) columns.push(["end", Math.trunc(target.end)]);
    if (current.speakerId !== speakerId) columns.push(["speakerId", speakerId]);
    if (current.quotationId !== quotationId) columns.push(["quotationId", quotationId]);
    if (current.rejected !== target.rejected) columns.push(["rejected", target.rejected]);
    const extractedJson = extracted ? JSON.stringify(extracted) : null;
    if (JSON.stringify(current.extracted) !== (extractedJson ?? "null")) columns.push(["extracted", extractedJson]);
    if (columns.length > 0) await updateColumns(tx, this.dialect, current.id, columns);

    await this.writePlaces(current, target.places);
    await this.writeTopics(current, target.topics);
  }

  private async writePlaces(current: CurrentStatement, keys: string[]): Promise<void> {
    const before = new Set(current.values.places);
    const after = new Set(keys);
    const added = keys.filter((key) => !before.has(key));
    const dropped = current.values.places.filter((key) => !after.has(key));
    if (added.length === 0 && dropped.length === 0) return;
    const ids = new Map((await this.tx.place.findMany({ where: { key: { in: [...added, ...dropped] } }, select: { id: true, key: true } })).map((p) => [p.key, p.id]));
    if (dropped.length > 0) await this.tx.statementPlace.deleteMany({ where: { statementId: current.id, role: "MENTIONED", placeId: { in: dropped.flatMap((key) => ids.get(key) ?? []) } } });
    const create = added.flatMap((key) => (ids.has(key) ? [{ statementId: current.id, placeId: ids.get(key)!, role: "MENTIONED" as const }] : []));
    if (create.length > 0) await this.tx.statementPlace.createMany({ data: create });
  }

  private async writeTopics(current: CurrentStatement, topics: State["topics"]): Promise<void> {
    const before = new Map(current.values.topics.map((t) => [t.slug, t.score]));
    const after = new Map(topics.map((t) => [t.slug, t.score]));
    const changed = topics.filter((t) => before.get(t.slug) !== t.score);
    const dropped = current.values.topics.filter((t) => !after.has(t.slug));
    if (changed.length === 0 && dropped.length === 0) return;
    const slugs = [...changed, ...dropped].map((t) => t.slug);
    const ids = new Map((await this.tx.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
    await this.tx.statementTopic.deleteMany({ where: { statementId: current.id, topicId: { in: slugs.flatMap((slug) => ids.get(slug) ?? []) } } });
    const create = changed.flatMap((t) => (ids.has(t.slug) ? [{ statementId: current.id, topicId: ids.get(t.slug)!, score: t.score }] : []));
    if (create.length > 0) await this.tx.statementTopic.createMany({ data: create });
  }

  /** Quotations and speakers the writes left behind; call once, after every write of the transaction. */
  async finish(): Promise<void> {
    await settleQuotations(this.tx, this.quotations);
    this.removedSpeakers = await dropSpeakersWithoutStatements(this.tx, this.formerSpeakers);
  }

  /** After the transaction committed. */
  committed(): void {
    this.batch.committed();
    this.caches.speakers.forget(this.removedSpeakers);
  }
}

/** UPDATE "Statement" of these columns: numbers and booleans as literals, strings (and the kind) bound. */
async function updateColumns(tx: Tx, dialect: Dialect, id: number, columns: Array<[string, string | number | boolean | null]>): Promise<void> {
  const params: unknown[] = [];
  const sets = columns.map(([name, value]) => {
    if (value === null) return `"${name}" = NULL`;
    if (typeof value === "number") return `"${name}" = ${value}`;
    if (typeof value === "boolean") return `"${name}" = ${value ? "true" : "false"}`;
    params.push(value);
    const cast = name === "kind" ? `::"StatementKind"` : "::text";
    return `"${name}" = ${dialect === "sqlite" ? "?" : `$${params.length}${cast}`}`;
  });
  await tx.$executeRawUnsafe(`UPDATE "Statement" SET ${sets.join(", ")} WHERE "id" = ${Math.trunc(id)}`, ...params);
}
