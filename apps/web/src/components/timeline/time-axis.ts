import type { Bucket } from "@/lib/overview/documents";

/** The instant the bucket starting at `start` ends (exclusive), in UTC. */
export function bucketEnd(start: number, bucket: Bucket): number {
  const date = new Date(start);
  if (bucket === "DAY") return start + 86_400_000;
  if (bucket === "WEEK") return start + 7 * 86_400_000;
  if (bucket === "MONTH") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
}

/** "2021-07-28" for an instant, in UTC. */
export function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

const labels: Record<Bucket, Intl.DateTimeFormatOptions> = {
  DAY: { day: "numeric", month: "short", year: "numeric" },
  WEEK: { day: "numeric", month: "short", year: "numeric" },
  MONTH: { month: "short", year: "numeric" },
  YEAR: { year: "numeric" },
};

export function bucketLabel(start: number, bucket: Bucket): string {
  return new Intl.DateTimeFormat("en-GB", { ...labels[bucket], timeZone: "UTC" }).format(new Date(start));
}
