// GET /export/…: the rows of the dashboard's view, parsed by a real CSV parser, equal to what the statements
// connection returns for the same filter and order; refused filters say why with a 400; the stream reads the
// database only as fast as its reader takes the rows.
import { testProviders } from "@dictum/db/testing";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportResponse } from "../src/lib/export-routes.ts";
import { startTestApi, type TestApi } from "./harness.ts";

const PAGE = `query ($filter: StatementFilter, $orderBy: StatementOrder, $after: String) {
  statements(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
    edges { node { id text kind saidOn speaker { name title } places { code } topics { slug } article { title url source { name } } } }
    pageInfo { hasNextPage endCursor } } }`;

describe.each(testProviders())("exports on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  const get = (path: string) => t.api.fetch(`http://dictum.test${path}`);

  async function viaGraphql(filter: Record<string, unknown>, orderBy?: Record<string, string>): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { errors?: unknown; data?: any } = await t.gql(PAGE, { filter, orderBy, after });
      expect(r.errors).toBeUndefined();
      nodes.push(...r.data.statements.edges.map((edge: any) => edge.node));
      if (!r.data.statements.pageInfo.hasNextPage) return nodes;
      after = r.data.statements.pageInfo.endCursor;
    }
  }

  it.each([
    { query: "", filter: {} },
    { query: "region=Central+Asia", filter: { regions: ["Central Asia"] } },
    { query: "country=sy&kind=direct", filter: { countries: ["SY"], kind: "DIRECT" } },
    { query: "topic=energy&topic=sanctions&from=2021-01-01&order=oldest", filter: { topics: ["energy", "sanctions"], from: "2021-01-01" }, orderBy: { field: "SAID_ON", direction: "ASC" } },
    { query: "q=%22oil+products%22&source=TASS", filter: { search: `"oil products"`, sources: ["TASS"] } },
    { query: "q=sanctions&order=relevance", filter: { search: "sanctions" }, orderBy: { field: "RELEVANCE", direction: "DESC" } },
    { query: "date=unknown", filter: { dateUnknown: true } },
    { query: "region=NATO&members=include", filter: { regions: ["NATO"], includeMembers: true } },
  ])("CSV and JSON Lines of ?$query hold the rows the API lists, in its order", async ({ query, filter, orderBy }) => {
    const expected = await viaGraphql(filter, orderBy);
    const csvResponse = await get(`/export/statements.csv?${query}`);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csvResponse.headers.get("content-disposition")).toMatch(/attachment; filename="dictum-statements.csv"/);
    const rows = parse(await csvResponse.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.id)).toEqual(expected.map((node) => node.id));
    for (const [index, node] of expected.entries()) {
      const row = rows[index]!;
      expect(row).toEqual({
        id: node.id, saidOn: node.saidOn ?? "", speaker: node.speaker?.name ?? "", speakerTitle: node.speaker?.title ?? "", kind: node.kind, text: node.text,
        places: node.places.map((place: any) => place.code).sort().join(";"), topics: node.topics.map((topic: any) => topic.slug).sort().join(";"),
        source: node.article.source?.name ?? "", articleTitle: node.article.title ?? "", articleUrl: node.article.url ?? "",
      });
    }
    const jsonl = await (await get(`/export/statements.jsonl?${query}`)).text();
    const lines = jsonl.split("\n").filter(Boolean).map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(expected.map((node) => node.id));
    expect(lines.map((line) => line.text)).toEqual(expected.map((node) => node.text));
  });

  it("places.geojson counts statements per place as placeCounts does", async () => {
    const r = await t.gql(`{ placeCounts(filter: { regions: ["Asia"] }) { countries { place { code lat lon } count } } }`);
    const response = await get("/export/places.geojson?region=Asia");
    expect(response.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const geo = await response.json();
    expect(geo.type).toBe("FeatureCollection");
    const countries = geo.features.filter((feature: any) => feature.properties.kind === "COUNTRY");
    const expected = r.data.placeCounts.countries.filter((row: any) => row.place.lat !== null);
    expect(expected.length).toBeGreaterThan(0);
    expect(countries.map((f: any) => [f.properties.code, f.properties.count, f.geometry.coordinates])).toEqual(expected.map((row: any) => [row.place.code, row.count, [row.place.lon, row.place.lat]]));
  });

  it.each([
    ["/export/statements.csv?topic=no-such-topic", /Unknown topic "no-such-topic"/],
    ["/export/statements.csv?region=Atlantis", /Atlantis/],
    ["/export/statements.csv?kind=maybe", /kind must be direct or indirect/],
    ["/export/statements.jsonl?from=2021-02-30", /from must be a day written YYYY-MM-DD/],
    ["/export/statements.csv?from=2021-03-01&to=2021-01-01", /after filter.to/],
    ["/export/statements.csv?order=relevance", /give q too/],
    ["/export/statements.csv?order=random", /order must be newest, oldest or relevance/],
    ["/export/statements.csv?colour=red", /Unknown parameter "colour"/],
    ["/export/statements.csv?date=yesterday", /date must be unknown/],
    ["/export/statements.csv?members=all", /members must be include/],
    ["/export/statements.csv?q=%C2%AB%C2%BB", /no words/],
    ["/export/places.geojson?country=ZZ", /ZZ/],
  ])("%s is refused with a 400 that says why", async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(message);
  });

  it("writes just the header for a view with no statements", async () => {
    const csv = await (await get("/export/statements.csv?q=zzqxjw")).text();
    expect(csv).toBe("id,saidOn,speaker,speakerTitle,kind,text,places,topics,source,articleTitle,articleUrl\n");
    expect(await (await get("/export/statements.jsonl?q=zzqxjw")).text()).toBe("");
  });

  it("answers 404 for an unknown export", async () => {
    const response = await get("/export/statements.xlsx");
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/statements\.csv/);
  });

  it("reads the next batch only when the reader has taken the last one", async () => {
    const total = (await viaGraphql({})).length;
    expect(total).toBeGreaterThan(50);
    t.sql.length = 0;
    const url = "http://dictum.test/export/statements.jsonl";
    const response = (await exportResponse(new Request(url), new URL(url), { db: t.db, provider: t.provider, batchSize: 10 }))!;
    const reader = response.body!.getReader();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const pages = () => t.sql.filter((query) => /ORDER BY s\."saidOn"/.test(query)).length;
    expect(pages()).toBeLessThanOrEqual(2); // the first batch, and at most one read ahead
    let lines = 10;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) lines += new TextDecoder().decode(chunk.value).split("\n").filter(Boolean).length;
    expect(lines).toBe(total);
    expect(pages()).toBe(Math.ceil(total / 10));
  });
});
