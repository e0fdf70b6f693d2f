// `dictum reextract --topics`: stored statements tagged again from the database's taxonomy, without running the
// rest of extraction. A statement keeps its id, text, speaker and places; only its topic links change. One
// transaction per batch of articles holds their new links and their taxonomy version, so a killed run leaves
// each article fully old or fully new, and the next run picks up those still old. A corrected statement gets the
// extractor's new reading recorded and its standing corrections applied again (an analyst's topics stay).
import type { Db, Prisma, StoredTaxonomy } from "@dictum/db";
import { compileTaxonomy, tagTopics, type CompiledTaxonomy } from "@dictum/extract/topics";
import { bulkInsert, dialectOf, type Dialect } from "../bulk-insert.ts";
import { readStatements, StatementWriter, targetOf } from "../corrections/writer.ts";
import { parseExtracted, type Extracted } from "../corrections/state.ts";
import { PlaceCache } from "../places.ts";
import { TOPIC_LINK_COLUMNS } from "../rows.ts";
import { SpeakerStore } from "../speakers/speaker-store.ts";
import { isBusy, takeWriteLock } from "../write-lock.ts";

type Tx = Prisma.TransactionClient;

/** What re-tagging did to one batch. */
export interface RetagCounts {
  articles: number;
  statements: number;
  /** Statements whose topics (or scores) changed. */
  retagged: number;
  linksAdded: number;
  linksRemoved: number;
}

const MAX_ATTEMPTS = 6;
const ids = (values: number[]) => values.map((id) => Math.trunc(id)).join(", ");
const sameScore = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export class Retagger {
  private readonly tagger: CompiledTaxonomy;
  private readonly slugs: Map<number, string>;
  private readonly dialect: Dialect;
  private speakers: SpeakerStore | null = null;

  private constructor(private readonly db: Db, readonly taxonomy: StoredTaxonomy, private readonly topicIds: Map<string, number>, private readonly timeoutMs: number) {
    this.tagger = compileTaxonomy(taxonomy);
    this.slugs = new Map([...topicIds].map(([slug, id]) => [id, slug]));
    this.dialect = dialectOf(db);
  }

  /** Reads the taxonomy once: every batch of the run is tagged with it and records its version. */
  static async open(db: Db, taxonomy: StoredTaxonomy, timeoutMs = 120_000): Promise<Retagger> {
    const rows = await db.topic.findMany({ where: { slug: { in: taxonomy.topics.map((t) => t.slug) } }, select: { id: true, slug: true } });
    const retagger = new Retagger(db, taxonomy, new Map(rows.map((row) => [row.slug, row.id])), timeoutMs);
    // Corrected statements are written as corrections write them, which resolves speakers: load them only if any.
    if ((await db.statement.count({ where: { extracted: { not: null } } })) > 0) {
      retagger.speakers = new SpeakerStore(db);
      await retagger.speakers.load();
    }
    return retagger;
  }

  /** Topic id → score for a statement's text, as extraction would tag it with this taxonomy. */
  private topicsOf(text: string): Map<number, number> {
    const topics = new Map<number, number>();
    for (const t of tagTopics(text, this.tagger)) {
      const id = this.topicIds.get(t.slug);
      if (id !== undefined && !topics.has(id)) topics.set(id, Number.isFinite(t.score) ? t.score : 0);
    }
    return topics;
  }

  /** Re-tags the statements of these articles and records the taxonomy's version on them, in one transaction. */
  async retag(articleIds: number[]): Promise<RetagCounts> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.$transaction((tx) => this.apply(tx, articleIds), { timeout: this.timeoutMs, maxWait: this.timeoutMs });
      } catch (error) {
        // Another writer (an ingest, the API) held the database: wait and try the batch again, whole.
        if (!isBusy(error) || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((wait) => setTimeout(wait, 25 * 2 ** attempt + Math.random() * 25));
        await this.speakers?.load();
      }
    }
  }

  private async apply(tx: Tx, articleIds: number[]): Promise<RetagCounts> {
    await takeWriteLock(tx, this.dialect);
    const counts: RetagCounts = { articles: 0, statements: 0, retagged: 0, linksAdded: 0, linksRemoved: 0 };
    const present = (await tx.article.findMany({ where: { id: { in: articleIds } }, select: { id: true } })).map((row) => row.id);
    if (present.length === 0) return counts;
    counts.articles = present.length;
    const statements = await tx.$queryRawUnsafe<Array<{ id: unknown; text: string; extracted: string | null }>>(
      `SELECT "id", "text", "extracted" FROM "Statement" WHERE "articleId" IN (${ids(present)}) ORDER BY "id"`);
    const links = await tx.$queryRawUnsafe<Array<{ statementId: unknown; topicId: unknown; score: unknown }>>(
      `SELECT "statementId", "topicId", "score" FROM "StatementTopic" WHERE "statementId" IN (SELECT "id" FROM "Statement" WHERE "articleId" IN (${ids(present)}))`);
    const stored = new Map<number, Map<number, number>>();
    for (const link of links) {
      const id = Number(link.statementId);
      stored.set(id, (stored.get(id) ?? new Map()).set(Number(link.topicId), Number(link.score)));
    }
    counts.statements = statements.length;

    const add: unknown[][] = [];
    const drop: Array<[number, number]> = [];
    const rescore: Array<[number, number, number]> = [];
    const corrected: Array<{ id: number; extracted: Extracted }> = [];
    for (const row of statements) {
      const id = Number(row.id);
      const snap = parseExtracted(row.extracted);
      if (snap) {
        // The extractor's reading changes; the row shows it with the analysts' corrections on top. A statement the
        // extractor does not find (or an analyst added) has no reading to re-tag.
        if (!snap.found) continue;
        const topics = [...this.topicsOf(snap.text)].map(([topicId, score]) => ({ slug: this.slugs.get(topicId)!, score })).sort((a, b) => (a.slug < b.slug ? -1 : 1));
        if (JSON.stringify(topics) !== JSON.stringify(snap.topics)) corrected.push({ id, extracted: { ...snap, topics } });
        continue;
      }
      const before = stored.get(id) ?? new Map<number, number>();
      const after = this.topicsOf(row.text);
      let changed = false;
      for (const [topicId, score] of after) {
        const old = before.get(topicId);
        if (old === undefined) add.push([id, topicId, score]);
        else if (!sameScore(old, score)) rescore.push([id, topicId, score]);
        else continue;
        changed = true;
      }
      for (const topicId of before.keys()) {
        if (after.has(topicId)) continue;
        drop.push([id, topicId]);
        changed = true;
      }
      if (changed) counts.retagged++;
    }
    counts.linksAdded = add.length;
    counts.linksRemoved = drop.length;

    for (let from = 0; from < drop.length; from += 500) {
      const condition = drop.slice(from, from + 500).map(([statementId, topicId]) => `("statementId" = ${statementId} AND "topicId" = ${topicId})`).join(" OR ");
      await tx.$executeRawUnsafe(`DELETE FROM "StatementTopic" WHERE ${condition}`);
    }
    for (const [statementId, topicId, score] of rescore) {
      await tx.$executeRawUnsafe(`UPDATE "StatementTopic" SET "score" = ${score} WHERE "statementId" = ${statementId} AND "topicId" = ${topicId}`);
    }
    await bulkInsert(tx, this.dialect, "StatementTopic", TOPIC_LINK_COLUMNS, add);
    const writer = corrected.length > 0 ? await this.writeCorrected(tx, corrected, counts) : null;
    await tx.article.updateMany({ where: { id: { in: present } }, data: { taxonomyVersion: this.taxonomy.version } });
    writer?.committed();
    return counts;
  }

  private async writeCorrected(tx: Tx, corrected: Array<{ id: number; extracted: Extracted }>, counts: RetagCounts): Promise<StatementWriter> {
    if (!this.speakers) {
      this.speakers = new SpeakerStore(this.db);
      await this.speakers.load();
    }
    await this.speakers.refresh(tx);
    const writer = new StatementWriter(tx, this.dialect, { places: new PlaceCache(), topics: this.topicIds, speakers: this.speakers });
    const currents = await readStatements(tx, corrected.map((c) => c.id));
    for (const { id, extracted } of corrected) {
      const current = currents.get(id)!;
      const target = targetOf(current, extracted);
      const before = current.values.topics.map((t) => `${t.slug}:${t.score}`).join();
      const after = target.topics.map((t) => `${t.slug}:${t.score}`).join();
      if (before !== after) counts.retagged++;
      await writer.write(current, target, extracted);
    }
    await writer.finish();
    return writer;
  }
}
