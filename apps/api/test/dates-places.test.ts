// Unknown dates stay unknown (not on the timeline, counted apart, listed last, listable), and a statement is about
// the places it names: the dateline is where it was said (saidIn), and a grouping (NATO) matches statements that
// name it, not every statement about a member country. Articles written for this test, ingested through the API.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const articles = [
  { source: "BBC News", text: '"Profits will rise again next year," chief executive Jane Smith said.\n\n"We are very pleased with the results," finance director Tom Brown said.' },
  { source: "BBC News", text: '"The strike will go ahead," union leader Mary Jones said.' },
  { source: "TASS", text: 'MOSCOW, February 3, 2024. /TASS/. "International law must be respected by everyone," Foreign Minister Sergey Lavrov said.' },
  { source: "Reuters", publishedAt: "2024-03-05T00:00:00Z", text: '"NATO keeps moving closer to our borders," Lavrov told reporters.\n\n"More troops will be sent to Poland," the minister said.' },
];

const CARD = `id text saidOn places { code } regions { name m49 } saidIn { name } article { source { name } }`;

describe.each(testProviders())("dates and places on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi(provider, { fixture: false });
    const r = await t.gql(`mutation($input: [IngestArticleInput!]!) { ingestArticles(input: $input) { results { __typename } } }`, { input: articles }, { authorization: `Bearer ${TOKEN}` });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => { await t?.close(); });

  const page = async (vars: Record<string, unknown>) => {
    const r = await t.gql(`query($filter: StatementFilter, $orderBy: StatementOrder, $first: Int, $after: String, $last: Int, $before: String) {
      statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        totalCount edges { cursor node { ${CARD} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, vars);
    expect(r.errors).toBeUndefined();
    return r.data.statements;
  };
  const all = async (filter: Record<string, unknown> = {}, orderBy?: Record<string, unknown>) => (await page({ filter, orderBy, first: 100 })).edges.map((e: any) => e.node);

  it("stores undated statements with an unknown date and dates the others from their record or dateline", async () => {
    const statements = await all();
    expect(statements).toHaveLength(6);
    const bySource = (name: string) => statements.filter((s: any) => s.article.source.name === name).map((s: any) => s.saidOn);
    expect(bySource("BBC News")).toEqual([null, null, null]);
    expect(bySource("TASS")).toEqual(["2024-02-03T00:00:00.000Z"]);
    expect(bySource("Reuters")).toEqual(["2024-03-05T00:00:00.000Z", "2024-03-05T00:00:00.000Z"]);
  });

  it("keeps unknown dates off the timeline, counts them, and lists them with dateUnknown", async () => {
    const r = await t.gql(`{ timeline(bucket: DAY) { start count } unknownDateCount statements { totalCount }
      tass: unknownDateCount(filter: { sources: ["TASS"] }) ranged: unknownDateCount(filter: { from: "2000-01-01" }) }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.timeline).toEqual([{ start: "2024-02-03", count: 1 }, { start: "2024-03-05", count: 2 }]);
    expect([r.data.unknownDateCount, r.data.tass, r.data.ranged, r.data.statements.totalCount]).toEqual([3, 0, 0, 6]);
    const unknown = await page({ filter: { dateUnknown: true }, first: 100 });
    expect(unknown.totalCount).toBe(3);
    expect(unknown.edges.map((e: any) => e.node.saidOn)).toEqual([null, null, null]);
    expect((await page({ filter: { dateUnknown: false }, first: 100 })).totalCount).toBe(3);
  });

  it("sorts unknown dates last both ways, page by page forwards and backwards", async () => {
    for (const direction of ["DESC", "ASC"]) {
      const orderBy = { field: "SAID_ON", direction };
      const whole = (await all({}, orderBy)).map((s: any) => s.id);
      const days = (await all({}, orderBy)).map((s: any) => s.saidOn?.slice(0, 10) ?? null);
      expect(days).toEqual(direction === "DESC" ? ["2024-03-05", "2024-03-05", "2024-02-03", null, null, null] : ["2024-02-03", "2024-03-05", "2024-03-05", null, null, null]);
      const forwards: string[] = [];
      let after: string | null = null;
      do {
        const p: any = await page({ orderBy, first: 2, after });
        forwards.push(...p.edges.map((e: any) => e.node.id));
        after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
      } while (after);
      expect(forwards).toEqual(whole);
      const backwards: string[] = [];
      let before: string | null = null;
      do {
        const p: any = await page({ orderBy, last: 2, before });
        backwards.unshift(...p.edges.map((e: any) => e.node.id));
        before = p.pageInfo.hasPreviousPage ? p.pageInfo.startCursor : null;
      } while (before);
      expect(backwards).toEqual(whole);
    }
  });

  it("says where a statement was said apart from what it is about", async () => {
    const [lavrov] = await all({ sources: ["TASS"] });
    expect(lavrov.saidIn).toEqual({ name: "Moscow" });
    // Before: the dateline's Russia, and with it the Arctic, the Black Sea, BRICS and the G20.
    expect(lavrov.places).toEqual([]);
    expect(lavrov.regions).toEqual([]);
    const r = await t.gql(`{ placeCounts(filter: { sources: ["TASS"] }) { countries { place { code } } regions { place { name } } groupings { place { name } } }
      statements(filter: { countries: ["RU"] }) { totalCount } }`);
    expect(r.data.placeCounts).toEqual({ countries: [], regions: [], groupings: [] });
    expect(r.data.statements.totalCount).toBe(0);
  });

  it("lists M49 regions as regions and groupings apart, matching a grouping only where it is named unless members are asked for", async () => {
    const r = await t.gql(`{ facets { regions { place { name m49 } count } groupings { place { name } count } }
      placeCounts { regions { place { m49 } } groupings { place { name } count } }
      named: statements(filter: { regions: ["NATO"] }) { totalCount edges { node { text } } }
      members: statements(filter: { regions: ["NATO"], includeMembers: true }) { totalCount }
      europe: statements(filter: { regions: ["Europe"] }) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    const { facets, placeCounts } = r.data;
    expect(facets.groupings).toEqual([{ place: { name: "NATO" }, count: 1 }]);
    expect(placeCounts.groupings).toEqual(facets.groupings);
    // Poland rolls up to Eastern Europe and Europe, and to no grouping it belongs to (NATO, the EU).
    expect(facets.regions.map((f: any) => f.place.name).sort()).toEqual(["Eastern Europe", "Europe"]);
    expect(placeCounts.regions.every((region: any) => region.place.m49 !== null)).toBe(true);
    expect(r.data.named.totalCount).toBe(1);
    expect(r.data.named.edges[0].node.text).toContain("NATO keeps moving");
    expect(r.data.members.totalCount).toBe(2);
    expect(r.data.europe.totalCount).toBe(1);
  });
});
