// speakerCountries, speakerKinds, saidIn and minConfidence: the statement list matches an independent Prisma count,
// and timeline, placeCounts and facets count exactly what the list returns, combined with the older filters.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

describe.each(testProviders())("speaker, dateline and confidence filters on %s", (provider) => {
  let t: TestApi;
  let datelineKey = "";
  beforeAll(async () => {
    t = await startTestApi(provider);
    // The gold fixture gives no affiliations and full confidence: give some, so the filters have something to split.
    const speakers = await t.db.speaker.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    for (const [i, s] of speakers.entries()) {
      const countryCode = i % 3 === 0 ? "RU" : i % 3 === 1 ? "US" : null;
      await t.db.speaker.update({ where: { id: s.id }, data: { countryCode, kind: i % 5 === 0 ? "UNNAMED" : undefined } });
    }
    const statements = await t.db.statement.findMany({ select: { id: true } });
    for (const s of statements.filter((s) => s.id % 4 === 0)) await t.db.statement.update({ where: { id: s.id }, data: { confidence: 0.4 } });
    const city = await t.db.article.findFirst({ where: { datelinePlace: { kind: "CITY" } }, select: { datelinePlace: { select: { key: true } } } });
    datelineKey = city!.datelinePlace!.key;
  });
  afterAll(async () => { await t?.close(); });

  const total = async (filter: Record<string, unknown>) => {
    const r = await t.gql(`query($filter: StatementFilter) { statements(filter: $filter, first: 0) { totalCount } }`, { filter });
    expect(r.errors).toBeUndefined();
    return r.data.statements.totalCount as number;
  };

  it("matches what Prisma counts for each new filter, alone and combined", async () => {
    const ru = await t.db.statement.count({ where: { speaker: { countryCode: "RU" } } });
    expect(ru).toBeGreaterThan(0);
    expect(await total({ speakerCountries: ["ru"] })).toBe(ru);
    expect(await total({ speakerCountries: ["RU", "US"] })).toBe(await t.db.statement.count({ where: { speaker: { countryCode: { in: ["RU", "US"] } } } }));
    const unnamed = await t.db.statement.count({ where: { speaker: { kind: "UNNAMED" } } });
    expect(unnamed).toBeGreaterThan(0);
    expect(await total({ speakerKinds: ["UNNAMED"] })).toBe(unnamed);
    expect(await total({ speakerKinds: ["UNNAMED"], speakerCountries: ["RU"] })).toBe(await t.db.statement.count({ where: { speaker: { kind: "UNNAMED", countryCode: "RU" } } }));
    const confident = await t.db.statement.count({ where: { confidence: { gte: 0.5 } } });
    expect(confident).toBeLessThan(await t.db.statement.count());
    expect(await total({ minConfidence: 0.5 })).toBe(confident);
    const tj = await t.db.statement.count({ where: { article: { OR: [{ datelinePlace: { iso2: "TJ" } }, { datelinePlace: { parent: { iso2: "TJ" } } }] } } });
    expect(tj).toBeGreaterThan(0);
    expect(await total({ saidIn: ["TJ"] })).toBe(tj);
    expect(await total({ saidIn: [datelineKey] })).toBe(await t.db.statement.count({ where: { article: { datelinePlace: { key: datelineKey } } } }));
    const combined = await t.db.statement.count({ where: { speaker: { countryCode: "RU" }, confidence: { gte: 0.5 }, kind: "DIRECT" } });
    expect(await total({ speakerCountries: ["RU"], minConfidence: 0.5, kind: "DIRECT" })).toBe(combined);
  });

  const FILTERS: Record<string, unknown>[] = [
    { speakerCountries: ["RU"] },
    { speakerKinds: ["PERSON"], from: "2019-01-01" },
    { minConfidence: 0.5, kind: "INDIRECT" },
    { saidIn: ["TJ"] },
    { speakerCountries: ["US"], regions: ["Europe"] },
  ];

  it.each(FILTERS)("timeline, placeCounts and facets agree with the list for %j", async (filter) => {
    const expected = await total(filter);
    const r = await t.gql(`query($filter: StatementFilter) {
      timeline(filter: $filter, bucket: MONTH) { count }
      placeCounts(filter: $filter) { countries { place { code } count } }
      facets(filter: $filter, limit: 5) { kinds { count } speakerCountries { place { code } count } saidInCountries { place { code } count } speakers { speaker { id } count } } }`, { filter });
    expect(r.errors).toBeUndefined();
    expect(r.data.timeline.reduce((n: number, p: any) => n + p.count, 0)).toBe(expected);
    expect(r.data.facets.kinds.reduce((n: number, k: any) => n + k.count, 0)).toBe(expected);
    for (const c of r.data.placeCounts.countries.slice(0, 3)) expect(c.count).toBe(await total({ ...filter, countries: [c.place.code] }));
    for (const s of r.data.facets.speakers) expect(s.count).toBe(await total({ ...filter, speakers: [s.speaker.id] }));
    for (const c of r.data.facets.speakerCountries) {
      const codes = (filter.speakerCountries as string[] | undefined) ?? [c.place.code];
      expect(codes).toContain(c.place.code);
      expect(c.count).toBe(await total({ ...filter, speakerCountries: [c.place.code] }));
    }
    for (const c of r.data.facets.saidInCountries) expect(c.count).toBe(await total({ ...filter, saidIn: [c.place.code] }));
  });

  it("ranks speaker countries", async () => {
    const r = await t.gql(`{ facets { speakerCountries { place { code } count } } }`);
    const counts = r.data.facets.speakerCountries;
    expect(counts.map((c: any) => c.place.code).sort()).toEqual(["RU", "US"]);
    for (const c of counts) expect(c.count).toBe(await t.db.statement.count({ where: { speaker: { countryCode: c.place.code } } }));
    const saidIn = (await t.gql(`{ facets { saidInCountries { place { code } count } } }`)).data.facets.saidInCountries;
    expect(saidIn.map((c: any) => c.place.code)).toContain("TJ");
  });

  it("refuses values that cannot be meant", async () => {
    for (const filter of [{ speakerCountries: ["Russia"] }, { minConfidence: 1.5 }, { saidIn: ["nowhere:at-all"] }]) {
      const r = await t.gql(`query($filter: StatementFilter) { statements(filter: $filter, first: 0) { totalCount } }`, { filter });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("applies the same filters to the streamed export", async () => {
    const response = await t.api.fetch(`http://dictum.test/export/statements.jsonl?speakerCountry=ru&minConfidence=0.5&speakerKind=person`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\n").length; // JSONL: one statement a line, no header
    expect(lines).toBe(await total({ speakerCountries: ["RU"], minConfidence: 0.5, speakerKinds: ["PERSON"] }));
    expect((await t.api.fetch(`http://dictum.test/export/statements.jsonl?speakerKind=robot`)).status).toBe(400);
  });
});
