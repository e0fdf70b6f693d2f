import { describe, expect, it } from "vitest";
import { activeSpanInDays, chooseBucket } from "@/lib/overview/buckets";
import { bucketEnd, isoDay } from "@/components/timeline/time-axis";

const months = (...starts: string[]) => starts.map((start) => ({ start, count: 3 }));

describe("histogram resolution", () => {
  it.each([
    { name: "one article's day", filter: {}, months: months("2021-07-01"), bucket: "DAY" },
    { name: "a few months", filter: {}, months: months("2021-05-01", "2021-07-01"), bucket: "DAY" },
    { name: "a year and a half", filter: {}, months: months("2019-01-01", "2020-06-01"), bucket: "WEEK" },
    { name: "a decade", filter: {}, months: months("2004-01-01", "2016-12-01"), bucket: "MONTH" },
    { name: "reuters 1987 to TASS 2024", filter: {}, months: months("1987-02-01", "2024-12-01"), bucket: "YEAR" },
    { name: "a chosen week, whatever the data", filter: { from: "2004-03-01", to: "2004-03-07" }, months: months("1987-02-01", "2024-12-01"), bucket: "DAY" },
    { name: "nothing at all", filter: {}, months: [], bucket: "DAY" },
  ])("$name → $bucket", ({ filter, months: points, bucket }) => {
    expect(chooseBucket(filter, points)).toBe(bucket);
  });

  it("ignores empty months when measuring the span", () => {
    expect(activeSpanInDays([{ start: "2001-01-01", count: 0 }, ...months("2021-07-01")])).toBe(31);
  });

  it("ends buckets on calendar boundaries in UTC", () => {
    const start = Date.parse("2024-02-01");
    expect(isoDay(bucketEnd(start, "MONTH"))).toBe("2024-03-01");
    expect(isoDay(bucketEnd(Date.parse("2024-12-30"), "WEEK"))).toBe("2025-01-06");
    expect(isoDay(bucketEnd(Date.parse("2024-01-01"), "YEAR"))).toBe("2025-01-01");
  });
});

describe("yearly buckets from monthly ones", () => {
  it("sums the months of each year and keeps years in order", async () => {
    const { yearsFromMonths } = await import("@/lib/overview/buckets");
    expect(yearsFromMonths([{ start: "2016-11-01", count: 2 }, { start: "2016-12-01", count: 3 }, { start: "2017-01-01", count: 7 }])).toEqual([
      { start: "2016-01-01", count: 5 },
      { start: "2017-01-01", count: 7 },
    ]);
  });
});
