// Loads the aggregates once per request (React cache), so the filter panel, histogram and map, rendered in separate
// Suspense boundaries, share one API call.
import { cache } from "react";
import { query } from "@/lib/apollo/rsc-client";
import { toApiFilter, type StatementFilter } from "@/lib/filters";
import { chooseBucket } from "./buckets";
import { DATELINE_SAMPLE, FACET_LIMIT, OVERVIEW, TIMELINE, toOverview, type Bucket, type Overview, type TimelinePoint } from "./documents";

export interface LoadedOverview extends Overview {
  histogram: { bucket: Bucket; points: TimelinePoint[] };
}

async function load(filterKey: string): Promise<LoadedOverview> {
  const filter = JSON.parse(filterKey) as StatementFilter;
  const apiFilter = toApiFilter(filter);
  const { data, error } = await query({
    query: OVERVIEW,
    variables: { filter: apiFilter, coarse: "YEAR", fine: "MONTH", facetLimit: FACET_LIMIT, sample: DATELINE_SAMPLE },
  });
  if (error || !data) throw error ?? new Error("The API returned no aggregates");
  const overview = toOverview(data);
  const bucket = chooseBucket(filter, overview.fine);
  let points = bucket === "YEAR" ? overview.coarse : overview.fine;
  if (bucket === "DAY" || bucket === "WEEK") {
    const fine = await query({ query: TIMELINE, variables: { filter: apiFilter, bucket } });
    if (fine.error || !fine.data) throw fine.error ?? new Error("The API returned no timeline");
    points = fine.data.timeline;
  }
  return { ...overview, histogram: { bucket, points } };
}

const loadByKey = cache(load);

export function loadOverview(filter: StatementFilter): Promise<LoadedOverview> {
  return loadByKey(JSON.stringify(filter));
}
