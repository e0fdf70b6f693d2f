import type { StatementFilter } from "@/lib/filters";
import type { Bucket, TimelinePoint } from "./documents";

const DAY_MS = 86_400_000;

/** Days from the first to the end of the last month that has statements. */
export function activeSpanInDays(months: TimelinePoint[]): number {
  const starts = months.filter((point) => point.count > 0).map((point) => Date.parse(point.start));
  if (starts.length === 0) return 0;
  return (Math.max(...starts) - Math.min(...starts)) / DAY_MS + 31;
}

/**
 * Picks the histogram resolution so there are enough bars to drag over and at most a few hundred: days for up to
 * four months, weeks up to two years, months up to twenty, then years. A chosen date range decides the span;
 * otherwise the months that have statements do.
 */
export function chooseBucket(filter: StatementFilter, months: TimelinePoint[]): Bucket {
  const span = filter.from && filter.to ? (Date.parse(filter.to) - Date.parse(filter.from)) / DAY_MS + 1 : activeSpanInDays(months);
  if (span > 20 * 366) return "YEAR";
  if (span > 2 * 366) return "MONTH";
  if (span > 120) return "WEEK";
  return "DAY";
}

/** Yearly buckets summed from monthly ones, so the API is asked for one timeline instead of two. */
export function yearsFromMonths(months: TimelinePoint[]): TimelinePoint[] {
  const years = new Map<string, number>();
  for (const month of months) {
    const year = `${month.start.slice(0, 4)}-01-01`;
    years.set(year, (years.get(year) ?? 0) + month.count);
  }
  return [...years].map(([start, count]) => ({ start, count }));
}
