// Query.statements against the gold fixture on each database: every filter, AND/OR, ordering and pagination,
// checked against answers computed from the gold files.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ID } from "./fixtures/gold-fixture.ts";
import { goldRows, keys, regionScope, type GoldRow } from "./fixtures/oracle.ts";
import { startTestApi, type TestApi } from "./harness.ts";

const PAGE = `query Page($filter: StatementFilter, $first: Int, $after: String, $last: Int, $before: String, $orderBy: StatementOrder) {
  statements(filter: $filter, first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id text saidOn kind article { externalId } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe.each(testProviders())("statements on %s", (provider) => {
  let t: TestApi;
  const gold = goldRows();
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  /** Every statement the filter returns, following pages; also checks totalCount against the rows. */
  async function all(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
    const found: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const r: any = await t.gql(PAGE, { filter, first: 100, after, orderBy });
      expect(r.errors).toBeUndefined();
      const page: any = r.data.statements;
      total = page.totalCount;
      found.push(...page.edges.map((e: any) => `${e.node.article.externalId}|${e.node.text}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(found.length).toBe(total);
    return found;
  }
  const expectRows = async (filter: Record<string, unknown>, expected: GoldRow[]) => {
    expect(expected.length).toBeGreaterThan(0); // a filter test that expects nothing proves nothing
    expect((await all(filter)).sort()).toEqual(keys(expected));
  };

  it("loads the whole fixture", async () => {
    expect(await all({})).toHaveLength(gold.length);
    expect(t.fixture.statements).toBe(gold.length);
  });

  it("rolls a region up to its countries: Central Asia finds the seed article's statements", async () => {
    const scope = await regionScope(t.db, "Central Asia");
    const expected = gold.filter((r) => [...r.countries].some((c) => scope.countries.has(c)) || [...r.regions].some((n) => scope.regionNames.has(n)));
    // Of the seed's 8 statements (reported twice) only those naming Central Asia or a country in it: its dateline,
    // Dushanbe, is where they were said, not what they are about.
    const seedRows = expected.filter((r) => r.key.startsWith(SEED_ID)).length;
    expect(seedRows).toBeGreaterThan(0);
    expect(seedRows).toBeLessThan(16);
    await expectRows({ regions: ["Central Asia"] }, expected);
    await expectRows({ regions: ["143"] }, expected); // the M49 code
    await expectRows({ regions: ["central asia"] }, expected);
  });

  it("matches a continent through its sub-regions, and ORs values inside one filter", async () => {
    const europe = await regionScope(t.db, "Europe");
    const asia = await regionScope(t.db, "Asia");
    const inScope = (r: GoldRow, s: typeof europe) => [...r.countries].some((c) => s.countries.has(c)) || [...r.regions].some((n) => s.regionNames.has(n));
    await expectRows({ regions: ["Europe"] }, gold.filter((r) => inScope(r, europe)));
    await expectRows({ regions: ["Europe", "Asia"] }, gold.filter((r) => inScope(r, europe) || inScope(r, asia)));
  });

  it("filters by country, including places inside the country (the dateline city)", async () => {
    await expectRows({ countries: ["SY"] }, gold.filter((r) => r.countries.has("SY")));
    await expectRows({ countries: ["sy", "LY"] }, gold.filter((r) => r.countries.has("SY") || r.countries.has("LY")));
    await expectRows({ countries: ["VN"] }, gold.filter((r) => r.countries.has("VN")));
  });

  it("combines filters with AND", async () => {
    await expectRows({ countries: ["SY"], kind: "INDIRECT" }, gold.filter((r) => r.countries.has("SY") && r.kind === "INDIRECT"));
    await expectRows({ sources: ["Reuters"], countries: ["US"], from: "1987-03-20" }, gold.filter((r) => r.source === "Reuters" && r.countries.has("US") && r.saidOn >= "1987-03-20"));
  });

  it("filters by speaker id (global or numeric)", async () => {
    const r = await t.gql(`{ speakers(search: "Shoigu") { edges { node { id name statementCount } } } }`);
    const shoigu = r.data.speakers.edges[0].node;
    expect(shoigu.name).toBe("Sergey Shoigu");
    const expected = gold.filter((row) => row.speaker === "Sergey Shoigu");
    expect(shoigu.statementCount).toBe(expected.length);
    await expectRows({ speakers: [shoigu.id] }, expected);
    const numeric = Buffer.from(shoigu.id, "base64").toString().split(":")[1];
    await expectRows({ speakers: [numeric] }, expected);
  });

  it("filters by topic, source, kind and dates", async () => {
    await expectRows({ topics: ["sanctions"] }, gold.filter((r) => r.topics.has("sanctions")));
    await expectRows({ topics: ["sanctions", "energy"] }, gold.filter((r) => r.topics.has("sanctions") || r.topics.has("energy")));
    await expectRows({ sources: ["wikinews"] }, gold.filter((r) => r.source === "Wikinews"));
    await expectRows({ kind: "DIRECT" }, gold.filter((r) => r.kind === "DIRECT"));
    await expectRows({ from: "2019-01-01", to: "2019-12-31" }, gold.filter((r) => r.saidOn >= "2019-01-01" && r.saidOn <= "2019-12-31"));
    await expectRows({ to: "2021-07-28" }, gold.filter((r) => r.saidOn <= "2021-07-28")); // `to` includes its day
  });

  it("searches the text with every word required, stemmed, ranked", async () => {
    await expectRows({ search: "sanctions" }, gold.filter((r) => /\bsanctions?\b/i.test(r.text)));
    await expectRows({ search: "sanction" }, gold.filter((r) => /\bsanctions?\b/i.test(r.text)));
    await expectRows({ search: "oil products" }, gold.filter((r) => /\boil\b/i.test(r.text) && /\bproducts?\b/i.test(r.text)));
    // Operator characters are words or nothing, never syntax.
    const hostile = await t.gql(PAGE, { filter: { search: `"oil" OR -(NEAR* products` }, first: 5 });
    expect(hostile.errors).toBeUndefined();
    // Ranked: the statement where the words weigh most comes first.
    const ranked = await t.gql(PAGE, { filter: { search: "Afghanistan" }, first: 100 });
    expect(ranked.errors).toBeUndefined();
    expect(ranked.data.statements.edges[0].node.text).toMatch(/Afghanistan/);
    expect(ranked.data.statements.totalCount).toBe(gold.filter((r) => /Afghanistan/.test(r.text)).length);
  });

  it("orders by saidOn then id, both ways", async () => {
    for (const direction of ["ASC", "DESC"]) {
      const r = await t.gql(PAGE, { first: 100, orderBy: { field: "SAID_ON", direction } });
      const nodes = r.data.statements.edges.map((e: any) => e.node);
      const sorted = [...nodes].sort((a: any, b: any) => a.saidOn.localeCompare(b.saidOn) || idOf(a) - idOf(b));
      expect(nodes).toEqual(direction === "ASC" ? sorted : sorted.reverse());
    }
  });

  it("pages forwards and backwards through the same sequence", async () => {
    const filter = { countries: ["US"] };
    const whole = (await t.gql(PAGE, { filter, first: 100 })).data.statements;
    const everything = whole.edges.map((e: any) => e.node.id);
    expect(everything.length).toBeGreaterThan(20);

    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.gql(PAGE, { filter, first: 7, after })).data.statements;
      forward.push(...page.edges.map((e: any) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(everything);

    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const page: any = (await t.gql(PAGE, { filter, last: 7, before })).data.statements;
      backward.unshift(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(everything);
  });

  it("pages through search results by relevance", async () => {
    const filter = { search: "said" };
    const whole = (await t.gql(PAGE, { filter, first: 100 })).data.statements.edges.map((e: any) => e.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await t.gql(PAGE, { filter, first: 3, after })).data.statements;
      paged.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(whole);
  });

  it("loads a statement with its article, speaker, places, regions, topics and other reports", async () => {
    const r = await t.gql(`{ statements(first: 1, filter: { search: "logistical centers", sources: ["TASS"] }) { edges { node {
      id text start end kind confidence
      speaker { name }
      article { text dateline source { name } publishedAt datelinePlace { name code } }
      places { code } regions { name } topics { slug } saidIn { name }
      quotation { reportCount sourceCount firstSaidOn }
      otherReports { article { source { name } publishedAt } }
    } } } }`);
    expect(r.errors).toBeUndefined();
    const s = r.data.statements.edges[0].node;
    expect(s.article.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.speaker.name).toBe("Sergey Shoigu");
    expect(s.article).toMatchObject({ dateline: "Dushanbe", source: { name: "TASS" }, datelinePlace: { name: "Dushanbe" } });
    expect(s.places.map((p: any) => p.code).sort()).toEqual(["AF", "US"]);
    expect(s.saidIn).toEqual({ name: "Dushanbe" });
    // The M49 regions of Afghanistan and the US; not Dushanbe's Central Asia, nor NATO or the G20.
    expect(s.regions.map((p: any) => p.name)).toEqual(["Americas", "Asia", "Northern America", "Southern Asia"]);
    expect(s.quotation).toMatchObject({ reportCount: 2, sourceCount: 2, firstSaidOn: "2021-07-28T00:00:00.000Z" });
    expect(s.otherReports).toEqual([{ article: { source: { name: "Interfax" }, publishedAt: "2021-07-29T00:00:00.000Z" } }]);

    const again = await t.gql(`query($id: ID!) { node(id: $id) { ... on Statement { text } } statement(id: $id) { text } }`, { id: s.id });
    expect(again.data).toEqual({ node: { text: s.text }, statement: { text: s.text } });
  });
});

const idOf = (node: { id: string }) => Number(Buffer.from(node.id, "base64").toString().split(":")[1]);
