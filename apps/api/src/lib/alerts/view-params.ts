// A StatementFilter as the dashboard's URL parameters (the inverse of export-params.ts), for links to a view.
import type { StatementFilterInput } from "../statement-filter.ts";

const LISTS = { regions: "region", countries: "country", speakers: "speaker", topics: "topic", sources: "source" } as const;

export function filterToParams(filter: StatementFilterInput): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, param] of Object.entries(LISTS) as [keyof typeof LISTS, string][]) {
    for (const value of filter[field] ?? []) params.append(param, String(value));
  }
  if (filter.kind) params.set("kind", filter.kind.toLowerCase());
  if (filter.from) params.set("from", filter.from.toISOString().slice(0, 10));
  if (filter.to) params.set("to", filter.to.toISOString().slice(0, 10));
  if (filter.dateUnknown) params.set("date", "unknown");
  if (filter.includeMembers) params.set("members", "include");
  if (filter.search) params.set("q", filter.search);
  return params;
}
