// No N+1: a deep query runs a fixed number of SQL statements however many rows each page holds.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

const DEEP = `query Deep($first: Int) {
  statements(first: $first, filter: { sources: ["TASS", "Reuters", "Wikinews", "Interfax"] }) {
    totalCount
    edges { node {
      text kind saidOn
      speaker { name statementCount }
      article { title dateline source { name } datelinePlace { name regions { name } } }
      places { name code lat lon }
      regions { name }
      topics { slug }
      quotation { reportCount sourceCount }
      otherReports { text article { source { name } } }
    } }
  }
}`;

const FACETS = `query Facets($limit: Int!) {
  facets(limit: $limit) {
    speakers { count speaker { name title statementCount } }
    topics { count topic { slug name } }
    sources { count source { name } }
    speakerCountries { count place { name code } }
  }
}`;

describe.each(testProviders())("SQL statements per request on %s", (provider) => {
  let t: TestApi;
  // Without the aggregate cache, so both requests run the same statements (the count included).
  beforeAll(async () => { t = await startTestApi(provider, { cacheAggregates: false }); });
  afterAll(async () => { await t?.close(); });

  async function statementsFor(first: number): Promise<number> {
    t.sql.length = 0;
    const r = await t.gql(DEEP, { first });
    expect(r.errors).toBeUndefined();
    expect(r.data.statements.edges).toHaveLength(first);
    return t.sql.length;
  }

  it("does not grow with the page size", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(60);
    expect(large).toBe(small);
    if (process.env.SHOW_SQL) console.log(t.sql.map((q) => q.slice(0, 150)).join("\n"));
    // the sources lookup, the page of ids, the count, then one batched query per relation level (about 25)
    expect(small).toBeLessThanOrEqual(30);
  });

  it("does not grow with the number of facet items", async () => {
    async function facets(limit: number) {
      t.sql.length = 0;
      const r = await t.gql(FACETS, { limit });
      expect(r.errors).toBeUndefined();
      return { statements: t.sql.length, speakers: r.data.facets.speakers.length as number };
    }
    await facets(1); // reference data (the country map) is loaded once per process, not per request
    const few = await facets(2);
    const many = await facets(8);
    expect(many.speakers).toBeGreaterThan(few.speakers);
    expect(many.statements).toBe(few.statements);
    // one count per facet list, then one query per list of its items with what the query asks of them (a
    // speaker's statementCount included, not a second query for it)
    expect(few.statements).toBeLessThanOrEqual(8);
  });
});
