// Re-runs extraction on stored articles and brings their statements up to date in place. One transaction per
// batch holds every change of its articles (statements, links, speakers, quotations, the article's version), so
// a killed run leaves each article fully old or fully new; the next run picks up the articles still old.
import { availableParallelism } from "node:os";
import type { Db, Prisma } from "@dictum/db";
import type { ArticleExtraction, ExtractedStatement } from "@dictum/extract";
import { extractorVersion } from "@dictum/extract/version";
import { bulkInsert, dialectOf, sqlDate, Trusted, trusted, type Dialect } from "../bulk-insert.ts";
import { errorMessage, type Extract, type Extractor, type ExtractResult } from "../extractors.ts";
import { openExtractor } from "../taxonomy/open-extractor.ts";
import { resolveQuotations, resolveTopics } from "../lookups.ts";
import { datelineNeeds, PlaceCache, statementPlaceNeeds, type PlaceNeed } from "../places.ts";
import { insertStatements, PLACE_LINK_COLUMNS, stanceOf, storableStatements, toDate, TOPIC_LINK_COLUMNS, type StatementRow } from "../rows.ts";
import { articleContext } from "../speakers/article-context.ts";
import type { KnownSpeaker } from "../speakers/speaker-index.ts";
import { dropSpeakersWithoutStatements, settleQuotations } from "../settle.ts";
import { SpeakerStore } from "../speakers/speaker-store.ts";
import { quotationFingerprint } from "../text-key.ts";
import { isBusy, takeWriteLock } from "../write-lock.ts";
import { parseExtracted, type Extracted, type State } from "../corrections/state.ts";
import { readStatements, StatementWriter, targetOf, type CurrentStatement } from "../corrections/writer.ts";
import { matchStatements } from "./match.ts";
import { asInput, storedStatements, type StoredArticle, type StoredStatement } from "./stored.ts";

type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 6;
const MENTIONED = trusted("MENTIONED");

export interface ReextractorOptions {
  /** The extractor (default: extractArticle from @dictum/extract). */
  extract?: Extract;
  /** The version recorded on re-extracted articles (default: the extractor's content hash). */
  version?: string;
  /** Extract in worker threads (ignored with a custom `extract`). */
  worker?: boolean;
  /** How many (default: one per core; the main thread's share of the work is small). */
  threads?: number;
  transactionTimeoutMs?: number;
}

/** What re-extraction did to one article. */
export interface ReextractOutcome {
  articleId: number;
  /** "skipped": another run brought it up to date meanwhile, or it was deleted. */
  status: "reextracted" | "skipped" | "failed";
  kept: number;
  changed: number;
  added: number;
  removed: number;
  error?: string;
}

export interface PreparedArticles {
  articles: StoredArticle[];
  results: ExtractResult[];
}

/** A fresh statement and, once resolved, its speaker. */
interface Fresh {
  s: ExtractedStatement;
  kind: "DIRECT" | "INDIRECT";
  start: number;
  end: number;
  speaker: KnownSpeaker | null;
}

const KIND_COLUMN = { person: "PERSON", organisation: "ORGANISATION", unnamed: "UNNAMED" } as const;

/** The statement already shows these values. */
function sameValues(current: CurrentStatement, target: State): boolean {
  const v = current.values;
  return v.kind === target.kind && v.text === target.text && v.start === target.start && v.end === target.end && current.rejected === target.rejected &&
    (v.speaker?.id ?? null) === (target.speaker?.id ?? null) && v.places.join() === target.places.join() &&
    JSON.stringify(v.topics) === JSON.stringify(target.topics);
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sameDate = (a: Date | null, b: Date | null) => (a === null ? b === null : b !== null && a.getTime() === b.getTime());

export class Reextractor {
  private readonly speakers: SpeakerStore;
  private readonly places = new PlaceCache();
  private readonly topics = new Map<string, number>();
  private readonly dialect: Dialect;
  readonly version: string;

  private constructor(private readonly db: Db, private readonly extractor: Extractor, version: string | undefined, private readonly timeoutMs: number, private readonly taxonomyVersion: string | null) {
    this.speakers = new SpeakerStore(db);
    this.dialect = dialectOf(db);
    this.version = version ?? extractorVersion();
  }

  static async open(db: Db, options: ReextractorOptions = {}): Promise<Reextractor> {
    const { extractor, taxonomyVersion } = await openExtractor(db, { ...options, threads: options.threads ?? availableParallelism() });
    const reextractor = new Reextractor(db, extractor, options.version, options.transactionTimeoutMs ?? 120_000, taxonomyVersion);
    await reextractor.reload();
    return reextractor;
  }

  async close(): Promise<void> {
    await this.extractor.close();
  }

  private async reload(): Promise<void> {
    this.places.clear();
    this.topics.clear();
    await this.speakers.load();
    for (const row of await this.db.topic.findMany({ select: { id: true, slug: true } })) this.topics.set(row.slug, row.id);
  }

  /** Extracts the articles again (no database access: batches are prepared while the previous one is written). */
  async prepare(articles: StoredArticle[]): Promise<PreparedArticles> {
    return { articles, results: await this.extractor.extractMany(articles.map(asInput)) };
  }

  /**
   * Writes the new extraction of a prepared batch in one transaction. `force`: also articles already at this
   * version (`--all`). A busy database is retried; an article the database refuses fails alone.
   */
  async commit(prepared: PreparedArticles, force = false): Promise<ReextractOutcome[]> {
    const outcomes = new Map<number, ReextractOutcome>();
    const empty = (articleId: number, status: ReextractOutcome["status"], error?: string): ReextractOutcome => ({ articleId, status, kept: 0, changed: 0, added: 0, removed: 0, error });
    let todo: Array<{ article: StoredArticle; extraction: ArticleExtraction }> = [];
    prepared.articles.forEach((article, i) => {
      const result = prepared.results[i]!;
      if (result.ok) todo.push({ article, extraction: result.extraction });
      else outcomes.set(article.id, empty(article.id, "failed", `extraction failed: ${result.error}`));
    });
    let lastError: unknown = null;
    let failures = 0;
    for (let attempt = 0; todo.length > 0 && attempt < MAX_ATTEMPTS; attempt++) {
      try {
        const done = await this.db.$transaction((tx) => this.apply(tx, todo, force), { timeout: this.timeoutMs, maxWait: this.timeoutMs });
        for (const outcome of done) outcomes.set(outcome.articleId, outcome);
        todo = [];
      } catch (error) {
        lastError = error;
        await this.reload(); // the caches may hold ids of the rolled-back transaction
        if (isBusy(error)) await new Promise((wait) => setTimeout(wait, 25 * 2 ** attempt + Math.random() * 25));
        else if (++failures >= 2) break;
      }
    }
    if (todo.length === 1) {
      outcomes.set(todo[0]!.article.id, empty(todo[0]!.article.id, "failed", `not stored: ${errorMessage(lastError)}`));
    } else {
      // One article the database refuses must not cost the others.
      for (const item of todo) {
        const [outcome] = await this.commit({ articles: [item.article], results: [{ ok: true, extraction: item.extraction }] }, force);
        outcomes.set(item.article.id, outcome!);
      }
    }
    return prepared.articles.map((article) => outcomes.get(article.id)!);
  }

  private async apply(tx: Tx, items: Array<{ article: StoredArticle; extraction: ArticleExtraction }>, force: boolean): Promise<ReextractOutcome[]> {
    await takeWriteLock(tx, this.dialect);
    // Another run may have brought some of them up to date (or someone deleted them) since they were read.
    const current = new Map((await tx.article.findMany({ where: { id: { in: items.map((i) => i.article.id) } }, select: { id: true, extractorVersion: true } })).map((row) => [row.id, row.extractorVersion]));
    const skipped = items.filter((item) => !current.has(item.article.id) || (!force && current.get(item.article.id) === this.version));
    const work = items.filter((item) => !skipped.includes(item));
    const stored = await storedStatements(tx, work.map((w) => w.article.id));

    // Places and topics the new statements refer to.
    const placeNeeds = new Map<string, PlaceNeed>();
    const wantedTopics = new Map<string, string>();
    for (const { extraction } of work) {
      const needs = [...(extraction.dateline ? datelineNeeds(extraction.dateline) : []), ...extraction.statements.flatMap(statementPlaceNeeds)];
      for (const need of needs) if (!placeNeeds.has(need.key)) placeNeeds.set(need.key, need);
      for (const s of extraction.statements) for (const t of s.topics) if (!this.topics.has(t.slug)) wantedTopics.set(t.slug, t.name || t.slug);
    }
    const newPlaces = await this.places.resolve(tx, placeNeeds);
    const placeId = (key: string) => this.places.get(key) ?? newPlaces.get(key);
    const topicIds = await resolveTopics(tx, wantedTopics);
    const topicId = (slug: string) => this.topics.get(slug) ?? topicIds.get(slug);

    // Speakers: a statement whose mention still names its stored speaker keeps it; any other is resolved as
    // ingest resolves it (which may find a known speaker, never merges two stored ones).
    await this.speakers.refresh(tx);
    const speakerBatch = this.speakers.batch();
    const plans = work.map(({ article, extraction }) => {
      const publishedAt = toDate(extraction.publishedAt) ?? article.publishedAt;
      const context = articleContext(asInput(article), extraction, publishedAt);
      const old = stored.get(article.id) ?? [];
      for (const s of old) {
        const speaker = s.speakerId === null ? undefined : this.speakers.byId(s.speakerId);
        if (speaker) speakerBatch.seedLocal(article.contentHash, speaker);
      }
      const fresh: Fresh[] = storableStatements(extraction, article.text).map((s) => ({ s, kind: s.kind === "direct" ? "DIRECT" : "INDIRECT", start: s.start, end: s.end, speaker: null }));
      // A corrected statement is matched by the extractor's reading of it (its row holds the analysts' values).
      const keyed = old.map((s) => {
        const snap = parseExtracted(s.extracted);
        return { start: snap?.start ?? s.start, end: snap?.end ?? s.end, kind: snap?.kind ?? s.kind, s, snap };
      });
      const m = matchStatements(keyed, fresh);
      const matching = {
        pairs: m.pairs.filter((p) => !p.stored.snap).map((p) => ({ stored: p.stored.s, fresh: p.fresh })),
        removed: m.removed.filter((k) => !k.snap).map((k) => k.s),
        added: m.added,
        corrected: m.pairs.filter((p) => p.stored.snap).map((p) => ({ stored: p.stored.s, snap: p.stored.snap!, fresh: p.fresh })),
        correctedMissing: m.removed.filter((k) => k.snap).map((k) => ({ stored: k.s, snap: k.snap! })),
      };
      const speakerBefore = new Map<Fresh, number | null>([
        ...matching.pairs.map((p) => [p.fresh, p.stored.speakerId] as const),
        ...matching.corrected.map((p) => [p.fresh, p.snap.speaker?.id ?? null] as const),
      ]);
      for (const f of fresh) {
        if (!f.s.speaker) continue;
        const before = speakerBefore.get(f);
        const known = before === undefined || before === null ? undefined : this.speakers.byId(before);
        f.speaker = known && speakerBatch.stillNames(known, f.s.speaker) ? known : speakerBatch.resolve(f.s.speaker, article.contentHash, context);
      }
      return { article, extraction, context, matching };
    });
    await speakerBatch.commit(tx, this.dialect);

    // Quotations: a statement whose words or speaker changed (or a new one) gets its fingerprint's quotation.
    const needsQuotation = (f: Fresh, old: StoredStatement | undefined) => !old || old.text !== f.s.text || old.speakerId !== (f.speaker?.id ?? null);
    const fingerprint = (f: Fresh) => quotationFingerprint(f.s.text, f.speaker ? `${f.speaker.kind}:${f.speaker.key}` : null);
    const quotationWanted = plans.flatMap(({ matching }) => [
      ...matching.pairs.filter((p) => needsQuotation(p.fresh, p.stored)).map((p) => p.fresh),
      ...matching.added,
    ]).map((f) => ({ saidOn: toDate(f.s.saidOn), fingerprint: fingerprint(f) }));
    const quotationIds = await resolveQuotations(tx, this.dialect, quotationWanted);
    const quotationOf = (f: Fresh, old?: StoredStatement) => (needsQuotation(f, old) ? quotationIds.get(fingerprint(f)) ?? null : old!.quotationId);

    const now = sqlDate(this.dialect, new Date());
    const removedIds: number[] = [];
    const affectedQuotations = new Set<number>();
    const formerSpeakers = new Set<number>();
    const placeLinksToAdd: unknown[][] = [];
    const placeLinksToDrop: Array<[number, number]> = [];
    const topicLinksToAdd: unknown[][] = [];
    const topicLinksToDrop: Array<[number, number]> = [];
    const topicScores: Array<[number, number, number]> = [];
    const added: Array<{ f: Fresh; articleId: number }> = [];
    const outcomes: ReextractOutcome[] = [];
    const placeIdsOf = (s: ExtractedStatement) => [...new Set(statementPlaceNeeds(s).flatMap((need) => placeId(need.key) ?? []))].sort((a, b) => a - b);
    const topicsOf = (s: ExtractedStatement) => {
      const topics = new Map<number, number>();
      for (const t of s.topics) {
        const id = topicId(t.slug);
        if (id !== undefined && !topics.has(id)) topics.set(id, Number.isFinite(t.score) ? t.score : 0);
      }
      return topics;
    };
    const confidenceOf = (s: ExtractedStatement) => (Number.isFinite(s.confidence) ? Math.min(1, Math.max(0, s.confidence)) : 0);

    for (const { article, matching } of plans) {
      const outcome: ReextractOutcome = { articleId: article.id, status: "reextracted", kept: 0, changed: 0, added: matching.added.length, removed: matching.removed.length };
      for (const old of matching.removed) {
        removedIds.push(old.id);
        if (old.quotationId !== null) affectedQuotations.add(old.quotationId);
        if (old.speakerId !== null) formerSpeakers.add(old.speakerId);
      }
      for (const { stored: old, fresh: f } of matching.pairs) {
        const speakerId = f.speaker?.id ?? null;
        const quotationId = quotationOf(f, old);
        const saidOn = toDate(f.s.saidOn);
        const confidence = confidenceOf(f.s);
        const columns: Record<string, unknown> = {};
        if (old.text !== f.s.text) columns.text = f.s.text;
        if (old.start !== f.start) columns.start = f.start;
        if (old.end !== f.end) columns.end = f.end;
        if (old.speakerId !== speakerId) columns.speakerId = speakerId;
        if (old.quotationId !== quotationId) columns.quotationId = quotationId;
        if (!sameDate(old.saidOn, saidOn)) columns.saidOn = saidOn ? sqlDate(this.dialect, saidOn) : null;
        if (!sameNumber(old.confidence, confidence)) columns.confidence = confidence;
        const places = placeIdsOf(f.s);
        const placesBefore = new Set(old.placeIds);
        const placesAfter = new Set(places);
        for (const id of places) if (!placesBefore.has(id)) placeLinksToAdd.push([old.id, id, MENTIONED]);
        for (const id of old.placeIds) if (!placesAfter.has(id)) placeLinksToDrop.push([old.id, id]);
        const topics = topicsOf(f.s);
        for (const [id, score] of topics) {
          const before = old.topics.get(id);
          if (before === undefined) topicLinksToAdd.push([old.id, id, score]);
          else if (!sameNumber(before, score)) topicScores.push([old.id, id, score]);
        }
        for (const id of old.topics.keys()) if (!topics.has(id)) topicLinksToDrop.push([old.id, id]);
        const linksChanged = places.length !== placesBefore.size || places.some((id) => !placesBefore.has(id)) ||
          topics.size !== old.topics.size || [...topics].some(([id, score]) => !old.topics.has(id) || !sameNumber(old.topics.get(id)!, score));
        if (Object.keys(columns).length === 0 && !linksChanged) {
          outcome.kept++;
          continue;
        }
        outcome.changed++;
        if (Object.keys(columns).length > 0) await this.updateStatement(tx, old.id, columns);
        if ("quotationId" in columns || "saidOn" in columns) {
          if (old.quotationId !== null) affectedQuotations.add(old.quotationId);
          if (quotationId !== null) affectedQuotations.add(quotationId);
        }
        if ("speakerId" in columns && old.speakerId !== null) formerSpeakers.add(old.speakerId);
      }
      for (const f of matching.added) added.push({ f, articleId: article.id });
      outcomes.push(outcome);
    }

    // Corrected statements: the extractor's new reading is recorded and the standing corrections applied to it
    // again; one the extractor no longer finds stays (its corrections are never lost), marked as not found.
    const corrected = plans.flatMap(({ article, matching }) => [
      ...matching.corrected.map((p) => ({ articleId: article.id, stored: p.stored, extracted: this.readingOf(p.fresh, placeId, topicId), fresh: p.fresh as Fresh | null })),
      ...matching.correctedMissing.map((p) => ({ articleId: article.id, stored: p.stored, extracted: { ...p.snap, found: false } as Extracted, fresh: null as Fresh | null })),
    ]);
    const writer = new StatementWriter(tx, this.dialect, { places: this.places, topics: this.topics, speakers: this.speakers });
    if (corrected.length > 0) {
      const currents = await readStatements(tx, corrected.map((c) => c.stored.id));
      for (const c of corrected) {
        const current = currents.get(c.stored.id)!;
        const target = targetOf(current, c.extracted);
        const outcome = outcomes.find((o) => o.articleId === c.articleId)!;
        const columns: Record<string, unknown> = {};
        if (c.fresh) {
          const saidOn = toDate(c.fresh.s.saidOn);
          if (!sameDate(c.stored.saidOn, saidOn)) columns.saidOn = saidOn ? sqlDate(this.dialect, saidOn) : null;
          if (!sameNumber(c.stored.confidence, confidenceOf(c.fresh.s))) columns.confidence = confidenceOf(c.fresh.s);
        }
        if (sameValues(current, target) && Object.keys(columns).length === 0) outcome.kept++;
        else outcome.changed++;
        await writer.write(current, target, c.extracted);
        if (Object.keys(columns).length > 0) {
          await this.updateStatement(tx, c.stored.id, columns);
          if (c.stored.quotationId !== null) affectedQuotations.add(c.stored.quotationId);
        }
      }
    }

    // Vanished statements go with their links (the triggers keep the keys, counts and search index).
    if (removedIds.length > 0) {
      const ids = removedIds.join(", ");
      await tx.$executeRawUnsafe(`DELETE FROM "StatementPlace" WHERE "statementId" IN (${ids})`);
      await tx.$executeRawUnsafe(`DELETE FROM "StatementTopic" WHERE "statementId" IN (${ids})`);
      await tx.$executeRawUnsafe(`DELETE FROM "Statement" WHERE "id" IN (${ids})`);
    }
    await this.dropLinks(tx, "StatementPlace", "placeId", placeLinksToDrop);
    await this.dropLinks(tx, "StatementTopic", "topicId", topicLinksToDrop);
    for (const [statementId, id, score] of topicScores) {
      await tx.$executeRawUnsafe(`UPDATE "StatementTopic" SET "score" = ${score} WHERE "statementId" = ${statementId} AND "topicId" = ${id}`);
    }

    const rows: StatementRow[] = added.map(({ f, articleId }) => {
      const saidOn = toDate(f.s.saidOn);
      return {
        articleId, speakerId: f.speaker?.id ?? null, quotationId: quotationOf(f), kind: f.kind, text: f.s.text, start: f.start, end: f.end,
        saidOn: saidOn ? sqlDate(this.dialect, saidOn) : null, confidence: confidenceOf(f.s), createdAt: now, stance: stanceOf(f.s),
      };
    });
    const newIds = await insertStatements(tx, this.dialect, rows);
    added.forEach(({ f }, i) => {
      const id = newIds[i]!;
      for (const place of placeIdsOf(f.s)) placeLinksToAdd.push([id, place, MENTIONED]);
      for (const [topic, score] of topicsOf(f.s)) topicLinksToAdd.push([id, topic, score]);
    });
    await bulkInsert(tx, this.dialect, "StatementPlace", PLACE_LINK_COLUMNS, placeLinksToAdd);
    await bulkInsert(tx, this.dialect, "StatementTopic", TOPIC_LINK_COLUMNS, topicLinksToAdd);

    await writer.finish();
    await settleQuotations(tx, affectedQuotations);
    const removedSpeakers = await dropSpeakersWithoutStatements(tx, formerSpeakers);
    await this.updateArticles(tx, plans.map(({ article, extraction, context }) => ({ article, extraction, country: context.country, placeId })));

    // Reached only when every write succeeded; Prisma commits right after this returns.
    this.places.remember(newPlaces);
    for (const [slug, id] of topicIds) this.topics.set(slug, id);
    speakerBatch.committed();
    writer.committed();
    this.speakers.forget(removedSpeakers);
    return [...outcomes, ...skipped.map(({ article }) => ({ articleId: article.id, status: "skipped" as const, kept: 0, changed: 0, added: 0, removed: 0 }))];
  }

  /** The extractor's reading of a fresh statement, as corrections record it. */
  private readingOf(f: Fresh, placeId: (key: string) => number | undefined, topicId: (slug: string) => number | undefined): Extracted {
    const placeKeys = statementPlaceNeeds(f.s).filter((need) => placeId(need.key) !== undefined).map((need) => need.key);
    const topics = new Map<string, number>();
    for (const t of f.s.topics) if (topicId(t.slug) !== undefined && !topics.has(t.slug)) topics.set(t.slug, Number.isFinite(t.score) ? t.score : 0);
    return {
      found: true, kind: f.kind, text: f.s.text, start: f.start, end: f.end,
      speaker: f.speaker ? { id: f.speaker.id, name: f.speaker.name, kind: KIND_COLUMN[f.speaker.kind] } : null,
      places: [...new Set(placeKeys)].sort(), topics: [...topics].map(([slug, score]) => ({ slug, score })).sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    };
  }

  private async updateStatement(tx: Tx, id: number, columns: Record<string, unknown>): Promise<void> {
    const params: unknown[] = [];
    const sets = Object.entries(columns).map(([name, value]) => {
      if (value === null) return `"${name}" = NULL`;
      if (typeof value === "number") return `"${name}" = ${value}`;
      if (value instanceof Trusted) return `"${name}" = '${value.value}'${this.dialect === "postgresql" ? "::timestamp(3)" : ""}`;
      params.push(value);
      return `"${name}" = ${this.dialect === "sqlite" ? "?" : `$${params.length}::text`}`;
    });
    await tx.$executeRawUnsafe(`UPDATE "Statement" SET ${sets.join(", ")} WHERE "id" = ${id}`, ...params);
  }

  private async dropLinks(tx: Tx, table: string, column: string, pairs: Array<[number, number]>): Promise<void> {
    for (let from = 0; from < pairs.length; from += 500) {
      const chunk = pairs.slice(from, from + 500);
      const condition = chunk.map(([statementId, id]) => `("statementId" = ${statementId} AND "${column}" = ${id})`).join(" OR ");
      await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${condition}`);
    }
  }

  /** The article's own extracted fields (dateline, language, story country) and the version that made them. */
  private async updateArticles(tx: Tx, items: Array<{ article: StoredArticle; extraction: ArticleExtraction; country: string | null; placeId: (key: string) => number | undefined }>): Promise<void> {
    const unchanged: number[] = [];
    for (const { article, extraction, country, placeId } of items) {
      const dateline = extraction.dateline;
      const datelineKey = dateline ? datelineNeeds(dateline)[0]?.key : undefined;
      const datelinePlaceId = datelineKey ? placeId(datelineKey) ?? null : null;
      const fields = { datelineName: dateline?.name ?? null, datelinePlaceId, language: extraction.language || "en", storyCountry: country };
      if (fields.datelineName === article.datelineName && fields.datelinePlaceId === article.datelinePlaceId && fields.language === article.language && fields.storyCountry === article.storyCountry) {
        unchanged.push(article.id);
      } else {
        await tx.article.update({ where: { id: article.id }, data: { ...fields, extractorVersion: this.version, taxonomyVersion: this.taxonomyVersion } });
      }
    }
    if (unchanged.length > 0) await tx.article.updateMany({ where: { id: { in: unchanged } }, data: { extractorVersion: this.version, taxonomyVersion: this.taxonomyVersion } });
  }
}
