// Writes articles in batches: one transaction per batch holds the articles, their statements, speakers,
// quotations and place/topic links, so a killed run leaves whole articles only. Ids of sources, places, topics
// and speakers are cached for the run; a batch costs a dozen queries whatever its size.
import type { Db, Prisma } from "@dictum/db";
import type { ArticleExtraction, ArticleInput } from "@dictum/extract";
export type { Extract } from "./extractors.ts";
import type { Where } from "@dictum/sources";
import { extractorVersion } from "@dictum/extract/version";
import { bulkInsert, dialectOf, sqlDate, trusted, type Dialect } from "./bulk-insert.ts";
import { errorMessage, type Extract, type Extractor } from "./extractors.ts";
import { openExtractor } from "./taxonomy/open-extractor.ts";
import { resolveQuotations, resolveSources, resolveTopics } from "./lookups.ts";
import type { ArticleOutcome } from "./outcome.ts";
import { datelineNeeds, PlaceCache, statementPlaceNeeds, type PlaceNeed } from "./places.ts";
import { articleContext } from "./speakers/article-context.ts";
import { SpeakerStore } from "./speakers/speaker-store.ts";
import { ARTICLE_COLUMNS, insertStatements, PLACE_LINK_COLUMNS, stanceOf, storableStatements, TARGET_COLUMNS, TARGET_KIND, toDate, TOPIC_LINK_COLUMNS, type StatementRow } from "./rows.ts";
import { targetRows } from "./targets.ts";
import { contentHash, quotationFingerprint } from "./text-key.ts";
import { isBusy, takeWriteLock } from "./write-lock.ts";
export { storableStatements, toDate } from "./rows.ts";

type Tx = Prisma.TransactionClient;

const MAX_ATTEMPTS = 6;

/** One batch at a time per client, whichever ingester writes it: the in-memory caches follow one transaction at a
 * time, and on SQLite (one connection per client) no ingest transaction is open while present articles are
 * confirmed. */
const commitLocks = new WeakMap<Db, Promise<unknown>>();

const ROLE = { MENTIONED: trusted("MENTIONED"), DATELINE: trusted("DATELINE") };

export interface IngesterOptions {
  /** The extractor (default: extractArticle from @dictum/extract). */
  extract?: Extract;
  /** Extract in a worker thread (ignored with a custom `extract`). */
  worker?: boolean;
  /** Longest a batch transaction may take, ms. */
  transactionTimeoutMs?: number;
}

export interface BatchItem {
  article: ArticleInput;
  where?: Where;
}

interface Planned {
  index: number;
  article: ArticleInput;
  hash: string;
  url: string | null;
  extraction: ArticleExtraction;
}

function cleanUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed ? trimmed : null;
}

/** A batch looked up and extracted, ready to be written. */
export interface PreparedBatch {
  items: readonly BatchItem[];
  outcomes: ArticleOutcome[];
  planned: Planned[];
  duplicates: Array<{ index: number; of: number }>;
}

const NUL_CHECKED_FIELDS = ["id", "source", "url", "title", "text"] as const;

/** A lone UTF-16 surrogate (a JSON "\ud800" escape) has no UTF-8 form: the drivers store replacement characters
 * instead (SQLite three of them), which moves every offset after it. Replace each with one U+FFFD up front, so
 * the text that is hashed and extracted is the text that is stored. */
function wellFormed(article: ArticleInput): ArticleInput {
  if (typeof article?.text !== "string") return article;
  const fix = <T,>(value: T): T => (typeof value === "string" ? (value.replace(/\p{Cs}/gu, "\uFFFD") as T) : value);
  return { ...article, id: fix(article.id), source: fix(article.source), url: fix(article.url), title: fix(article.title), text: fix(article.text) };
}

export class Ingester {
  private readonly speakers: SpeakerStore;
  private readonly places = new PlaceCache();
  private readonly sources = new Map<string, number>();
  private readonly topics = new Map<string, number>();
  private readonly dialect: Dialect;
  /** Recorded on every article stored: which extractor made its statements. */
  private readonly version = extractorVersion();

  private constructor(private readonly db: Db, private readonly extractor: Extractor, private readonly timeoutMs: number, readonly taxonomyVersion: string | null) {
    this.speakers = new SpeakerStore(db);
    this.dialect = dialectOf(db);
  }

  static async open(db: Db, options: IngesterOptions = {}): Promise<Ingester> {
    const { extractor, taxonomyVersion } = await openExtractor(db, options);
    const ingester = new Ingester(db, extractor, options.transactionTimeoutMs ?? 120_000, taxonomyVersion);
    await ingester.reload();
    return ingester;
  }

  /** Stops the extraction worker, if any. */
  async close(): Promise<void> {
    await this.extractor.close();
  }

  /** Forgets every cached id and reloads what the database holds (after a rolled-back transaction). */
  private async reload(): Promise<void> {
    this.places.clear();
    this.sources.clear();
    this.topics.clear();
    await this.speakers.load();
    for (const row of await this.db.source.findMany({ select: { id: true, name: true } })) this.sources.set(row.name, row.id);
    for (const row of await this.db.topic.findMany({ select: { id: true, slug: true } })) this.topics.set(row.slug, row.id);
  }

  /** Stores one batch; returns one outcome per item, in order. Never throws for bad articles. */
  async ingest(items: readonly BatchItem[]): Promise<ArticleOutcome[]> {
    return this.commit(await this.prepare(items));
  }

  /** Checks which articles are already stored and extracts the others. Reads only: batches may be prepared
   * ahead, while the previous batch is being written. */
  async prepare(batch: readonly BatchItem[]): Promise<PreparedBatch> {
    const items = batch.map((item) => ({ ...item, article: wellFormed(item.article) }));
    const outcomes: ArticleOutcome[] = items.map((item) => ({ status: "failed", statements: 0, where: item.where }));
    const candidates: Array<{ index: number; hash: string; url: string | null }> = [];
    items.forEach(({ article }, index) => {
      const nulField = NUL_CHECKED_FIELDS.find((field) => typeof article?.[field] === "string" && article[field].includes("\u0000"));
      if (typeof article?.text !== "string" || article.text.trim() === "") outcomes[index]!.error = "article has no text";
      // PostgreSQL text cannot hold NUL (the whole batch would fail with an encoding error); it means binary anyway
      else if (nulField) outcomes[index]!.error = `binary content: the ${nulField} holds a NUL character`;
      else candidates.push({ index, hash: contentHash(article.text), url: cleanUrl(article.url) });
    });

    // A hint only: on SQLite this read shares the connection with a transaction that may be open and may yet roll
    // back. `commit` confirms every "present" in committed state before it is answered.
    const stored = await this.storedIds(candidates.map((c) => c.hash), candidates.flatMap((c) => (c.url ? [c.url] : [])), false);
    const firstInBatch = new Map<string, number>(); // hash or url → index of the first new article carrying it
    const duplicates: Array<{ index: number; of: number }> = [];
    const toExtract: Array<{ index: number; hash: string; url: string | null }> = [];
    for (const c of candidates) {
      const storedId = stored.get(`h:${c.hash}`) ?? (c.url ? stored.get(`u:${c.url}`) : undefined);
      if (storedId !== undefined) {
        outcomes[c.index] = { status: "present", articleId: storedId, statements: 0, where: items[c.index]!.where };
        continue;
      }
      const earlier = firstInBatch.get(`h:${c.hash}`) ?? (c.url ? firstInBatch.get(`u:${c.url}`) : undefined);
      if (earlier !== undefined) {
        duplicates.push({ index: c.index, of: earlier });
        continue;
      }
      toExtract.push(c);
      firstInBatch.set(`h:${c.hash}`, c.index);
      if (c.url) firstInBatch.set(`u:${c.url}`, c.index);
    }

    const results = await this.extractor.extractMany(toExtract.map((c) => items[c.index]!.article));
    const planned: Planned[] = [];
    toExtract.forEach((c, i) => {
      const result = results[i]!;
      if (result.ok) planned.push({ index: c.index, article: items[c.index]!.article, hash: c.hash, url: c.url, extraction: result.extraction });
      else outcomes[c.index]!.error = `extraction failed: ${result.error}`;
    });
    return { items, outcomes, planned, duplicates };
  }

  /** Writes a prepared batch in one transaction. On failure (a concurrent writer stored the same article, or one
   * article's data was refused) it reloads from the database and stores the articles one by one. */
  /**
   * `recent` (article ids by "h:<hash>" and "u:<url>", kept by the caller across batches) lets a caller that
   * prepares a batch before the previous one committed skip articles that batch stored.
   */
  async commit(batch: PreparedBatch, recent?: Map<string, number>): Promise<ArticleOutcome[]> {
    // One batch at a time per client: the in-memory speaker index and caches follow one transaction at a time,
    // even when callers (concurrent API requests) share the ingester.
    const turn = (commitLocks.get(this.db) ?? Promise.resolve()).then(async () => {
      const replanned = await this.confirmPresent(batch);
      return this.commitNow(replanned.length === 0 ? batch : { ...batch, planned: [...batch.planned, ...replanned] }, recent);
    });
    commitLocks.set(this.db, turn.catch(() => {}));
    return turn;
  }

  /** Answers "present" only for articles stored in committed state: `prepare` may have seen the rows of another
   * transaction still open on the client's connection (SQLite), which can roll back or die before COMMIT.
   * Articles no longer found are extracted now and returned, to be stored with the batch. */
  private async confirmPresent(batch: PreparedBatch): Promise<Planned[]> {
    const { items, outcomes, duplicates } = batch;
    const present = outcomes.flatMap((outcome, index) => (outcome.status === "present" ? [{ index, hash: contentHash(items[index]!.article.text), url: cleanUrl(items[index]!.article.url) }] : []));
    if (present.length === 0) return [];
    const stored = await this.storedIds(present.map((p) => p.hash), present.flatMap((p) => (p.url ? [p.url] : [])), true);
    const missing: typeof present = [];
    const firstMissing = new Map<string, number>();
    for (const p of present) {
      const storedId = stored.get(`h:${p.hash}`) ?? (p.url ? stored.get(`u:${p.url}`) : undefined);
      if (storedId !== undefined) {
        outcomes[p.index] = { ...outcomes[p.index]!, articleId: storedId };
        continue;
      }
      outcomes[p.index] = { status: "failed", statements: 0, where: items[p.index]!.where };
      const earlier = firstMissing.get(`h:${p.hash}`) ?? (p.url ? firstMissing.get(`u:${p.url}`) : undefined);
      if (earlier !== undefined) {
        duplicates.push({ index: p.index, of: earlier });
        continue;
      }
      missing.push(p);
      firstMissing.set(`h:${p.hash}`, p.index);
      if (p.url) firstMissing.set(`u:${p.url}`, p.index);
    }
    if (missing.length === 0) return [];
    const results = await this.extractor.extractMany(missing.map((p) => items[p.index]!.article));
    return missing.flatMap((p, i) => {
      const result = results[i]!;
      if (result.ok) return [{ index: p.index, article: items[p.index]!.article, hash: p.hash, url: p.url, extraction: result.extraction }];
      outcomes[p.index]!.error = `extraction failed: ${result.error}`;
      return [];
    });
  }

  private async commitNow(batch: PreparedBatch, recent?: Map<string, number>): Promise<ArticleOutcome[]> {
    const { items, outcomes, duplicates } = batch;
    const present = (plan: Planned, articleId: number) => {
      outcomes[plan.index] = { status: "present", articleId, statements: 0, where: items[plan.index]!.where };
    };
    let planned = batch.planned.filter((plan) => {
      const storedId = recent?.get(`h:${plan.hash}`) ?? (plan.url ? recent?.get(`u:${plan.url}`) : undefined);
      if (storedId !== undefined) present(plan, storedId);
      return storedId === undefined;
    });
    let lastError: unknown = null;
    for (let attempt = 0; planned.length > 0 && attempt < MAX_ATTEMPTS; attempt++) {
      if (attempt > 0) {
        // Another writer may have stored some of these articles (or places, topics, speakers) meanwhile.
        await this.reload();
        const stored = await this.storedIds(planned.map((plan) => plan.hash), planned.flatMap((plan) => (plan.url ? [plan.url] : [])), true);
        planned = planned.filter((plan) => {
          const storedId = stored.get(`h:${plan.hash}`) ?? (plan.url ? stored.get(`u:${plan.url}`) : undefined);
          if (storedId !== undefined) present(plan, storedId);
          return storedId === undefined;
        });
        if (planned.length === 0) break;
      }
      try {
        const ids = await this.db.$transaction((tx) => this.store(tx, planned), { timeout: this.timeoutMs, maxWait: this.timeoutMs });
        planned.forEach((plan, i) => {
          outcomes[plan.index] = { status: "new", articleId: ids[i]!.articleId, statements: ids[i]!.statementIds.length, statementIds: ids[i]!.statementIds, where: items[plan.index]!.where, language: plan.extraction.language };
          recent?.set(`h:${plan.hash}`, ids[i]!.articleId);
          if (plan.url) recent?.set(`u:${plan.url}`, ids[i]!.articleId);
        });
        planned = [];
      } catch (error) {
        lastError = error;
        // A busy database (another writer) is retried with back-off; anything else once, then article by article.
        if (!isBusy(error) && attempt >= 1) break;
        if (isBusy(error)) await new Promise((wait) => setTimeout(wait, 25 * 2 ** attempt + Math.random() * 25));
      }
    }
    if (planned.length === 1 && batch.planned.length === 1) {
      outcomes[planned[0]!.index] = { status: "failed", statements: 0, error: `not stored: ${errorMessage(lastError)}`, where: items[planned[0]!.index]!.where };
    } else {
      // One article the database refuses must not cost the others: store what is left one by one.
      for (const plan of planned) {
        const single: PreparedBatch = { items: [items[plan.index]!], outcomes: [{ status: "failed", statements: 0, where: items[plan.index]!.where }], planned: [{ ...plan, index: 0 }], duplicates: [] };
        outcomes[plan.index] = (await this.commitNow(single, recent))[0]!;
      }
    }
    // A copy of an article that could not be stored is not stored either.
    for (const { index, of } of duplicates) {
      const first = outcomes[of]!;
      outcomes[index] = first.status === "failed"
        ? { status: "failed", statements: 0, error: first.error, where: items[index]!.where }
        : { status: "present", articleId: first.articleId, statements: 0, where: items[index]!.where };
    }
    return outcomes;
  }

  /** Ids of stored articles with these hashes or URLs, by "h:<hash>" and "u:<url>". `committed`: only rows of
   * committed transactions. A SQLite client has one connection, so a plain read sees the rows of a transaction
   * open on it; a read in a transaction of its own waits for that one to end (the driver runs one at a time). */
  private async storedIds(hashes: string[], urls: string[], committed: boolean): Promise<Map<string, number>> {
    const where = { OR: [{ contentHash: { in: hashes } }, { url: { in: urls } }] };
    const select = { id: true, contentHash: true, url: true } as const;
    const rows = committed && this.dialect === "sqlite"
      ? await this.db.$transaction((tx) => tx.article.findMany({ where, select }), { timeout: this.timeoutMs, maxWait: this.timeoutMs })
      : await this.db.article.findMany({ where, select });
    const ids = new Map<string, number>();
    for (const row of rows) {
      ids.set(`h:${row.contentHash}`, row.id);
      if (row.url) ids.set(`u:${row.url}`, row.id);
    }
    return ids;
  }

  /** Everything of the planned articles, inside one transaction. Returns each article's id and its statements' ids. */
  private async store(tx: Tx, planned: Planned[]): Promise<Array<{ articleId: number; statementIds: number[] }>> {
    await takeWriteLock(tx, this.dialect);
    const sourceIds = await resolveSources(tx, planned.flatMap((p) => (p.article.source ? [p.article.source] : [])), this.sources);
    const placeNeeds = new Map<string, PlaceNeed>();
    for (const plan of planned) {
      const needs = [...(plan.extraction.dateline ? datelineNeeds(plan.extraction.dateline) : []), ...plan.extraction.statements.flatMap(statementPlaceNeeds)];
      for (const need of needs) if (!placeNeeds.has(need.key)) placeNeeds.set(need.key, need);
    }
    const newPlaces = await this.places.resolve(tx, placeNeeds);
    const placeId = (key: string) => this.places.get(key) ?? newPlaces.get(key);
    const wantedTopics = new Map<string, string>();
    for (const plan of planned) for (const s of plan.extraction.statements) for (const t of s.topics) if (!this.topics.has(t.slug)) wantedTopics.set(t.slug, t.name || t.slug);
    const topicIds = await resolveTopics(tx, wantedTopics);

    // Speakers and quotations for every valid statement.
    await this.speakers.refresh(tx);
    const speakerBatch = this.speakers.batch();
    const contexts = planned.map((plan) => articleContext(plan.article, plan.extraction, toDate(plan.extraction.publishedAt) ?? toDate(plan.article.publishedAt)));
    const statements = planned.map((plan, i) => {
      const context = contexts[i]!;
      return storableStatements(plan.extraction, plan.article.text).map((s) => {
        const speaker = s.speaker ? speakerBatch.resolve(s.speaker, plan.hash, context) : null;
        // The extractor dates each statement from the article's own evidence; without any the date stays unknown (null),
        // never the day of ingestion.
        const saidOn = toDate(s.saidOn);
        return { s, speaker, saidOn, fingerprint: quotationFingerprint(s.text, speaker ? `${speaker.kind}:${speaker.key}` : null) };
      });
    });
    await speakerBatch.commit(tx, this.dialect);
    const quotationIds = await resolveQuotations(tx, this.dialect, statements.flat());
    const now = sqlDate(this.dialect, new Date());

    const articleRows = planned.map((plan, i) => {
      const dateline = plan.extraction.dateline;
      const datelineKey = dateline ? datelineNeeds(dateline)[0]?.key : undefined;
      const publishedAt = toDate(plan.extraction.publishedAt) ?? toDate(plan.article.publishedAt);
      return [
        plan.article.id || null, plan.article.source ? sourceIds.get(plan.article.source) ?? null : null, plan.url, plan.article.title ?? null,
        publishedAt ? sqlDate(this.dialect, publishedAt) : null, dateline?.name ?? null, datelineKey ? placeId(datelineKey) ?? null : null,
        plan.extraction.language || "en", contexts[i]!.country, plan.article.text, trusted(plan.hash), now, this.version, this.taxonomyVersion,
      ];
    });
    const articles = (await bulkInsert(tx, this.dialect, "Article", ARTICLE_COLUMNS, articleRows, ["id", "contentHash"])) as Array<{ id: number; contentHash: string }>;
    const articleIdByHash = new Map(articles.map((row) => [row.contentHash, row.id]));
    const articleIds = planned.map((plan) => articleIdByHash.get(plan.hash)!);

    const statementRows: StatementRow[] = planned.flatMap((plan, i) =>
      statements[i]!.map(({ s, speaker, saidOn, fingerprint }) => ({
        articleId: articleIds[i]!, speakerId: speaker?.id ?? null, quotationId: quotationIds.get(fingerprint) ?? null,
        kind: s.kind === "direct" ? "DIRECT" : "INDIRECT", text: s.text, start: s.start, end: s.end, saidOn: saidOn ? sqlDate(this.dialect, saidOn) : null,
        confidence: Number.isFinite(s.confidence) ? Math.min(1, Math.max(0, s.confidence)) : 0, createdAt: now, stance: stanceOf(s),
      })),
    );
    const statementIds = await insertStatements(tx, this.dialect, statementRows);

    const placeLinks: Array<{ statementId: number; placeId: number; role: "MENTIONED" | "DATELINE" }> = [];
    const topicLinks: Array<{ statementId: number; topicId: number; score: number }> = [];
    const targets: ReturnType<typeof targetRows> = [];
    let k = 0;
    planned.forEach((plan, i) => {
      for (const { s } of statements[i]!) {
        const statementId = statementIds[k++]!;
        targets.push(...targetRows(statementId, s, plan.article.text, statements[i]!));
        for (const need of statementPlaceNeeds(s)) {
          const id = placeId(need.key);
          if (id !== undefined) placeLinks.push({ statementId, placeId: id, role: "MENTIONED" });
        }
        // The dateline is where the story was filed, not what a statement is about: it stays on the article
        // (Article.datelinePlaceId, the API's Statement.saidIn) and is no link of the statement's.
        const seenTopics = new Set<number>();
        for (const topic of s.topics) {
          const topicId = this.topics.get(topic.slug) ?? topicIds.get(topic.slug);
          if (topicId === undefined || seenTopics.has(topicId)) continue;
          seenTopics.add(topicId);
          topicLinks.push({ statementId, topicId, score: Number.isFinite(topic.score) ? topic.score : 0 });
        }
      }
    });
    await bulkInsert(tx, this.dialect, "StatementPlace", PLACE_LINK_COLUMNS, placeLinks.map((l) => [l.statementId, l.placeId, ROLE[l.role]]));
    await bulkInsert(tx, this.dialect, "StatementTopic", TOPIC_LINK_COLUMNS, topicLinks.map((l) => [l.statementId, l.topicId, l.score]));
    await bulkInsert(tx, this.dialect, "StatementTarget", TARGET_COLUMNS, targets.map((t) => [t.statementId, t.position, t.name, TARGET_KIND[t.kind], t.countryCode, t.speakerId, t.start, t.end]));

    // Reached only when every write succeeded; the caches learn the new ids once the transaction commits, which
    // Prisma does right after this function returns (a failed commit reloads them in `ingest`).
    this.places.remember(newPlaces);
    for (const [slug, id] of topicIds) this.topics.set(slug, id);
    for (const [name, id] of sourceIds) this.sources.set(name, id);
    speakerBatch.committed();
    let first = 0;
    return planned.map((_, i) => ({ articleId: articleIds[i]!, statementIds: statementIds.slice(first, (first += statements[i]!.length)) }));
  }


}
