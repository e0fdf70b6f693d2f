// lib/planned-rows.ts: fields of rows read with the request's own plan answer from the row. A field written twice
// (two nodes merged into one response key) stays on Pothos' loader mappings, so the same selection written once and
// twice must give the same data and the same SQL statements.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

const FIELDS = `id text kind saidOn speaker { id name } article { title source { name } datelinePlace { name } } places { name iso2 parent { name } } saidIn { name } regions { name } topics { slug } targets { name }`;

describe.each(testProviders())("planned rows on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider, { cacheAggregates: false }); });
  afterAll(async () => { await t?.close(); });

  async function both(query: (fields: string) => string, variables?: Record<string, unknown>) {
    t.sql.length = 0;
    const a = await t.gql(query(FIELDS), variables);
    const sqlA = t.sql.length;
    t.sql.length = 0;
    const b = await t.gql(query(`${FIELDS} ${FIELDS}`), variables);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    return { a: a.data, b: b.data, sqlA, sqlB: t.sql.length };
  }

  it("answers a page as Pothos does", async () => {
    const r = await both((fields) => `{ statements(first: 20) { edges { node { ${fields} } } } }`);
    expect(r.a.statements.edges.length).toBe(20);
    expect(r.a.statements.edges.some((e: any) => e.node.places.length > 0 && e.node.speaker)).toBe(true);
    expect(r.a).toEqual(r.b);
    expect(r.sqlA).toBe(r.sqlB);
  });

  it("answers statement(id) as Pothos does", async () => {
    const page = await t.gql(`{ statements(first: 5, filter: { countries: ["RU"] }) { edges { node { id } } } }`);
    const id = page.data.statements.edges[0].node.id;
    const r = await both((fields) => `query($id: ID!) { statement(id: $id) { ${fields} } }`, { id });
    expect(r.a.statement.places.map((p: any) => p.iso2)).toContain("RU");
    expect(r.a).toEqual(r.b);
    expect(r.sqlA).toBe(r.sqlB);
  });

  it("leaves a selection with arguments beneath to Pothos", async () => {
    const r = await t.gql(`{ statements(first: 3) { edges { node { id speaker { name statements(first: 2) { edges { node { id speaker { name } } } } } } } } }`);
    expect(r.errors).toBeUndefined();
    for (const edge of r.data.statements.edges) {
      if (!edge.node.speaker) continue;
      expect(edge.node.speaker.statements.edges.length).toBeGreaterThan(0);
      for (const inner of edge.node.speaker.statements.edges) expect(inner.node.speaker.name).toBe(edge.node.speaker.name);
    }
  });
});
