import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export type Bucket = "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface TimelinePoint { start: string; count: number }
export interface PlaceCount { place: { code: string; name: string; kind: string; lat: number | null; lon: number | null }; count: number }
/** One option of a filter list: the value the filter takes, what the reader sees, and how many statements match. */
export interface FacetValue { value: string; label: string; count: number }
export interface DatelineMarker { name: string; lat: number; lon: number; count: number }

interface DatelinePlace {
  name: string;
  lat: number | null;
  lon: number | null;
  parent: { name: string; lat: number | null; lon: number | null } | null;
}

interface OverviewResult {
  months: TimelinePoint[];
  unknownDateCount: number;
  placeCounts: { countries: PlaceCount[]; regions: PlaceCount[]; groupings: PlaceCount[] };
  facets: {
    speakers: { speaker: { id: string; name: string }; count: number }[];
    topics: { topic: { slug: string; name: string }; count: number }[];
    countries: PlaceCount[];
    sources: { source: { name: string }; count: number }[];
    speakerCountries: PlaceCount[];
  };
  mapFacets: { speakerCountries: PlaceCount[]; saidInCountries: PlaceCount[] };
  recent: { edges: { node: { article: { datelinePlace: DatelinePlace | null } } }[] };
}

export const FACET_LIMIT = 30;
/** Dateline markers come from the newest statements of the view (the API has no dateline aggregate yet). */
export const DATELINE_SAMPLE = 50;

/** Everything the filter panel, histogram and map need, in one request. */
export const OVERVIEW: TypedDocumentNode<OverviewResult, { filter: Record<string, unknown>; facetLimit: number; sample: number }> = gql`
  query Overview($filter: StatementFilter, $facetLimit: Int!, $sample: Int!) {
    months: timeline(filter: $filter, bucket: MONTH) { start count }
    unknownDateCount(filter: $filter)
    placeCounts(filter: $filter) {
      countries { place { id code name kind lat lon } count }
      regions { place { id code name kind lat lon } count }
      groupings { place { id code name kind lat lon } count }
    }
    facets(filter: $filter, limit: $facetLimit) {
      speakers { speaker { id name } count }
      topics { topic { id slug name } count }
      countries { place { id code name kind lat lon } count }
      sources { source { id name } count }
      speakerCountries { place { id code name kind lat lon } count }
    }
    # The map's "from" and "said in" shadings: every country there is, not the filter panel's top few
    mapFacets: facets(filter: $filter, limit: 100) {
      speakerCountries { place { id code name kind lat lon } count }
      saidInCountries { place { id code name kind lat lon } count }
    }
    recent: statements(filter: $filter, first: $sample) {
      edges { node { id article { id datelinePlace { id name lat lon parent { id name lat lon } } } } }
    }
  }
`;

export interface Overview {
  months: TimelinePoint[];
  /** Statements of the view whose date is unknown: not on the timeline. */
  unknownDateCount: number;
  /** regions: UN M49 areas (rolled up from countries); groupings: NATO, the EU, seas … where statements name them. */
  placeCounts: { countries: PlaceCount[]; regions: PlaceCount[]; groupings: PlaceCount[] };
  facets: { speakers: FacetValue[]; topics: FacetValue[]; countries: FacetValue[]; sources: FacetValue[]; speakerCountries: FacetValue[] };
  datelines: DatelineMarker[];
  /** Statements per speaker country and per dateline country, for the map's other two shadings. */
  mapCounts: { from: PlaceCount[]; said: PlaceCount[] };
}

/** Flattens the API's typed facet lists into one option shape and counts dateline markers. */
export function toOverview(result: OverviewResult): Overview {
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
    },
    datelines: [...markers.values()],
  };
}

export const TIMELINE: TypedDocumentNode<{ timeline: TimelinePoint[] }, { filter: Record<string, unknown>; bucket: Bucket }> = gql`
  query Timeline($filter: StatementFilter, $bucket: TimelineBucket!) {
    timeline(filter: $filter, bucket: $bucket) { start count }
  }
`;

interface RegionPlace { name: string; code: string; countries: { code: string }[] }

/** A region's member countries, to outline it on the map. */
export const REGION_MEMBERS: TypedDocumentNode<{ places: { edges: { node: RegionPlace }[] } }, { search: string }> = gql`
  query RegionMembers($search: String!) {
    places(kind: REGION, search: $search, first: 20) { edges { node { id name code countries { id code } } } }
  }
`;
