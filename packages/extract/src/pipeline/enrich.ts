import { parseDateline } from "../dateline/index.ts";
import { resolveSaidOn } from "../dates/index.ts";
import { findPlaces, type FindPlacesOptions } from "../places/index.ts";
import { tagTopics, topicTagger, type TopicTaxonomy } from "../topics/index.ts";
import type { Dateline, PlaceRef, RegionRef, TopicRef } from "../types.ts";

/**
 * What the statement core needs from the places, dateline, topics and dates modules. Injected so the core can be
 * tested on its own and each module can evolve behind its signature.
 */
export interface Enrichers {
  /** `options.context`: the whole article, so that people it names ("Jim Jordan") are not read as places. */
  findPlaces(text: string, options?: FindPlacesOptions): { places: PlaceRef[]; regions: RegionRef[] };
  parseDateline(text: string): Dateline | null;
  tagTopics(text: string): TopicRef[];
  resolveSaidOn(publishedAt: string | null, attribution: string): string | null;
}

export const defaultEnrichers: Enrichers = {
  findPlaces,
  parseDateline,
  tagTopics: (text) => tagTopics(text),
  resolveSaidOn,
};

/** The default enrichers, with topics tagged from `taxonomy` (the database's, which users edit) instead of the
 * shipped one: the taxonomy is data its caller passes in, the extractor reads nothing. */
export function enrichersWithTaxonomy(taxonomy: TopicTaxonomy): Enrichers {
  return { ...defaultEnrichers, tagTopics: topicTagger(taxonomy) };
}
