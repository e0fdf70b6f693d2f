// Limits, errors and transport: abusive queries are refused fast with the documented error, expected failures
// carry a stable extensions.code, unexpected ones are masked.
import { extractorVersion } from "@dictum/ingest/extractor-version";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/yoga.ts";
import { startTestApi, type TestApi } from "./harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi("sqlite", {
    ingest: async () => { throw new Error("connect ECONNREFUSED postgres://admin:hunter2@db.internal"); },
  });
});
afterAll(async () => { await t?.close(); });

const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe("query limits", () => {
  it("refuses a page larger than 100", async () => {
    const r = await t.gql(`{ statements(first: 101) { totalCount } }`);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toBe("first must be between 0 and 100, got 101.");
    expect(codeOf(await t.gql(`{ statements(last: -1) { totalCount } }`))).toBe("BAD_USER_INPUT");
    expect(codeOf(await t.gql(`{ speakers(first: 1000) { totalCount } }`))).toBeDefined();
  });

  it("refuses a depth bomb", async () => {
    let query = "id";
    for (let i = 0; i < LIMITS.maxDepth; i++) query = `otherReports { ${query} }`;
    const r = await t.gql(`{ statements(first: 1) { edges { node { ${query} } } } }`);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(r.data).toBeUndefined();
  });

  it("refuses an alias bomb", async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: health { ok }`).join(" ");
    const r = await t.gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("refuses a query whose nested pages multiply", async () => {
    const r = await t.gql(`{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { speaker { statements(first: 100) { totalCount } } } } } } } } } }`);
    expect(r.errors?.[0]?.message).toMatch(/complexity|cost/i);
    expect(r.data ?? null).toBeNull();
  });

  it("refuses a token flood and batched operations", async () => {
    const flood = await t.gql(`{ ${Array.from({ length: 1500 }, () => "__typename").join(" ")} }`);
    expect(flood.errors?.length).toBeGreaterThan(0);
    expect(flood.data).toBeUndefined();
    const batch = await t.api.fetch("http://dictum.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ health { ok } }" }, { query: "{ health { ok } }" }]),
    });
    expect(batch.status).toBeGreaterThanOrEqual(400);
  });

  it("refuses a request body over the size limit, with or without Content-Length", async () => {
    const big = JSON.stringify({ query: `{ health { ok } }`, variables: { pad: "x".repeat(LIMITS.maxBodyBytes) } });
    const declared = await t.api.fetch("http://dictum.test/graphql", { method: "POST", headers: { "content-type": "application/json", "content-length": String(big.length) }, body: big });
    expect(declared.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await t.api.fetch("http://dictum.test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    expect(chunked.status).toBe(413);
  });
});

describe("errors", () => {
  it("validates input with messages that say what is wrong", async () => {
    const cases: [string, RegExp][] = [
      [`{ statements(filter: { regions: ["Atlantis"] }) { totalCount } }`, /Unknown region "Atlantis"/],
      [`{ statements(filter: { countries: ["XX"] }) { totalCount } }`, /Unknown country code "XX"/],
      [`{ statements(filter: { countries: ["Tajikistan"] }) { totalCount } }`, /Invalid country code "Tajikistan"/],
      [`{ statements(filter: { topics: ["astrology"] }) { totalCount } }`, /Unknown topic "astrology"/],
      [`{ statements(filter: { from: "2021-08-01", to: "2021-07-01" }) { totalCount } }`, /from \(2021-08-01\) is after filter.to/],
      [`{ statements(filter: { search: "«»" }) { totalCount } }`, /no words/],
      [`{ statements(orderBy: { field: RELEVANCE }) { totalCount } }`, /needs|give filter.search/],
      [`{ statements(after: "not-a-cursor") { totalCount } }`, /not a cursor/],
      [`{ statements(filter: { speakers: ["U3RhdGVtZW50OjE="] }) { totalCount } }`, /is a Statement id, expected a Speaker id/],
      [`{ facets(limit: 0) { kinds { count } } }`, /limit must be between 1 and 100/],
    ];
    for (const [query, message] of cases) {
      const r = await t.gql(query);
      expect(r.errors?.[0]?.message, query).toMatch(message);
      expect(codeOf(r), query).toBe("BAD_USER_INPUT");
    }
  });

  it("rejects malformed dates", async () => {
    const r = await t.gql(`{ statements(filter: { from: "28/07/2021" }) { totalCount } }`);
    expect(r.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it("refuses a cursor from another ordering", async () => {
    const first = await t.gql(`{ statements(first: 1, orderBy: { field: SAID_ON, direction: ASC }) { pageInfo { endCursor } } }`);
    const r = await t.gql(`query($after: String) { statements(first: 1, after: $after) { totalCount } }`, { after: first.data.statements.pageInfo.endCursor });
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toMatch(/another ordering/);
  });

  it("answers NOT_FOUND for ids that name nothing", async () => {
    const id = Buffer.from("Statement:999999").toString("base64");
    const r = await t.gql(`query($id: ID!) { statement(id: $id) { text } }`, { id });
    expect(codeOf(r)).toBe("NOT_FOUND");
    expect(codeOf(await t.gql(`{ speaker(id: "424242") { name } }`))).toBe("NOT_FOUND");
    expect(codeOf(await t.gql(`{ place(code: "ZZ") { name } }`))).toBe("NOT_FOUND");
    expect(codeOf(await t.gql(`{ topic(slug: "no-such-topic") { name } }`))).toBe("NOT_FOUND");
    expect((await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id })).data.node).toBeNull();
  });

  it("finds a place and a topic that exist by their code and slug", async () => {
    const place = await t.gql(`{ places(first: 1, kind: COUNTRY) { edges { node { code name } } } }`);
    const { code, name } = place.data.places.edges[0].node;
    expect((await t.gql(`query($code: String!) { place(code: $code) { name } }`, { code })).data.place.name).toBe(name);
  });

  it("masks unexpected errors: no internals leak", async () => {
    const r = await t.gql(`mutation { ingestArticle(input: { text: "MOSCOW, May 1. /TASS/. Nothing." }) { created } }`, undefined, { authorization: "Bearer test-token-5f2c8a" });
    expect(r.errors?.[0]?.message).toBe("Unexpected error.");
    expect(codeOf(r)).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(r)).not.toMatch(/hunter2|ECONNREFUSED|db\.internal/);
  });
});

describe("transport", () => {
  it("serves GraphiQL with the Central Asia example prefilled", async () => {
    const response = await t.api.fetch("http://dictum.test/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("GraphiQL");
    expect(html).toContain("Central Asia");
  });

  it("answers liveness, readiness and the health query", async () => {
    expect((await t.api.fetch("http://dictum.test/health")).status).toBe(200);
    const ready = await t.api.fetch("http://dictum.test/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, draining: false });
    expect((await t.gql(`{ health { ok database extractorVersion } }`)).data).toEqual({ health: { ok: true, database: true, extractorVersion: extractorVersion() } });
  });

  it("answers readiness 503 once draining, while still serving queries", async () => {
    t.api.drain();
    const ready = await t.api.fetch("http://dictum.test/ready");
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, draining: true });
    expect((await t.gql(`{ health { ok } }`)).data).toEqual({ health: { ok: true } });
  });
});
