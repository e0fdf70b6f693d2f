// The overview's operations: overview.graphql, timeline.graphql and region-members.graphql, typed by the generated
// files beside them (scripts/codegen.ts). Written here by hand: the limits, and the shape the filter panel, the
// histogram and the map read, which toOverview makes from the query's result.
import { STANCE_LABELS, stanceClass } from "@/lib/stance";
import { OverviewDocument, type OverviewQuery } from "./overview.generated";
import { RegionMembersDocument } from "./region-members.generated";
import { TimelineDocument, type TimelineBucket, type TimelineQuery } from "./timeline.generated";

export type Bucket = TimelineBucket;

export type TimelinePoint = TimelineQuery["timeline"][number];
export type PlaceCount = OverviewQuery["placeCounts"]["countries"][number];
/** One option of a filter list: the value the filter takes, what the reader sees, and how many statements match. */
export interface FacetValue { value: string; label: string; count: number; swatch?: string }
export interface DatelineMarker { name: string; lat: number; lon: number; count: number }

export const FACET_LIMIT = 30;
/** Dateline markers come from the newest statements of the view (the API has no dateline aggregate yet). */
export const DATELINE_SAMPLE = 50;

/** Everything the filter panel, histogram and map need, in one request. */
export const OVERVIEW = OverviewDocument;

export interface Overview {
  months: TimelinePoint[];
  /** Statements of the view whose date is unknown: not on the timeline. */
  unknownDateCount: number;
  /** regions: UN M49 areas (rolled up from countries); groupings: NATO, the EU, seas … where statements name them. */
  placeCounts: { countries: PlaceCount[]; regions: PlaceCount[]; groupings: PlaceCount[] };
  facets: { speakers: FacetValue[]; topics: FacetValue[]; countries: FacetValue[]; sources: FacetValue[]; speakerCountries: FacetValue[]; targetCountries: FacetValue[]; stances: FacetValue[] };
  datelines: DatelineMarker[];
  /** Statements per speaker country and per dateline country, for the map's other two shadings. */
  mapCounts: { from: PlaceCount[]; said: PlaceCount[] };
}

/** Flattens the API's typed facet lists into one option shape and counts dateline markers. */
export function toOverview(result: OverviewQuery): Overview {
  const { facets } = result;
  const markers = new Map<string, DatelineMarker>();
  for (const edge of result.recent.edges) {
    const place = edge.node.article.datelinePlace;
    // Cities may have no coordinates of their own; they are then marked at their country's centre.
    const at = place && place.lat !== null && place.lon !== null ? place : place?.parent;
    if (!place || !at || at.lat === null || at.lon === null) continue;
    const name = at === place ? place.name : `${place.name}, ${at.name}`;
    const key = `${name}|${at.lat}|${at.lon}`;
    const marker = markers.get(key) ?? { name, lat: at.lat, lon: at.lon, count: 0 };
    marker.count += 1;
    markers.set(key, marker);
  }
  return {
    months: result.months,
    unknownDateCount: result.unknownDateCount,
    placeCounts: result.placeCounts,
    mapCounts: { from: result.mapFacets.speakerCountries, said: result.mapFacets.saidInCountries },
    facets: {
      speakers: facets.speakers.map((f) => ({ value: f.speaker.id, label: f.speaker.name, count: f.count })),
      topics: facets.topics.map((f) => ({ value: f.topic.slug, label: f.topic.name, count: f.count })),
      countries: facets.countries.map((f) => ({ value: f.place.code, label: f.place.name, count: f.count })),
      sources: facets.sources.map((f) => ({ value: f.source.name, label: f.source.name, count: f.count })),
      speakerCountries: facets.speakerCountries.map((f) => ({ value: f.place.code, label: f.place.name, count: f.count })),
      targetCountries: facets.targetCountries.map((f) => ({ value: f.place.code, label: f.place.name, count: f.count })),
      stances: facets.stances.map((f) => ({ value: f.stance, label: STANCE_LABELS[f.stance], count: f.count, swatch: stanceClass(f.stance) })),
    },
    datelines: [...markers.values()],
  };
}

export const TIMELINE = TimelineDocument;

/** A region's member countries, to outline it on the map. */
export const REGION_MEMBERS = RegionMembersDocument;
