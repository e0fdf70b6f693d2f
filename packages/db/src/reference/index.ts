// Loads the reference datasets that ship with the code: the geography from @dictum/geo and the topic taxonomy
// from @dictum/extract/topics. Both packages are imported lazily, so the database package does not depend on them at
// build time; a dataset whose package is not there yet is reported as missing, not failed.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import type { Db } from "../client.ts";
import { loadGeography, type GeoCountry, type GeoRegion, type GeographyLoad } from "./geography.ts";
import { loadTopics, type TaxonomyTopic, type TopicsLoad } from "./topics.ts";

export interface ReferenceLoad {
  geography: GeographyLoad | { missing: string };
  topics: TopicsLoad | { missing: string };
  durationMs: number;
}

export async function loadReferenceData(db: Db): Promise<ReferenceLoad> {
  const started = performance.now();
  const geo = await optionalImport<{ countries?: GeoCountry[]; regions?: GeoRegion[] }>("@dictum/geo");
  const geography = geo.module?.countries && geo.module.regions
    ? await loadGeography(db, geo.module.countries, geo.module.regions)
    : { missing: geo.missing ?? "@dictum/geo exports no countries/regions" };
  const extract = await optionalImport<{ topicTaxonomy?: TaxonomyTopic[] }>("@dictum/extract/topics");
  const topics = extract.module?.topicTaxonomy
    ? await loadTopics(db, extract.module.topicTaxonomy)
    : { missing: extract.missing ?? "@dictum/extract/topics exports no topicTaxonomy" };
  return { geography, topics, durationMs: Math.round(performance.now() - started) };
}

/** Imports a workspace package that may not exist yet; a package that exists but fails to load is an error. */
async function optionalImport<T>(specifier: string): Promise<{ module?: T; missing?: string }> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(specifier);
  } catch {
    return { missing: `${specifier} is not installed or has no entry file yet` };
  }
  if (!existsSync(entry)) return { missing: `${specifier} has no ${entry} yet` };
  return { module: (await import(specifier)) as T };
}

export { loadGeography, loadTopics, type GeoCountry, type GeoRegion, type TaxonomyTopic, type GeographyLoad, type TopicsLoad };
