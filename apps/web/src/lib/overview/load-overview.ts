// Loads the aggregates once per request (React cache), so the filter panel, histogram and map, rendered in separate
// Suspense boundaries, share one API call.
import { notFound } from "next/navigation";
import { cache } from "react";
import { query } from "@/lib/apollo/rsc-client";
import { badInputMessage } from "@/lib/bad-input";
import { toApiFilter, type StatementFilter } from "@/lib/filters";
import { chooseBucket, yearsFromMonths } from "./buckets";
import { DATELINE_SAMPLE, FACET_LIMIT, OVERVIEW, TIMELINE, toOverview, type Bucket, type Overview, type TimelinePoint } from "./documents";

export interface LoadedOverview extends Overview {
  histogram: { bucket: Bucket; points: TimelinePoint[] };
}

/** The API refused the filter itself; `message` says why, in its words. */
export interface FilterProblem {
  problem: string;
}

async function load(filterKey: string): Promise<LoadedOverview> {
  const filter = JSON.parse(filterKey) as StatementFilter;
  const apiFilter = toApiFilter(filter);
  const { data, error } = await query({
    query: OVERVIEW,
    variables: { filter: apiFilter, facetLimit: FACET_LIMIT, sample: DATELINE_SAMPLE },
  });
  if (error || !data) throw error ?? new Error("The API returned no aggregates");
  const overview = toOverview(data);
  const bucket = chooseBucket(filter, overview.months);
  let points = bucket === "YEAR" ? yearsFromMonths(overview.months) : overview.months;
  if (bucket === "DAY" || bucket === "WEEK") {
    const fine = await query({ query: TIMELINE, variables: { filter: apiFilter, bucket } });
    if (fine.error || !fine.data) throw fine.error ?? new Error("The API returned no timeline");
    points = fine.data.timeline;
  }
  return { ...overview, histogram: { bucket, points } };
}

async function loadOrExplain(filterKey: string): Promise<LoadedOverview | FilterProblem> {
  try {
    return await load(filterKey);
  } catch (error) {
    const problem = badInputMessage(error);
    if (problem) return { problem };
    throw error;
  }
}

const loadByKey = cache(loadOrExplain);

export function loadOverview(filter: StatementFilter): Promise<LoadedOverview | FilterProblem> {
  return loadByKey(JSON.stringify(filter));
}

/** For the speaker, place and topic pages: a refused filter means the thing named in the address does not exist. */
export async function loadOverviewOrNotFound(filter: StatementFilter): Promise<LoadedOverview> {
  const loaded = await loadOverview(filter);
  if ("problem" in loaded) notFound();
  return loaded;
}

/**
 * The home page's aggregates, asked for only once its first page of statements has its answer (or failed): see
 * list-gate.ts. Without a list on the page (the map view) there is nothing to wait for.
 */
export async function loadOverviewAfterList(filter: StatementFilter, list: Promise<void> | null): Promise<LoadedOverview | FilterProblem> {
  if (list) await list;
  return loadOverview(filter);
}
