// timeline, placeCounts and facets count exactly the statements Query.statements returns for the same filter.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldRows, regionScope, type GoldRow } from "./fixtures/oracle.ts";
import { startTestApi, type TestApi } from "./harness.ts";

const FILTERS: Record<string, unknown>[] = [
  {},
  { regions: ["Central Asia"] },
  { regions: ["Europe"], kind: "DIRECT" },
  { countries: ["US", "MX"], from: "2019-01-01" },
  { search: "oil" },
  { sources: ["Reuters"], topics: ["energy"] },
  // Dates and kind only: totals and timeline come from the per-day counts the database keeps.
  { from: "2019-01-01", to: "2020-06-30", kind: "INDIRECT" },
];

describe.each(testProviders())("aggregates on %s", (provider) => {
  let t: TestApi;
  const gold = goldRows();
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  const total = async (filter: Record<string, unknown>) => {
    const r = await t.gql(`query($filter: StatementFilter) { statements(filter: $filter, first: 0) { totalCount } }`, { filter });
    expect(r.errors).toBeUndefined();
    return r.data.statements.totalCount as number;
  };
  const ids = async (filter: Record<string, unknown>) => {
    const found = new Set<string>();
    let after: string | null = null;
    do {
      const r: any = await t.gql(`query($filter: StatementFilter, $after: String) { statements(filter: $filter, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { filter, after });
      r.data.statements.edges.forEach((e: any) => found.add(e.node.id));
      after = r.data.statements.pageInfo.hasNextPage ? r.data.statements.pageInfo.endCursor : null;
    } while (after);
    return found;
  };
  /** Statements matching `filter` AND `extra`, where `extra` may restrict a field `filter` already uses. */
  const both = async (filter: Record<string, unknown>, extra: Record<string, unknown>) => {
    const a = await ids(filter);
    return [...(await ids(extra))].filter((id) => a.has(id)).length;
  };

  it.each(FILTERS)("timeline buckets add up to totalCount for %j", async (filter) => {
    for (const bucket of ["DAY", "WEEK", "MONTH", "YEAR"]) {
      const r = await t.gql(`query($filter: StatementFilter, $bucket: TimelineBucket!) { timeline(filter: $filter, bucket: $bucket) { start count } }`, { filter, bucket });
      expect(r.errors).toBeUndefined();
      const points: { start: string; count: number }[] = r.data.timeline;
      expect(points.reduce((n, p) => n + p.count, 0)).toBe(await total(filter));
      expect(points.map((p) => p.start)).toEqual([...points.map((p) => p.start)].sort());
    }
  });

  /** The gold statements about a region: naming it, a region inside it, or a country in it. */
  const aboutRegion = async (name: string, rows: GoldRow[]) => {
    const scope = await regionScope(t.db, name);
    return rows.filter((row) => [...row.countries].some((c) => scope.countries.has(c)) || [...row.regions].some((r) => scope.regionNames.has(r)));
  };

  it("puts statements in the right buckets", async () => {
    const months = (await t.gql(`{ timeline(bucket: MONTH) { start count } }`)).data.timeline;
    const expected = new Map<string, number>();
    for (const row of gold) expected.set(`${row.saidOn.slice(0, 7)}-01`, (expected.get(`${row.saidOn.slice(0, 7)}-01`) ?? 0) + 1);
    expect(months).toEqual([...expected].sort().map(([start, count]) => ({ start, count })));
    const weeks = (await t.gql(`{ timeline(bucket: WEEK, filter: { sources: ["TASS"], from: "2021-01-01", to: "2021-12-31" }) { start count } }`)).data.timeline;
    expect(weeks).toEqual([{ start: "2021-07-26", count: 8 }]); // Wednesday 28 July 2021 is in the week of Monday the 26th
    const years = (await t.gql(`{ timeline(bucket: YEAR, filter: { regions: ["Central Asia"] }) { start count } }`)).data.timeline;
    const centralAsia = await aboutRegion("Central Asia", gold);
    expect(centralAsia.length).toBeGreaterThan(0);
    expect(years).toEqual([{ start: "2021-01-01", count: centralAsia.length }]);
  });

  it.each(FILTERS)("placeCounts match the countries and regions filters for %j", async (filter) => {
    const r = await t.gql(`query($filter: StatementFilter) { placeCounts(filter: $filter) {
      countries { place { code name lat lon kind } count } regions { place { code name kind } count } } }`, { filter });
    expect(r.errors).toBeUndefined();
    const { countries, regions } = r.data.placeCounts;
    for (const c of countries.slice(0, 6)) {
      expect(c.place.kind).toBe("COUNTRY");
      expect(typeof c.place.lat).toBe("number");
      expect(c.count).toBe(await both(filter, { countries: [c.place.code] }));
    }
    for (const region of regions.filter((x: any) => ["Central Asia", "Asia", "Europe", "Americas", "Middle East"].includes(x.place.name))) {
      expect(region.count).toBe(await both(filter, { regions: [region.place.name] }));
    }
  });

  it("counts the seed article under Central Asia and its countries", async () => {
    const r = await t.gql(`{ placeCounts(filter: { sources: ["TASS"], to: "2021-12-31" }) { countries { place { code } count } regions { place { name } count } } }`);
    const byCode = Object.fromEntries(r.data.placeCounts.countries.map((c: any) => [c.place.code, c.count]));
    const expected: Record<string, number> = {};
    for (const row of gold.filter((g) => g.source === "TASS" && g.saidOn <= "2021-12-31")) for (const code of row.countries) expected[code] = (expected[code] ?? 0) + 1;
    // Every statement was filed in Dushanbe, which makes none of them about Tajikistan: only those naming it count.
    expect(expected.TJ ?? 0).toBeLessThan(8);
    expect(byCode).toEqual(expected);
    const byName = Object.fromEntries(r.data.placeCounts.regions.map((c: any) => [c.place.name, c.count]));
    const tass = gold.filter((g) => g.source === "TASS" && g.saidOn <= "2021-12-31");
    expect(byName["Central Asia"]).toBe((await aboutRegion("Central Asia", tass)).length);
    expect(byName["Asia"]).toBe((await aboutRegion("Asia", tass)).length);
  });

  it.each(FILTERS)("facets count what the matching filters return for %j", async (filter) => {
    const r = await t.gql(`query($filter: StatementFilter) { facets(filter: $filter, limit: 5) {
      speakers { speaker { id name } count } topics { topic { slug } count } countries { place { code } count }
      sources { source { name } count } kinds { kind count } } }`, { filter });
    expect(r.errors).toBeUndefined();
    const f = r.data.facets;
    for (const s of f.speakers) expect(s.count).toBe(await total({ ...filter, speakers: [s.speaker.id] }));
    for (const s of f.topics) expect(s.count).toBe(await total({ ...filter, topics: [s.topic.slug] }));
    for (const s of f.countries) expect(s.count).toBe(await both(filter, { countries: [s.place.code] }));
    for (const s of f.sources) expect(s.count).toBe(await total({ ...filter, sources: [s.source.name] }));
    expect(f.kinds.reduce((n: number, k: any) => n + k.count, 0)).toBe(await total(filter));
    const counts = f.speakers.map((s: any) => s.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });

  it("ranks the top speakers of the whole fixture", async () => {
    const r = await t.gql(`{ facets(limit: 3) { speakers { speaker { name } count } } }`);
    const bySpeaker = new Map<string, number>();
    for (const row of gold) if (row.speaker) bySpeaker.set(row.speaker, (bySpeaker.get(row.speaker) ?? 0) + 1);
    const top = [...bySpeaker.values()].sort((a, b) => b - a).slice(0, 3);
    expect(r.data.facets.speakers.map((s: any) => s.count)).toEqual(top);
  });
});
