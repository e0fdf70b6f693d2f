import { parseDateline } from "../dateline/index.ts";
import { resolveSaidOn } from "../dates/index.ts";
import { findPlaces } from "../places/index.ts";
import type { Dateline, PlaceRef, RegionRef, TopicRef } from "../types.ts";

/**
 * What the statement core needs from the places, dateline, topics and dates modules. Injected so the core can be
 * tested on its own and each module can evolve behind its signature.
 */
export interface Enrichers {
  findPlaces(text: string): { places: PlaceRef[]; regions: RegionRef[] };
  parseDateline(text: string): Dateline | null;
  tagTopics(text: string): TopicRef[];
  resolveSaidOn(publishedAt: string | null, attribution: string): string | null;
}

export const defaultEnrichers: Enrichers = {
  findPlaces,
  parseDateline,
  // The topics module (src/topics) is not in the tree yet; statements get no topics until it lands.
  tagTopics: () => [],
  resolveSaidOn,
};
