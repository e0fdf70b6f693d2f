// Generated hostile arguments for the read API: full-text search strings full of FTS and SQL syntax, unknown
// regions and countries, forged ids and cursors, odd dates. Every answer is data or a BAD_USER_INPUT /
// NOT_FOUND error that says what is wrong: never an internal error, whatever reaches the SQL.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "@dictum/api";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { INGEST_MUTATION } from "./helpers/processes.ts";
import { referenceData } from "@dictum/ingest/reference-data";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const TOKEN = "fuzz-token";
const base64 = (s: string) => Buffer.from(s).toString("base64");

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "' OR 1=1 --", '" OR ""="', "'; DROP TABLE \"Statement\"; --", "%", "_", "\\", "*", "NEAR(a b)", "a AND OR NOT b", '"unclosed',
    "troops*", "-troops", "troops:", "^troops", "(troops", "troops)", "{troops}", "&|!", "a <-> b", "'", "''", "\u0000", "\ud800",
    "Central Asia", "central asia", "143", "RU", "ru", "XX", "<script>alert(1)</script>", "SELECT * FROM \"Article\"", "ＳＥＬＥＣＴ",
  ),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const hostileId = fc.oneof(hostileString, fc.constantFrom("Statement:1", "Speaker:1", "Speaker:-1", "Speaker:1e99", "Speaker:1; DROP", "Topic:x").map(base64), hostileString.map(base64));
const hostileDate = fc.oneof(fc.constantFrom("2021-02-30", "0000-01-01", "9999-12-31", "2021-13-01", "2021-07-28T25:00:00Z", "", "yesterday"), hostileString);

/** Each field valid or hostile, so some filters pass validation and reach the SQL with hostile parts. */
const either = <T,>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>) => fc.oneof({ weight: 2, arbitrary: valid }, { weight: 1, arbitrary: hostile });
const filterArb = fc.record(
  {
    search: hostileString,
    regions: either(fc.constantFrom(["Central Asia"], ["Europe", "Western Asia"], ["143"]), fc.array(hostileString, { maxLength: 3 })),
    countries: either(fc.constantFrom(["RU"], ["US", "TJ"]), fc.array(hostileString, { maxLength: 3 })),
    speakers: fc.array(hostileId, { maxLength: 2 }),
    topics: either(fc.constant([] as string[]), fc.array(hostileString, { maxLength: 2 })),
    sources: either(fc.constantFrom(["TASS"], ["Reuters", "TASS"]), fc.array(hostileString, { maxLength: 2 })),
    from: either(fc.constantFrom("2021-01-01", "1987-02-26"), hostileDate),
    to: either(fc.constantFrom("2021-12-31", "2030-01-01"), hostileDate),
  },
  { requiredKeys: [] },
);

const QUERIES = {
  page: `query($filter: StatementFilter, $after: String) { statements(filter: $filter, first: 5, after: $after) { totalCount edges { node { id text } } } }`,
  aggregates: `query($filter: StatementFilter) { timeline(filter: $filter, bucket: MONTH) { start count } placeCounts(filter: $filter) { countries { count } } facets(filter: $filter, limit: 5) { speakers { count } } }`,
  node: `query($id: ID!) { node(id: $id) { id } statement(id: $id) { id } }`,
  search: `query($q: String!) { speakers(first: 5, filter: { search: $q }) { totalCount } places(first: 5, filter: { search: $q }) { totalCount } }`,
};

describe.each(testProviders())("read API on hostile arguments on %s", (provider) => {
  let t: TestDb;
  let api: ReturnType<typeof createApi>;
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await api.fetch("http://dictum.test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const codes = new Map<string, number>();
  const expectHandled = async (query: string, variables: Record<string, unknown>) => {
    const { status, body } = await gql(query, variables);
    const code = body.errors?.[0]?.extensions?.code ?? (body.errors ? "GRAPHQL_VALIDATION" : "OK");
    codes.set(code, (codes.get(code) ?? 0) + 1);
    expect(code, `${JSON.stringify(variables)} → ${body.errors?.[0]?.message}`).not.toBe("INTERNAL_SERVER_ERROR");
    expect(status).toBeLessThan(500);
  };

  beforeAll(async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    api = createApi({ db: t.db, databaseUrl: t.url, token: TOKEN });
    for (const text of [
      'DUSHANBE, July 28. /TASS/. "Troops will stay in Central Asia," Russian Defense Minister Sergey Shoigu said on Tuesday.',
      'WASHINGTON (Reuters) - "Oil prices will fall," U.S. Energy Secretary John Herrington said on Monday.',
    ]) {
      const r = await api.fetch("http://dictum.test/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: INGEST_MUTATION, variables: { input: { text, source: "TASS", publishedAt: "2021-07-28T00:00:00Z" } } }) });
      expect(((await r.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await t?.close();
  });

  it(`answers ${RUNS} generated filters on the page and aggregate queries`, { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(filterArb, fc.option(hostileId), async (filter, after) => {
        await expectHandled(QUERIES.page, { filter, after });
        await expectHandled(QUERIES.aggregates, { filter });
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 5), numRuns: RUNS },
    );
    expect(codes.get("OK"), JSON.stringify([...codes])).toBeGreaterThan(0);
    expect(codes.get("BAD_USER_INPUT"), JSON.stringify([...codes])).toBeGreaterThan(0);
  });

  it(`answers ${RUNS} ingestArticle calls with hostile metadata (dates, URLs, titles, sources)`, { timeout: 180_000 }, async () => {
    const dateTime = fc.oneof(fc.constantFrom("0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2021-02-30T00:00:00Z", "2021-07-28", "2021-07-28T10:00:00+14:00", "1969-12-31T23:59:59.999Z"), hostileString);
    const metadata = fc.record({ url: fc.option(fc.oneof(hostileString, fc.constantFrom("https://example.com/a?b=' OR 1=1", "javascript:alert(1)", `https://x.test/${"a".repeat(5000)}`))), title: fc.option(hostileString), source: fc.option(fc.oneof(hostileString, fc.constant("S".repeat(10_000)))), publishedAt: fc.option(dateTime) });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(metadata, async (meta) => {
        const input = { text: `MOSCOW, July 28. /TASS/. "Case ${n++} holds," Kremlin spokesman Dmitry Peskov said.`, ...meta };
        const response = await api.fetch("http://dictum.test/graphql", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query: INGEST_MUTATION, variables: { input } }) });
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
        expect(body.errors?.[0]?.extensions?.code ?? "OK", `${JSON.stringify(meta).slice(0, 300)} → ${body.errors?.[0]?.message}`).not.toBe("INTERNAL_SERVER_ERROR");
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 8), numRuns: RUNS },
    );
  });

  it(`answers ${RUNS} forged ids and search strings`, { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, hostileString, async (id, q) => {
        await expectHandled(QUERIES.node, { id });
        await expectHandled(QUERIES.search, { q });
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 6), numRuns: RUNS },
    );
  });
});
