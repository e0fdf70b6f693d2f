// The extractor ingest and re-extraction run: extractArticle with the database's topic taxonomy (users edit it
// with `dictum topics import`), in this thread or in workers. The taxonomy is read once, when a run opens: a run
// tags all its articles with one taxonomy, and records its version on each.
import { readTaxonomy, taxonomyVersion, type Db } from "@dictum/db";
import type { TopicTaxonomy } from "@dictum/extract";
import { inThreadExtractor, workerPool, type Extract, type Extractor } from "../extractors.ts";

export interface ExtractorChoice {
  /** A custom extractor (tests): used as it is, with no taxonomy. */
  extract?: Extract;
  worker?: boolean;
  /** Worker threads (default 1). */
  threads?: number;
}

export interface OpenedExtractor {
  extractor: Extractor;
  /** The version of the taxonomy it tags with (Article.taxonomyVersion); null for a custom extractor. */
  taxonomyVersion: string | null;
}

/** The database's taxonomy, or, in a database migrated without reference data, the shipped one. */
export async function taxonomyOf(db: Db): Promise<{ taxonomy: TopicTaxonomy; version: string }> {
  const stored = await readTaxonomy(db);
  if (stored) return { taxonomy: stored, version: stored.version };
  const { shippedTaxonomy } = await import("@dictum/extract/topics");
  return { taxonomy: shippedTaxonomy, version: taxonomyVersion(shippedTaxonomy) };
}

export async function openExtractor(db: Db, choice: ExtractorChoice): Promise<OpenedExtractor> {
  if (choice.extract) return { extractor: inThreadExtractor(choice.extract), taxonomyVersion: null };
  const { taxonomy, version } = await taxonomyOf(db);
  if (choice.worker) return { extractor: workerPool(choice.threads ?? 1, taxonomy), taxonomyVersion: version };
  const { extractWith } = await import("./extract-with.ts");
  return { extractor: inThreadExtractor(extractWith(taxonomy)), taxonomyVersion: version };
}
