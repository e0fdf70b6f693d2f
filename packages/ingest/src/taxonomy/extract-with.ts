// The extractor with topics tagged from a taxonomy it is handed (the database's), compiled once. Shared by the
// main thread and the extraction workers, which get the taxonomy as worker data.
import { enrichersWithTaxonomy, extractArticle, type TopicTaxonomy } from "@dictum/extract";
import type { Extract } from "../extractors.ts";

export function extractWith(taxonomy: TopicTaxonomy): Extract {
  const enrichers = enrichersWithTaxonomy(taxonomy);
  return (article) => extractArticle(article, enrichers);
}
