// Seeds the topic taxonomy from the one shipped with the extractor (@dictum/ingest's reference data passes it
// in). Idempotent: skipped when the same shipped version is loaded. Once `dictum topics import` stored an edited
// taxonomy, the shipped one never replaces it: the database's taxonomy is the users'.
import type { Db } from "../client.ts";
import { loadOnce } from "./load-once.ts";
import { taxonomyContentVersion, taxonomyVersion, writeTaxonomy, type Taxonomy } from "./taxonomy.ts";

export interface TopicsLoad {
  /** The shipped taxonomy's version (what articles tagged with it record). */
  version: string;
  skipped: boolean;
  topics: number;
  /** Set when the stored taxonomy was imported (edited by users), which the shipped one does not replace. */
  importedAt?: Date;
}

const DATASET = "topics";

export async function loadTopics(db: Db, taxonomy: Taxonomy): Promise<TopicsLoad> {
  const version = taxonomyVersion(taxonomy);
  const imported = async () => (await db.topicTaxonomy.findUnique({ where: { id: 1 }, select: { importedAt: true } }))?.importedAt ?? null;
  const before = await imported();
  if (before) return { version, skipped: true, topics: 0, importedAt: before };
  // Loaded again when anything in it changed, names and order too (the tagging version would miss those).
  const result = await loadOnce(db, DATASET, taxonomyContentVersion(taxonomy), async (tx) => {
    // An import may have landed since the check above; it wins.
    if ((await tx.topicTaxonomy.findUnique({ where: { id: 1 }, select: { importedAt: true } }))?.importedAt) return "imported" as const;
    const written = await writeTaxonomy(tx, taxonomy, null);
    return { version, skipped: false, topics: written.topics };
  });
  if (result === "imported") return { version, skipped: true, topics: 0, importedAt: (await imported()) ?? undefined };
  return result === "skipped" ? { version, skipped: true, topics: 0 } : result;
}
