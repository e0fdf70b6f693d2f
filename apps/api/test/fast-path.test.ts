// The plain-Node fast path (src/lib/fast-path.ts) answers exactly what yoga answers: the same request, sent over
// HTTP to one API served both ways, gets the same status, body and headers (all but the per-connection ones).
import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fastGraphQL } from "../src/lib/fast-path.ts";
import { LIMITS } from "../src/yoga.ts";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

interface Sent { method?: string; path?: string; headers?: Record<string, string>; body?: string; chunked?: boolean }
interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** Headers that describe the connection, not the answer. */
const CONNECTION = new Set(["date", "connection", "keep-alive"]);

function send(port: number, sent: Sent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...(sent.body !== undefined && !sent.chunked ? { "content-length": String(Buffer.byteLength(sent.body)) } : {}), ...sent.headers };
    const req = httpRequest({ host: "127.0.0.1", port, method: sent.method ?? "POST", path: sent.path ?? "/graphql", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const kept = Object.fromEntries(Object.entries(res.headers).filter(([name]) => !CONNECTION.has(name)));
        resolve({ status: res.statusCode!, headers: kept, body: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (sent.body !== undefined) {
      if (sent.chunked) for (let i = 0; i < sent.body.length; i += 1000) req.write(sent.body.slice(i, i + 1000));
      else req.write(sent.body);
    }
    req.end();
  });
}

const json = { "content-type": "application/json" };
const post = (query: string, variables?: unknown, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): Sent =>
  ({ headers: { ...json, accept: "application/json", ...headers }, body: JSON.stringify({ query, variables, ...extra }) });

const statementId = (n: number) => Buffer.from(`Statement:${n}`).toString("base64");
const PAGE = `query Page($first: Int, $after: String, $filter: StatementFilter) { statements(first: $first, after: $after, filter: $filter) {
  pageInfo { hasNextPage endCursor } edges { cursor node { id text kind saidOn speaker { id name } article { id title source { name } } places { id name iso2 } topics { slug } } } } }`;

/** Request shapes: everyday queries, errors of every kind, and requests the fast path leaves to yoga. */
function shapes(firstId: string): [string, Sent, "fast" | "yoga"][] {
  const aliases = Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: health { ok }`).join(" ");
  let depth = "id";
  for (let i = 0; i < LIMITS.maxDepth; i++) depth = `otherReports { ${depth} }`;
  const big = "x".repeat(LIMITS.maxBodyBytes);
  return [
    ["a page", post(PAGE, { first: 20 }), "fast"],
    ["a page, no Accept", { headers: json, body: JSON.stringify({ query: PAGE, variables: { first: 5 } }) }, "fast"],
    ["a page, Accept */*", post(PAGE, { first: 5 }, { accept: "*/*" }), "fast"],
    ["a page, charset in the content type", post(PAGE, { first: 5 }, { "content-type": "application/json; charset=utf-8" }), "fast"],
    ["a page filtered by country", post(PAGE, { first: 10, filter: { countries: ["US", "RU"] } }), "fast"],
    ["a page filtered by topic", post(PAGE, { first: 10, filter: { topics: ["economy"] } }), "fast"],
    ["a search", post(`{ statements(first: 5, filter: { search: "minister" }, orderBy: { field: RELEVANCE }) { totalCount edges { node { text } } } }`), "fast"],
    ["one statement by id", post(`query One($id: ID!) { statement(id: $id) { id text speaker { name } places { name iso2 } } }`, { id: firstId }), "fast"],
    ["a node by id", post(`query($id: ID!) { node(id: $id) { id ... on Statement { text } } }`, { id: firstId }), "fast"],
    ["counts and facets", post(`{ timeline(bucket: MONTH) { start count } facets(limit: 5) { speakers { speaker { name } count } } }`), "fast"],
    ["the map", post(`{ placeCounts { countries { place { iso2 } count } } }`), "fast"],
    ["totalCount", post(`{ statements(first: 3) { totalCount } }`), "fast"],
    ["__typename", post(`{ __typename }`), "fast"],
    ["introspection", post(`{ __schema { queryType { name } } }`), "fast"],
    ["operationName picks one of two", post(`query A { health { ok } } query B { __typename }`, undefined, {}, { operationName: "B" }), "fast"],
    ["two operations, no operationName", post(`query A { health { ok } } query B { __typename }`), "fast"],
    ["unknown operationName", post(`{ __typename }`, undefined, {}, { operationName: "Nope" }), "fast"],
    ["extensions", post(`{ __typename }`, undefined, {}, { extensions: { persistedQuery: null } }), "fast"],
    ["a syntax error", post(`{ statements(first: 5 { id }`), "fast"],
    ["an unknown field", post(`{ statement { nosuchfield } }`), "fast"],
    ["a missing variable", post(`query($id: ID!) { statement(id: $id) { text } }`), "fast"],
    ["a variable of the wrong type", post(`query($n: Int) { statements(first: $n) { totalCount } }`, { n: "twenty" }), "fast"],
    ["a page over 100", post(`{ statements(first: 101) { totalCount } }`), "fast"],
    ["a malformed cursor", post(`{ statements(after: "not-a-cursor") { totalCount } }`), "fast"],
    ["an unknown country", post(`{ statements(filter: { countries: ["XX"] }) { totalCount } }`), "fast"],
    ["an id that names nothing", post(`query($id: ID!) { statement(id: $id) { text } }`, { id: statementId(999_999) }), "fast"],
    ["a depth bomb", post(`{ statements(first: 1) { edges { node { ${depth} } } } }`), "fast"],
    ["an alias bomb", post(`{ ${aliases} }`), "fast"],
    ["a cost bomb", post(`{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { speaker { statements(first: 100) { totalCount } } } } } } } } } }`), "fast"],
    ["a token flood", post(`{ ${Array.from({ length: 1500 }, () => "__typename").join(" ")} }`), "fast"],
    ["a directive flood", post(`{ __typename ${"@include(if: true) ".repeat(LIMITS.maxDirectives + 2)} }`), "fast"],
    ["a mutation without a token", post(`mutation { ingestArticle(input: { text: "MOSCOW, May 1. /TASS/. Nothing." }) { created } }`), "fast"],
    ["a mutation with a wrong token", post(`mutation { ingestArticle(input: { text: "x" }) { created } }`, undefined, { authorization: "Bearer wrong" }), "fast"],
    ["a mutation failing inside (masked)", post(`mutation { ingestArticle(input: { text: "MOSCOW, May 1. /TASS/. Nothing." }) { created } }`, undefined, { authorization: `Bearer ${TOKEN}` }), "fast"],
    ["a mutation refused for its input", post(`mutation { ingestArticles(input: []) { results { created } } }`, undefined, { authorization: `Bearer ${TOKEN}`, "x-dictum-author": "tester" }), "fast"],
    ["bad JSON", { headers: json, body: `{"query": "{ __typename }"` }, "yoga"],
    ["an empty body", { headers: json, body: "" }, "yoga"],
    ["a JSON array (batching)", { headers: json, body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]) }, "yoga"],
    ["JSON null", { headers: json, body: "null" }, "yoga"],
    ["a JSON string", { headers: json, body: `"{ __typename }"` }, "yoga"],
    ["an unexpected parameter", { headers: json, body: JSON.stringify({ query: "{ __typename }", foo: 1 }) }, "yoga"],
    ["no query", { headers: json, body: JSON.stringify({ variables: {} }) }, "yoga"],
    ["a query that is not a string", { headers: json, body: JSON.stringify({ query: 42 }) }, "yoga"],
    ["variables that are a string", { headers: json, body: JSON.stringify({ query: "{ __typename }", variables: "{}" }) }, "yoga"],
    ["a byte-order mark", { headers: json, body: `\uFEFF${JSON.stringify({ query: "{ __typename }" })}` }, "yoga"],
    ["text/plain", { headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) }, "yoga"],
    ["no content type", { headers: {}, body: JSON.stringify({ query: "{ __typename }" }) }, "yoga"],
    ["application/graphql+json", { headers: { "content-type": "application/graphql+json" }, body: JSON.stringify({ query: "{ __typename }" }) }, "yoga"],
    ["Accept graphql-response+json", post(`{ statements(first: 101) { totalCount } }`, undefined, { accept: "application/graphql-response+json" }), "yoga"],
    ["Accept text/html only", post(`{ __typename }`, undefined, { accept: "text/html" }), "yoga"],
    ["an Origin header", post(PAGE, { first: 2 }, { origin: "http://dashboard.test" }), "yoga"],
    ["a CORS preflight", { method: "OPTIONS", headers: { origin: "http://dashboard.test", "access-control-request-method": "POST", "access-control-request-headers": "content-type" } }, "yoga"],
    ["GET with a query", { method: "GET", path: `/graphql?query=${encodeURIComponent("{ __typename }")}`, headers: { accept: "application/json" } }, "yoga"],
    ["GET with a mutation", { method: "GET", path: `/graphql?query=${encodeURIComponent("mutation { deleteSavedSearch(id: \"1\") }")}`, headers: { accept: "application/json" } }, "yoga"],
    ["POST with a query string", { ...post(`{ __typename }`), path: "/graphql?x=1" }, "yoga"],
    ["POST elsewhere", { ...post(`{ __typename }`), path: "/nowhere" }, "yoga"],
    ["a subscription", post(`subscription { statementsAdded { id } }`), "yoga"],
    ["a large body within the limit", post(`query($pad: String) { __typename }`, { pad: "y".repeat(1_000_000) }), "fast"],
    ["a body over the limit", post(`{ __typename }`, { pad: big }), "yoga"],
    ["a chunked body", { ...post(`{ statements(first: 2) { totalCount } }`), chunked: true }, "yoga"],
    ["a chunked body over the limit", { ...post(`{ __typename }`, { pad: big }), chunked: true }, "yoga"],
    ["readiness", { method: "GET", path: "/ready" }, "yoga"],
    ["liveness", { method: "GET", path: "/health" }, "yoga"],
  ];
}

describe.each(testProviders())("the fast path on %s", (provider) => {
  let t: TestApi;
  let plain: Server;
  let fast: Server;
  let toYoga = 0;
  const port = (server: Server) => (server.address() as { port: number }).port;
  beforeAll(async () => {
    t = await startTestApi(provider, { ingest: async () => { throw new Error("connect ECONNREFUSED postgres://admin:hunter2@db.internal"); } });
    plain = createServer(t.api);
    // The same API, counting the requests the fast path hands to yoga's own handler.
    const counted = new Proxy(t.api, { apply: (target, self, args) => (toYoga++, Reflect.apply(target, self, args)) });
    fast = createServer(fastGraphQL(counted, { endpoint: "/graphql", maxBodyBytes: LIMITS.maxBodyBytes }));
    for (const server of [plain, fast]) {
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
    }
  });
  afterAll(async () => {
    for (const server of [plain, fast]) server?.close();
    await t?.close();
  });

  it("answers every request shape as yoga does", async () => {
    const first = await send(port(plain), post(`{ statements(first: 1) { edges { node { id } } } }`));
    const cases = shapes(JSON.parse(first.body).data.statements.edges[0].node.id);
    expect(cases.filter(([, , way]) => way === "fast").length).toBeGreaterThanOrEqual(30);
    for (const [name, sent, way] of cases) {
      const viaYoga = await send(port(plain), sent);
      const before = toYoga;
      const viaFast = await send(port(fast), sent);
      expect(viaFast, name).toEqual(viaYoga);
      expect(toYoga - before === 0 ? "fast" : "yoga", name).toBe(way);
    }
  }, 120_000);

  it("answers many requests at once, in any order, as yoga does", async () => {
    const sent = [post(PAGE, { first: 20 }), post(`{ statements(first: 101) { totalCount } }`), { headers: json, body: "{" }];
    const many = Array.from({ length: 30 }, (_, i) => sent[i % sent.length]!);
    const [viaYoga, viaFast] = await Promise.all([plain, fast].map((server) => Promise.all(many.map((s) => send(port(server), s)))));
    expect(viaFast).toEqual(viaYoga);
  });

  it("keeps the response cache: a question asked again is answered without reading the statements", async () => {
    const cached = await startTestApi(provider, { cacheResponses: true });
    const server = createServer(fastGraphQL(cached.api, { endpoint: "/graphql", maxBodyBytes: LIMITS.maxBodyBytes }));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    try {
      const sent = post(PAGE, { first: 5, filter: { countries: ["SY"] } });
      const first = await send(port(server), sent);
      expect(JSON.parse(first.body).data.statements.edges.length).toBeGreaterThan(0);
      cached.sql.length = 0;
      expect(await send(port(server), sent)).toEqual(first);
      expect(cached.sql.filter((q) => /"Statement"/.test(q) && !/MAX\("id"\)/.test(q))).toEqual([]);
    } finally {
      server.close();
      await cached.close();
    }
  });

  it("answers 500 and logs when the path itself fails, instead of hanging", async () => {
    // A result processor that throws: the path's own failure, after yoga has answered.
    const breaking = new Proxy(t.api, { get: (target, prop) => (prop === "onResultProcessHooks" ? [() => { throw new Error("boom"); }] : Reflect.get(target, prop)) });
    const failing = createServer(fastGraphQL(breaking, { endpoint: "/graphql", maxBodyBytes: LIMITS.maxBodyBytes }));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    failing.listen(0, "127.0.0.1");
    await once(failing, "listening");
    try {
      const answer = await send(port(failing), post(`{ __typename }`));
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body).errors[0].message).toBe("Unexpected error.");
      expect(logged.mock.calls.some(([line]) => String(line).includes("boom"))).toBe(true);
    } finally {
      logged.mockRestore();
      failing.close();
    }
  });
});
