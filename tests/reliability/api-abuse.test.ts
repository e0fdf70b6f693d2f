// API abuse against the real server process over loopback (issue 7): writes without the token or with a wrong
// one, query bombs and floods, oversized bodies and write floods are refused fast with the documented error; the
// token never reaches the logs; SIGTERM lets the request in flight finish before the process exits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@dictum/db/testing";
import { INGEST_MUTATION, startApi, type ApiProcess } from "./helpers/processes.ts";
import { referenceData } from "@dictum/ingest/reference-data";

const TOKEN = "s3cret-Tok3n-4f9c2a7e1b";
const WRONG_TOKENS = ["guess-Tok3n-0000000000", TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase()];
/** A refusal must not cost the server real work: generous for a shared 2-core machine. */
const FAST_MS = 1500;

let database: TestDatabase;
let api: ApiProcess;

beforeAll(async () => {
  database = await createTestDatabase("sqlite", { migrate: true, reference: referenceData() });
  api = await startApi({ databaseUrl: database.url, token: TOKEN });
  const seeded = await api.graphql(INGEST_MUTATION, { input: { text: 'MOSCOW, July 28. /TASS/. "Troops will stay," Russian Defense Minister Sergey Shoigu said on Tuesday.', source: "TASS" } }, { authorization: `Bearer ${TOKEN}` });
  expect(seeded.errors).toBeUndefined();
}, 120_000);
afterAll(async () => {
  if (api && api.child.exitCode === null) {
    api.kill("SIGKILL");
    await api.exited;
  }
  await database?.drop();
});

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json", ...headers }, body });

describe("writes", () => {
  const write = { input: { text: "WASHINGTON (Reuters) - \"Nothing will change,\" the spokesman said." } };

  it("are refused without a token, with a wrong token or another scheme, and nothing is stored", async () => {
    const headers: Record<string, string>[] = [{}, { authorization: "" }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer` }, ...WRONG_TOKENS.map((t) => ({ authorization: `Bearer ${t}` }))];
    for (const h of headers) {
      const r = await api.graphql(INGEST_MUTATION, write, h);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(h)).toBe("UNAUTHENTICATED");
      expect(r.data?.ingestArticle ?? null).toBeNull();
    }
    const search = await api.graphql(`{ statements(filter: { search: "change" }) { totalCount } }`);
    expect(search.data.statements.totalCount).toBe(0);
  });

  it("are accepted with the token", async () => {
    const r = await api.graphql(INGEST_MUTATION, write, { authorization: `Bearer ${TOKEN}` });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.statements.length).toBeGreaterThan(0);
  });
});

describe("abusive queries are refused fast", () => {
  const deep = (levels: number) => {
    let selection = "id";
    for (let i = 0; i < levels; i++) selection = `speaker { statements(first: 1) { edges { node { ${selection} } } } }`;
    return `{ statements(first: 1) { edges { node { ${selection} } } } }`;
  };
  const cases: [string, string, RegExp][] = [
    ["a depth bomb", deep(30), /depth|cost/i],
    ["a depth bomb through a list field", `{ statements(first: 1) { edges { node { ${"otherReports { ".repeat(20)}id${" }".repeat(20)} } } } }`, /depth|cost/i],
    ["an alias bomb", `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: statements(first: 100) { totalCount }`).join(" ")} }`, /alias|token/i],
    ["a huge first", `{ statements(first: 100000000) { edges { node { id } } } }`, /first|cost/i],
    ["a directive flood", `{ statements(first: 1) { totalCount ${"@include(if: true) ".repeat(200)} } }`, /directive|token/i],
    ["a token flood", `{ ${"__typename ".repeat(20_000)} }`, /token/i],
    ["a deep introspection query", `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } } } }`, /depth/i],
    ["a fragment cycle", `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`, /cycle|spread|itself/i],
    ["a cost bomb", `{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { places { name } topics { slug } } } } } } } } }`, /cost|complexity/i],
  ];
  it.each(cases)("%s", async (_name, query, message) => {
    const { result: r, ms } = await timed(() => api.graphql(query));
    expect(r.errors?.[0]?.message, JSON.stringify(r.errors)).toMatch(message);
    expect(r.data ?? null).toBeNull();
    expect(ms).toBeLessThan(FAST_MS);
  });

  it("batched operations (an array of queries) are refused", async () => {
    const { result: response, ms } = await timed(() => post(JSON.stringify(Array.from({ length: 1000 }, () => ({ query: "{ statements { totalCount } }" })))));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it("an introspection flood (40 full schema queries at once) is answered without error or stall", async () => {
    const introspection = `{ __schema { queryType { name } types { name kind fields { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind ofType { name } } } } } } }`;
    const { result: responses, ms } = await timed(() => Promise.all(Array.from({ length: 40 }, () => api.graphql(introspection))));
    for (const r of responses) expect(r.status === 200 && (r.data?.__schema || r.errors?.length)).toBeTruthy();
    expect(ms).toBeLessThan(20_000);
    const { ms: after } = await timed(() => api.graphql(`{ statements(first: 1) { totalCount } }`));
    expect(after, "the server still answers promptly after the flood").toBeLessThan(FAST_MS);
  });

  it("a body over the size limit is refused with 413 before it is parsed", async () => {
    const body = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(6 * 1024 * 1024) } });
    const { result: response, ms } = await timed(() => post(body));
    expect(response.status).toBe(413);
    expect(ms).toBeLessThan(5_000);
  });

  it("a write flood from one client is refused with RATE_LIMITED once it passes the per-minute limit", async () => {
    const batch = JSON.stringify({ query: `mutation($input: [IngestArticleInput!]!) { ingestArticles(input: $input) { articleCount } }`, variables: { input: Array.from({ length: 100 }, () => ({ text: "" })) } });
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await post(batch, { authorization: `Bearer ${TOKEN}` });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] };
      codes.push(body.errors?.[0]?.extensions?.code ?? "OK");
    }
    expect(codes.slice(0, 2)).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT"]); // empty texts, but within the limit
    expect(codes.at(-1)).toBe("RATE_LIMITED");
    expect((await api.graphql(`{ statements(first: 1) { totalCount } }`)).errors, "reads stay open").toBeUndefined();
  });
});

describe("logs and shutdown", () => {
  it("SIGTERM lets the request in flight finish, then the process exits 0, and the token was never logged", { timeout: 60_000 }, async () => {
    // A write that takes a second or two (the server gives in-flight requests 10 s after SIGTERM): 40 articles.
    const input = Array.from({ length: 40 }, (_, i) => ({ text: `LONDON (Reuters) - Article ${i}. ${'"We will stay the course," the minister said on Tuesday. '.repeat(60)}` }));
    const fresh = await startApi({ databaseUrl: database.url, token: TOKEN });
    const inFlight = fetch(`${fresh.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: `mutation($input: [IngestArticleInput!]!) { ingestArticles(input: $input) { articleCount statementCount } }`, variables: { input } }),
    });
    await new Promise((wait) => setTimeout(wait, 200));
    fresh.kill("SIGTERM");
    const terminatedAt = Date.now();
    const response = await inFlight;
    expect(Date.now(), "the request was still in flight at SIGTERM").toBeGreaterThan(terminatedAt + 50);
    const body = (await response.json()) as { data?: { ingestArticles: { articleCount: number } }; errors?: unknown };
    expect(body.errors, fresh.output()).toBeUndefined();
    expect(body.data?.ingestArticles.articleCount).toBe(40);
    expect(await fresh.exited).toEqual({ code: 0, signal: null });
    await expect(fetch(`${fresh.url}/health`)).rejects.toThrow();

    for (const log of [fresh.output(), api.output()]) {
      expect(log).not.toContain(TOKEN);
      for (const wrong of WRONG_TOKENS) expect(log).not.toContain(wrong);
    }
  });
});
