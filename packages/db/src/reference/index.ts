// Loads the reference datasets: the geography and the topic taxonomy. The database package only stores them; the
// caller that migrates (start-up, the CLI, the test helpers) passes the data in, so db depends on neither the
// geography package nor the extractor.
import type { Db } from "../client.ts";
import { loadGeography, type GeoCountry, type GeoRegion, type GeographyLoad } from "./geography.ts";
import { loadTopics, type TopicsLoad } from "./topics.ts";
import type { Taxonomy, TaxonomyTopic } from "./taxonomy.ts";

/** Everything the reference loaders store; @dictum/ingest's `referenceData()` assembles it. */
export interface ReferenceData {
  geography: { countries: GeoCountry[]; regions: GeoRegion[] };
  /** The shipped topic taxonomy: seeds a new database (an imported one is never replaced). */
  taxonomy: Taxonomy;
}

export interface ReferenceLoad {
  geography: GeographyLoad | { missing: string };
  topics: TopicsLoad | { missing: string };
  durationMs: number;
}

export async function loadReferenceData(db: Db, data: ReferenceData): Promise<ReferenceLoad> {
  const started = performance.now();
  if (!data.geography.countries.length || !data.geography.regions.length) throw new Error("reference data: the geography has no countries or regions");
  if (!data.taxonomy.topics.length) throw new Error("reference data: the topic taxonomy is empty");
  const geography = await loadGeography(db, data.geography.countries, data.geography.regions);
  const topics = await loadTopics(db, data.taxonomy);
  return { geography, topics, durationMs: Math.round(performance.now() - started) };
}

export { loadGeography, loadTopics, type GeoCountry, type GeoRegion, type Taxonomy, type TaxonomyTopic, type GeographyLoad, type TopicsLoad };
