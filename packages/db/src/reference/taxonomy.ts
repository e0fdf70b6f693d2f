// The topic taxonomy as the database holds it: Topic rows (slug, name, description, keywords, position) and the
// one TopicTaxonomy row (scoring, version, note). Written whole, in the caller's transaction, by the shipped
// seed (topics.ts) and by `dictum topics import`; read by ingest and re-extraction, which hand it to the
// extractor. db checks only what keeps the rows sound; the file's validation (with lines) is the importer's.
import { createHash } from "node:crypto";
import type { Db } from "../client.ts";
import type { Tx } from "./load-once.ts";

export interface TaxonomyTopic {
  slug: string;
  name: string;
  description?: string | null;
  /** Keyword → weight, as the tagger reads them ("sanction*": 1). */
  keywords: Record<string, number>;
}

export interface TaxonomyScoring {
  minScore: number;
  repeatFactor: number;
}

/** A whole taxonomy, as `dictum topics export` writes it (its `_note` is `note`). */
export interface Taxonomy {
  note?: string | null;
  scoring: TaxonomyScoring;
  topics: TaxonomyTopic[];
}

/** The stored taxonomy and when it was imported (null: the shipped one). */
export interface StoredTaxonomy extends Taxonomy {
  version: string;
  importedAt: Date | null;
}

export interface TaxonomyWrite {
  version: string;
  topics: number;
  added: string[];
  /** Topics whose name, description, keywords or place changed. */
  changed: string[];
  /** Topics that left the taxonomy (kept as rows: statements and corrections may name them). */
  retired: string[];
}

const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
const sortedEntries = (record: Record<string, number>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The hash of what tagging reads: scoring, and each topic's slug and keywords (neither order nor names change a
 * tag). Articles record it; `reextract --topics` re-tags those tagged with another. */
export function taxonomyVersion(taxonomy: Taxonomy): string {
  const topics = [...taxonomy.topics].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((t) => [t.slug, sortedEntries(t.keywords)]);
  return hash([taxonomy.scoring.minScore, taxonomy.scoring.repeatFactor, topics]);
}

/** The hash of everything a file says (order, names, descriptions, the note too): what tells an edit from none. */
export function taxonomyContentVersion(taxonomy: Taxonomy): string {
  return hash([taxonomy.note ?? null, taxonomy.scoring.minScore, taxonomy.scoring.repeatFactor,
    taxonomy.topics.map((t) => [t.slug, t.name, t.description ?? null, Object.entries(t.keywords)])]);
}

function checkSound(taxonomy: Taxonomy): void {
  if (taxonomy.topics.length === 0) throw new Error("topic taxonomy: it has no topics");
  const seen = new Set<string>();
  for (const topic of taxonomy.topics) {
    if (seen.has(topic.slug)) throw new Error(`topic taxonomy: the slug "${topic.slug}" is used twice`);
    seen.add(topic.slug);
    if (Object.keys(topic.keywords).length === 0) throw new Error(`topic taxonomy: "${topic.slug}" has no keywords`);
  }
}

/** Replaces the stored taxonomy with `taxonomy` inside `tx`; topics keep their ids (by slug). */
export async function writeTaxonomy(tx: Tx, taxonomy: Taxonomy, importedAt: Date | null): Promise<TaxonomyWrite> {
  checkSound(taxonomy);
  const version = taxonomyVersion(taxonomy);
  const rows = taxonomy.topics.map((t, position) => ({ slug: t.slug, name: t.name, description: t.description ?? null, keywords: JSON.stringify(t.keywords), position }));
  const existing = new Map((await tx.topic.findMany({ select: { slug: true, name: true, description: true, keywords: true, position: true } })).map((t) => [t.slug, t]));
  const added = rows.filter((row) => !existing.has(row.slug));
  const changed = rows.filter((row) => {
    const old = existing.get(row.slug);
    return old !== undefined && (old.name !== row.name || old.description !== row.description || old.keywords !== row.keywords || old.position !== row.position);
  });
  const wanted = new Set(rows.map((row) => row.slug));
  const retired = [...existing.values()].filter((t) => !wanted.has(t.slug) && t.position !== null).map((t) => t.slug);
  if (retired.length > 0) await tx.topic.updateMany({ where: { slug: { in: retired } }, data: { position: null, keywords: null } });
  // Positions are not unique, so rows can take their new places in any order.
  for (const row of changed) await tx.topic.update({ where: { slug: row.slug }, data: row });
  if (added.length > 0) await tx.topic.createMany({ data: added });
  const settings = { version, minScore: taxonomy.scoring.minScore, repeatFactor: taxonomy.scoring.repeatFactor, note: taxonomy.note ?? null, importedAt, updatedAt: new Date() };
  await tx.topicTaxonomy.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  return { version, topics: rows.length, added: added.map((r) => r.slug), changed: changed.map((r) => r.slug), retired };
}

/** The stored taxonomy, topics in their order; null when none was ever loaded (a database migrated without
 * reference data). */
export async function readTaxonomy(db: Db | Tx): Promise<StoredTaxonomy | null> {
  const settings = await db.topicTaxonomy.findUnique({ where: { id: 1 } });
  if (!settings) return null;
  const topics = await db.topic.findMany({ where: { position: { not: null } }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, name: true, description: true, keywords: true } });
  return {
    version: settings.version, importedAt: settings.importedAt, note: settings.note,
    scoring: { minScore: settings.minScore, repeatFactor: settings.repeatFactor },
    topics: topics.map((t) => ({ slug: t.slug, name: t.name, description: t.description, keywords: JSON.parse(t.keywords ?? "{}") as Record<string, number> })),
  };
}

export interface TaxonomyImport extends TaxonomyWrite {
  /** The taxonomy was already exactly this: nothing was written. */
  unchanged: boolean;
  previousVersion: string | null;
}

/** Stores an edited taxonomy in one transaction, marked as imported so the shipped one no longer replaces it. */
export async function importTaxonomy(db: Db, taxonomy: Taxonomy): Promise<TaxonomyImport> {
  checkSound(taxonomy);
  return db.$transaction(async (tx) => {
    const current = await readTaxonomy(tx);
    if (current && taxonomyContentVersion(current) === taxonomyContentVersion(taxonomy)) {
      return { version: current.version, previousVersion: current.version, topics: current.topics.length, added: [], changed: [], retired: [], unchanged: true };
    }
    const written = await writeTaxonomy(tx, taxonomy, new Date());
    return { ...written, previousVersion: current?.version ?? null, unchanged: false };
  }, { timeout: 60_000, maxWait: 30_000 });
}
