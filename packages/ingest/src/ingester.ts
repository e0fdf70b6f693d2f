// Writes articles in batches: one transaction per batch holds the articles, their statements, speakers,
// quotations and place/topic links, so a killed run leaves whole articles only. Ids of sources, places, topics
// and speakers are cached for the run; a batch costs a dozen queries whatever its size.
import type { Db, Prisma } from "@dictum/db";
import type { ArticleExtraction, ArticleInput, ExtractedStatement } from "@dictum/extract";
import type { Where } from "@dictum/extract/readers";
import type { ArticleOutcome } from "./outcome.ts";
import { datelineNeeds, PlaceCache, statementPlaceNeeds, type PlaceNeed } from "./places.ts";
import { SpeakerStore } from "./speakers/speaker-store.ts";
import { contentHash, quotationFingerprint } from "./text-key.ts";

type Tx = Prisma.TransactionClient;
export type Extract = (article: ArticleInput) => ArticleExtraction;

export interface IngesterOptions {
  /** The extractor (default: extractArticle from @dictum/extract). */
  extract?: Extract;
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

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = ISO_DAY.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function cleanUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed ? trimmed : null;
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").map((line) => line.trim()).filter(Boolean).join(" ").slice(0, 300);
}

function validStatement(s: ExtractedStatement, text: string): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length && typeof s.text === "string" && s.text.length > 0;
}

/** The statements of an extraction that can be stored: offsets inside the text (others are dropped). */
export function storableStatements(extraction: ArticleExtraction, text: string): ExtractedStatement[] {
  return extraction.statements.filter((s) => validStatement(s, text));
}

export class Ingester {
  private readonly speakers: SpeakerStore;
  private readonly places = new PlaceCache();
  private readonly sources = new Map<string, number>();
  private readonly topics = new Map<string, number>();

  private constructor(private readonly db: Db, private readonly extract: Extract, private readonly timeoutMs: number) {
    this.speakers = new SpeakerStore(db);
  }

  static async open(db: Db, options: IngesterOptions = {}): Promise<Ingester> {
    const extract = options.extract ?? (await import("@dictum/extract")).extractArticle;
    const ingester = new Ingester(db, extract, options.transactionTimeoutMs ?? 120_000);
    await ingester.reload();
    return ingester;
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
    try {
      return await this.write(items);
    } catch (error) {
      // The transaction rolled back (a concurrent writer stored the same article, or one article's data was
      // refused): start from what the database holds and store the articles one by one.
      await this.reload();
      if (items.length === 1) return [{ status: "failed", statements: 0, error: `not stored: ${message(error)}`, where: items[0]!.where }];
      const outcomes: ArticleOutcome[] = [];
      for (const item of items) outcomes.push(...(await this.ingest([item])));
      return outcomes;
    }
  }

  private async write(items: readonly BatchItem[]): Promise<ArticleOutcome[]> {
    const outcomes: ArticleOutcome[] = items.map((item) => ({ status: "failed", statements: 0, where: item.where }));
    const candidates: Array<{ index: number; hash: string; url: string | null }> = [];
    items.forEach(({ article }, index) => {
      if (typeof article?.text !== "string" || article.text.trim() === "") outcomes[index]!.error = "article has no text";
      else candidates.push({ index, hash: contentHash(article.text), url: cleanUrl(article.url) });
    });

    const stored = await this.db.article.findMany({
      where: { OR: [{ contentHash: { in: candidates.map((c) => c.hash) } }, { url: { in: candidates.flatMap((c) => (c.url ? [c.url] : [])) } }] },
      select: { id: true, contentHash: true, url: true },
    });
    const byHash = new Map(stored.map((row) => [row.contentHash, row.id]));
    const byUrl = new Map(stored.flatMap((row) => (row.url ? [[row.url, row.id] as const] : [])));
    const firstInBatch = new Map<string, number>(); // hash or url → index of the first new article carrying it
    const duplicates: Array<{ index: number; of: number }> = [];
    const planned: Planned[] = [];
    for (const c of candidates) {
      const storedId = byHash.get(c.hash) ?? (c.url ? byUrl.get(c.url) : undefined);
      if (storedId !== undefined) {
        outcomes[c.index] = { status: "present", articleId: storedId, statements: 0, where: items[c.index]!.where };
        continue;
      }
      const earlier = firstInBatch.get(`h:${c.hash}`) ?? (c.url ? firstInBatch.get(`u:${c.url}`) : undefined);
      if (earlier !== undefined) {
        duplicates.push({ index: c.index, of: earlier });
        continue;
      }
      const article = items[c.index]!.article;
      try {
        const extraction = this.extract(article);
        planned.push({ index: c.index, article, hash: c.hash, url: c.url, extraction });
        firstInBatch.set(`h:${c.hash}`, c.index);
        if (c.url) firstInBatch.set(`u:${c.url}`, c.index);
      } catch (error) {
        outcomes[c.index]!.error = `extraction failed: ${message(error)}`;
      }
    }

    if (planned.length > 0) {
      const ids = await this.db.$transaction((tx) => this.store(tx, planned), { timeout: this.timeoutMs, maxWait: this.timeoutMs });
      planned.forEach((plan, i) => {
        outcomes[plan.index] = { status: "new", articleId: ids[i]!.articleId, statements: ids[i]!.statements, where: items[plan.index]!.where };
      });
    }
    for (const { index, of } of duplicates) outcomes[index] = { status: "present", articleId: outcomes[of]!.articleId, statements: 0, where: items[index]!.where };
    return outcomes;
  }

  /** Everything of the planned articles, inside one transaction. Returns each article's id and statement count. */
  private async store(tx: Tx, planned: Planned[]): Promise<Array<{ articleId: number; statements: number }>> {
    const sourceIds = await this.resolveSources(tx, planned);
    const placeNeeds = new Map<string, PlaceNeed>();
    for (const plan of planned) {
      const needs = [...(plan.extraction.dateline ? datelineNeeds(plan.extraction.dateline) : []), ...plan.extraction.statements.flatMap(statementPlaceNeeds)];
      for (const need of needs) if (!placeNeeds.has(need.key)) placeNeeds.set(need.key, need);
    }
    const newPlaces = await this.places.resolve(tx, placeNeeds);
    const placeId = (key: string) => this.places.get(key) ?? newPlaces.get(key);
    const topicIds = await this.resolveTopics(tx, planned);

    // Speakers and quotations for every valid statement.
    const speakerBatch = this.speakers.batch();
    const statements = planned.map((plan) =>
      storableStatements(plan.extraction, plan.article.text).map((s) => {
        const speaker = s.speaker ? speakerBatch.resolve(s.speaker) : null;
        const saidOn = toDate(s.saidOn) ?? toDate(plan.extraction.publishedAt) ?? toDate(plan.article.publishedAt) ?? new Date(new Date().toISOString().slice(0, 10));
        return { s, speaker, saidOn, fingerprint: quotationFingerprint(s.text, speaker ? `${speaker.kind}:${speaker.key}` : null) };
      }),
    );
    await speakerBatch.commit(tx);
    const quotationIds = await this.resolveQuotations(tx, statements.flat());

    const articles = await tx.article.createManyAndReturn({
      data: planned.map((plan) => {
        const dateline = plan.extraction.dateline;
        const datelineKey = dateline ? datelineNeeds(dateline)[0]?.key : undefined;
        return {
          externalId: plan.article.id || null,
          sourceId: plan.article.source ? sourceIds.get(plan.article.source) ?? null : null,
          url: plan.url,
          title: plan.article.title,
          publishedAt: toDate(plan.extraction.publishedAt) ?? toDate(plan.article.publishedAt),
          datelineName: dateline?.name ?? null,
          datelinePlaceId: datelineKey ? placeId(datelineKey) ?? null : null,
          language: plan.extraction.language || "en",
          text: plan.article.text,
          contentHash: plan.hash,
        };
      }),
      select: { id: true, contentHash: true },
    });
    const articleIdByHash = new Map(articles.map((row) => [row.contentHash, row.id]));
    const articleIds = planned.map((plan) => articleIdByHash.get(plan.hash)!);

    const statementRows = planned.flatMap((plan, i) =>
      statements[i]!.map(({ s, speaker, saidOn, fingerprint }) => ({
        articleId: articleIds[i]!, speakerId: speaker?.id ?? null, quotationId: quotationIds.get(fingerprint) ?? null,
        kind: s.kind === "direct" ? ("DIRECT" as const) : ("INDIRECT" as const), text: s.text, start: s.start, end: s.end, saidOn,
        confidence: Number.isFinite(s.confidence) ? Math.min(1, Math.max(0, s.confidence)) : 0,
      })),
    );
    const statementIds = await this.insertStatements(tx, statementRows);

    const placeLinks: Array<{ statementId: number; placeId: number; role: "MENTIONED" | "DATELINE" }> = [];
    const topicLinks: Array<{ statementId: number; topicId: number; score: number }> = [];
    let k = 0;
    planned.forEach((plan, i) => {
      const dateline = plan.extraction.dateline;
      const datelineKey = dateline ? datelineNeeds(dateline)[0]?.key : undefined;
      const datelineId = datelineKey ? placeId(datelineKey) : undefined;
      for (const { s } of statements[i]!) {
        const statementId = statementIds[k++]!;
        for (const need of statementPlaceNeeds(s)) {
          const id = placeId(need.key);
          if (id !== undefined) placeLinks.push({ statementId, placeId: id, role: "MENTIONED" });
        }
        // DATELINE links a statement to where it was said (the place the story was filed from).
        if (datelineId !== undefined) placeLinks.push({ statementId, placeId: datelineId, role: "DATELINE" });
        const seenTopics = new Set<number>();
        for (const topic of s.topics) {
          const topicId = this.topics.get(topic.slug) ?? topicIds.get(topic.slug);
          if (topicId === undefined || seenTopics.has(topicId)) continue;
          seenTopics.add(topicId);
          topicLinks.push({ statementId, topicId, score: Number.isFinite(topic.score) ? topic.score : 0 });
        }
      }
    });
    if (placeLinks.length > 0) await tx.statementPlace.createMany({ data: placeLinks });
    if (topicLinks.length > 0) await tx.statementTopic.createMany({ data: topicLinks });

    // Reached only when every write succeeded; the caches learn the new ids once the transaction commits, which
    // Prisma does right after this function returns (a failed commit reloads them in `ingest`).
    this.places.remember(newPlaces);
    for (const [slug, id] of topicIds) this.topics.set(slug, id);
    for (const [name, id] of sourceIds) this.sources.set(name, id);
    speakerBatch.committed();
    return planned.map((_, i) => ({ articleId: articleIds[i]!, statements: statements[i]!.length }));
  }

  private async insertStatements(tx: Tx, rows: Prisma.StatementCreateManyInput[]): Promise<number[]> {
    if (rows.length === 0) return [];
    const created = await tx.statement.createManyAndReturn({ data: rows, select: { id: true, articleId: true, start: true, end: true } });
    // Rows come back in insertion order on SQLite and PostgreSQL; match on (article, offsets) to be sure.
    const queue = new Map<string, number[]>();
    for (const row of created) {
      const key = `${row.articleId}:${row.start}:${row.end}`;
      queue.set(key, [...(queue.get(key) ?? []), row.id]);
    }
    return rows.map((row) => queue.get(`${row.articleId}:${row.start}:${row.end}`)!.shift()!);
  }

  private async resolveSources(tx: Tx, planned: Planned[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    const missing = [...new Set(planned.flatMap((p) => (p.article.source ? [p.article.source] : [])))].filter((name) => !this.sources.has(name));
    for (const name of planned.flatMap((p) => (p.article.source ? [p.article.source] : []))) if (this.sources.has(name)) ids.set(name, this.sources.get(name)!);
    if (missing.length === 0) return ids;
    for (const row of await tx.source.findMany({ where: { name: { in: missing } }, select: { id: true, name: true } })) ids.set(row.name, row.id);
    const create = missing.filter((name) => !ids.has(name));
    if (create.length > 0) {
      for (const row of await tx.source.createManyAndReturn({ data: create.map((name) => ({ name })), select: { id: true, name: true } })) ids.set(row.name, row.id);
    }
    return ids;
  }

  private async resolveTopics(tx: Tx, planned: Planned[]): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    const wanted = new Map<string, string>();
    for (const plan of planned) for (const s of plan.extraction.statements) for (const t of s.topics) if (!this.topics.has(t.slug)) wanted.set(t.slug, t.name || t.slug);
    if (wanted.size === 0) return ids;
    for (const row of await tx.topic.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true } })) ids.set(row.slug, row.id);
    const create = [...wanted].filter(([slug]) => !ids.has(slug));
    if (create.length > 0) {
      const rows = await tx.topic.createManyAndReturn({ data: create.map(([slug, name]) => ({ slug, name })), select: { id: true, slug: true } });
      for (const row of rows) ids.set(row.slug, row.id);
    }
    return ids;
  }

  /** One Quotation per fingerprint; an earlier statement moves its firstSaidOn back. */
  private async resolveQuotations(tx: Tx, statements: Array<{ saidOn: Date; fingerprint: string }>): Promise<Map<string, number>> {
    const earliest = new Map<string, Date>();
    for (const { saidOn, fingerprint } of statements) {
      const known = earliest.get(fingerprint);
      if (!known || saidOn < known) earliest.set(fingerprint, saidOn);
    }
    const ids = new Map<string, number>();
    if (earliest.size === 0) return ids;
    const existing = await tx.quotation.findMany({ where: { fingerprint: { in: [...earliest.keys()] } }, select: { id: true, fingerprint: true, firstSaidOn: true } });
    for (const row of existing) {
      ids.set(row.fingerprint, row.id);
      const date = earliest.get(row.fingerprint)!;
      if (date < row.firstSaidOn) await tx.quotation.update({ where: { id: row.id }, data: { firstSaidOn: date } });
    }
    const create = [...earliest].filter(([fingerprint]) => !ids.has(fingerprint));
    if (create.length > 0) {
      const rows = await tx.quotation.createManyAndReturn({ data: create.map(([fingerprint, firstSaidOn]) => ({ fingerprint, firstSaidOn })), select: { id: true, fingerprint: true } });
      for (const row of rows) ids.set(row.fingerprint, row.id);
    }
    return ids;
  }
}
