// Re-runs extraction on stored articles and brings their statements up to date in place. One transaction per
// batch holds every change of its articles (statements, links, speakers, quotations, the article's version), so
// a killed run leaves each article fully old or fully new; the next run picks up the articles still old.
import { availableParallelism } from "node:os";
import type { Db, Prisma } from "@dictum/db";
import type { ArticleExtraction } from "@dictum/extract";
import { extractorVersion } from "@dictum/extract/version";
import { bulkInsert, dialectOf, sqlDate, type Dialect } from "../bulk-insert.ts";
import { StatementWriter } from "../corrections/writer.ts";
import { errorMessage, type Extract, type Extractor, type ExtractResult } from "../extractors.ts";
import { openExtractor } from "../taxonomy/open-extractor.ts";
import { resolveQuotations, resolveTopics } from "../lookups.ts";
import { datelineNeeds, PlaceCache, statementPlaceNeeds, type PlaceNeed } from "../places.ts";
import { insertStatements, PLACE_LINK_COLUMNS, stanceOf, toDate, TOPIC_LINK_COLUMNS, type StatementRow } from "../rows.ts";
import { dropSpeakersWithoutStatements, settleQuotations } from "../settle.ts";
import { SpeakerStore } from "../speakers/speaker-store.ts";
import { quotationFingerprint } from "../text-key.ts";
import { busyBackoff, isBusy, takeWriteLock } from "../write-lock.ts";
import { planArticle } from "./article-plan.ts";
import { correctedOf, reapplyCorrections } from "./corrected.ts";
import { confidenceOf, diffStatement, newLinks, type Fresh, type LinkLookups } from "./statement-diff.ts";
import { deleteStatements, dropLinks, updateArticles, updateStatement } from "./statement-sql.ts";
import { asInput, storedStatements, type StoredArticle, type StoredStatement } from "./stored.ts";

type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 6;

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
        if (isBusy(error)) await busyBackoff(attempt);
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
    const topicIds = await resolveTopics(tx, wantedTopics);
    const lookups: LinkLookups = {
      placeId: (key) => this.places.get(key) ?? newPlaces.get(key),
      topicId: (slug) => this.topics.get(slug) ?? topicIds.get(slug),
    };

    await this.speakers.refresh(tx);
    const speakerBatch = this.speakers.batch();
    const plans = work.map(({ article, extraction }) => planArticle(article, extraction, stored.get(article.id) ?? [], this.speakers, speakerBatch));
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
    const links = { placeLinksToAdd: [] as unknown[][], placeLinksToDrop: [] as Array<[number, number]>, topicLinksToAdd: [] as unknown[][], topicLinksToDrop: [] as Array<[number, number]>, topicScores: [] as Array<[number, number, number]> };
    const added: Array<{ f: Fresh; articleId: number }> = [];
    const outcomes: ReextractOutcome[] = [];
    for (const { article, matching } of plans) {
      const outcome: ReextractOutcome = { articleId: article.id, status: "reextracted", kept: 0, changed: 0, added: matching.added.length, removed: matching.removed.length };
      for (const old of matching.removed) {
        removedIds.push(old.id);
        if (old.quotationId !== null) affectedQuotations.add(old.quotationId);
        if (old.speakerId !== null) formerSpeakers.add(old.speakerId);
      }
      for (const { stored: old, fresh: f } of matching.pairs) {
        const quotationId = quotationOf(f, old);
        const diff = diffStatement(old, f, quotationId, this.dialect, lookups);
        for (const key of Object.keys(links) as Array<keyof typeof links>) (links[key] as unknown[]).push(...diff[key]);
        const { columns } = diff;
        if (Object.keys(columns).length === 0 && !diff.linksChanged) {
          outcome.kept++;
          continue;
        }
        outcome.changed++;
        if (Object.keys(columns).length > 0) await updateStatement(tx, this.dialect, old.id, columns);
        if ("quotationId" in columns || "saidOn" in columns) {
          if (old.quotationId !== null) affectedQuotations.add(old.quotationId);
          if (quotationId !== null) affectedQuotations.add(quotationId);
        }
        if ("speakerId" in columns && old.speakerId !== null) formerSpeakers.add(old.speakerId);
      }
      for (const f of matching.added) added.push({ f, articleId: article.id });
      outcomes.push(outcome);
    }

    const writer = new StatementWriter(tx, this.dialect, { places: this.places, topics: this.topics, speakers: this.speakers });
    await reapplyCorrections(tx, this.dialect, writer, correctedOf(plans, lookups), outcomes, affectedQuotations);

    await deleteStatements(tx, removedIds);
    await dropLinks(tx, "StatementPlace", "placeId", links.placeLinksToDrop);
    await dropLinks(tx, "StatementTopic", "topicId", links.topicLinksToDrop);
    for (const [statementId, id, score] of links.topicScores) {
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
      const fresh = newLinks(newIds[i]!, f.s, lookups);
      links.placeLinksToAdd.push(...fresh.places);
      links.topicLinksToAdd.push(...fresh.topics);
    });
    await bulkInsert(tx, this.dialect, "StatementPlace", PLACE_LINK_COLUMNS, links.placeLinksToAdd);
    await bulkInsert(tx, this.dialect, "StatementTopic", TOPIC_LINK_COLUMNS, links.topicLinksToAdd);

    await writer.finish();
    await settleQuotations(tx, affectedQuotations);
    const removedSpeakers = await dropSpeakersWithoutStatements(tx, formerSpeakers);
    await updateArticles(tx, { extractorVersion: this.version, taxonomyVersion: this.taxonomyVersion }, plans.map(({ article, extraction, context }) => ({ article, extraction, country: context.country, placeId: lookups.placeId })));

    // Reached only when every write succeeded; Prisma commits right after this returns.
    this.places.remember(newPlaces);
    for (const [slug, id] of topicIds) this.topics.set(slug, id);
    speakerBatch.committed();
    writer.committed();
    this.speakers.forget(removedSpeakers);
    return [...outcomes, ...skipped.map(({ article }) => ({ articleId: article.id, status: "skipped" as const, kept: 0, changed: 0, added: 0, removed: 0 }))];
  }
}
