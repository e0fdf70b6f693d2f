import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

export type Bucket = "DAY" | "WEEK" | "MONTH" | "YEAR";

export interface TimelinePoint { start: string; count: number }
export interface CountryCount { place: { code: string; name: string; lat: number | null; lon: number | null }; count: number }
export interface RegionCount { place: { code: string; name: string }; count: number }
export interface FacetValue { value: string; label: string; count: number }

export interface Overview {
  coarse: TimelinePoint[];
  fine: TimelinePoint[];
  placeCounts: { countries: CountryCount[]; regions: RegionCount[]; datelines: CountryCount[] };
  facets: { speakers: FacetValue[]; topics: FacetValue[]; countries: FacetValue[]; sources: FacetValue[] };
}

/** Everything the filter panel, histogram and map need, in one request. */
export const OVERVIEW: TypedDocumentNode<Overview, { filter: Record<string, unknown>; coarse: Bucket; fine: Bucket }> = gql`
  query Overview($filter: StatementFilter, $coarse: TimelineBucket!, $fine: TimelineBucket!) {
    coarse: timeline(filter: $filter, bucket: $coarse) { start count }
    fine: timeline(filter: $filter, bucket: $fine) { start count }
    placeCounts(filter: $filter) {
      countries { place { code name lat lon } count }
      regions { place { code name } count }
      datelines { place { code name lat lon } count }
    }
    facets(filter: $filter) {
      speakers { value label count }
      topics { value label count }
      countries { value label count }
      sources { value label count }
    }
  }
`;

export const TIMELINE: TypedDocumentNode<{ timeline: TimelinePoint[] }, { filter: Record<string, unknown>; bucket: Bucket }> = gql`
  query Timeline($filter: StatementFilter, $bucket: TimelineBucket!) {
    timeline(filter: $filter, bucket: $bucket) { start count }
  }
`;
