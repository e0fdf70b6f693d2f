// Writes: the bearer token guards them; with it, articles go through @dictum/ingest and new statements reach
// statementAdded subscribers over server-sent events.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/000_714ab672fc7d564c.txt", import.meta.url)), "utf8");
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  created article { id source { name } dateline publishedAt } statements { text kind speaker { name } regions { name } saidIn { name } }
} }`;
const aboutCentralAsia = (statements: { regions: { name: string }[] }[]) => statements.filter((s) => s.regions.some((r) => r.name === "Central Asia"));
const seedInput = { text: seedText, source: "TASS", publishedAt: "2021-07-28T00:00:00Z" };
const auth = { authorization: `Bearer ${TOKEN}` };
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe("write access", () => {
  let open: TestApi;
  let guarded: TestApi;
  beforeAll(async () => {
    open = await startTestApi("sqlite", { fixture: false, token: undefined });
    guarded = await startTestApi("sqlite", { fixture: false });
  });
  afterAll(async () => { await open?.close(); await guarded?.close(); });

  it("refuses every write when no token is configured, and says why", async () => {
    const r = await open.gql(INGEST, { input: seedInput }, auth);
    expect(codeOf(r)).toBe("UNAUTHENTICATED");
    expect(r.errors?.[0]?.message).toMatch(/no DICTUM_API_TOKEN configured/);
    expect(await open.db.article.count()).toBe(0);
  });

  it.each([
    ["no header", {}, /Authorization: Bearer/],
    ["a wrong token", { authorization: "Bearer wrong" }, /not valid/],
    ["a token prefix", { authorization: `Bearer ${TOKEN.slice(0, -1)}` }, /not valid/],
    ["another scheme", { authorization: `Basic ${TOKEN}` }, /Authorization: Bearer/],
  ])("refuses a write with %s", async (_name, headers, message) => {
    const r = await guarded.gql(INGEST, { input: seedInput }, headers as Record<string, string>);
    expect(codeOf(r)).toBe("UNAUTHENTICATED");
    expect(r.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(r)).not.toContain(TOKEN);
    expect(await guarded.db.article.count()).toBe(0);
  });

  it("keeps reads open without a token", async () => {
    expect((await open.gql(`{ statements(first: 1) { totalCount } }`)).data).toEqual({ statements: { totalCount: 0 } });
  });

  it("validates the input before writing", async () => {
    const r = await guarded.gql(INGEST, { input: { text: "   " } }, auth);
    expect(codeOf(r)).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toBe("input.text is empty.");
    const url = await guarded.gql(INGEST, { input: { text: "x", url: "not a url" } }, auth);
    expect(url.errors?.[0]?.message).toBe('input.url "not a url" is not a URL.');
    const batch = await guarded.gql(`mutation($input: [IngestArticleInput!]!) { ingestArticles(input: $input) { articleCount } }`, { input: Array.from({ length: 101 }, () => ({ text: "x" })) }, auth);
    expect(batch.errors?.[0]?.message).toBe("At most 100 articles per request, got 101.");
  });
});

describe.each(testProviders())("ingest through the API on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider, { fixture: false }); });
  afterAll(async () => { await t?.close(); });

  it("stores the seed article once and returns its statements", async () => {
    const first = await t.gql(INGEST, { input: seedInput }, auth);
    expect(first.errors).toBeUndefined();
    const result = first.data.ingestArticle;
    expect(result.created).toBe(true);
    expect(result.article).toMatchObject({ source: { name: "TASS" }, dateline: "Dushanbe", publishedAt: "2021-07-28T00:00:00.000Z" });
    expect(result.statements.length).toBeGreaterThanOrEqual(5);
    expect(result.statements.some((s: any) => s.speaker?.name === "Sergey Shoigu")).toBe(true);
    expect(result.statements.every((s: any) => seedText.includes(s.text))).toBe(true);

    const again = await t.gql(INGEST, { input: seedInput }, auth);
    expect(again.data.ingestArticle.created).toBe(false);
    expect(again.data.ingestArticle.article.id).toBe(result.article.id);
    expect(await t.db.article.count()).toBe(1);

    // Region roll-up on what ingestion stored: statements naming Central Asia or a country in it. The dateline
    // (Dushanbe) is where every statement was said, not what each is about.
    expect(result.statements.every((s: any) => s.saidIn?.name === "Dushanbe")).toBe(true);
    const about = aboutCentralAsia(result.statements).length;
    expect(about).toBeGreaterThan(0);
    expect(about).toBeLessThan(result.statements.length);
    const found = await t.gql(`{ statements(filter: { regions: ["Central Asia"] }) { totalCount } }`);
    expect(found.data.statements.totalCount).toBe(about);
  });

  it("ingests a batch and reports each article", async () => {
    const r = await t.gql(`mutation($input: [IngestArticleInput!]!) { ingestArticles(input: $input) {
      articleCount statementCount errorCount results { created error statements { text } } } }`, {
      input: [
        { text: 'MOSCOW, March 3. /TASS/. Kremlin spokesman Dmitry Peskov told reporters that the talks would continue. "We are ready for dialogue," Peskov said.', source: "TASS", publishedAt: "2024-03-03T00:00:00Z" },
        seedInput,
      ],
    }, auth);
    expect(r.errors).toBeUndefined();
    const batch = r.data.ingestArticles;
    expect(batch.results.map((x: any) => x.created)).toEqual([true, false]);
    expect(batch.articleCount).toBe(1);
    expect(batch.statementCount).toBe(batch.results[0].statements.length + batch.results[1].statements.length);
    expect(batch.results[0].statements.length).toBeGreaterThan(0);
  });

  it("stores the language of an article it cannot read, with no statements", async () => {
    const russian = "МОСКВА, 3 марта. /ТАСС/. Министр иностранных дел заявил во вторник, что переговоры возобновятся на следующей неделе. «Мы готовы к диалогу», — сказал он журналистам. Он также отметил, что Россия открыта для сотрудничества.";
    const r = await t.gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { language statementCount } statements { text } } }`, { input: { text: russian, source: "TASS", publishedAt: "2024-03-03T00:00:00Z" } }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle).toEqual({ created: true, article: { language: "ru", statementCount: 0 }, statements: [] });
    const seed = await t.gql(`{ articles(first: 10) { edges { node { language statementCount } } } }`);
    expect(seed.data.articles.edges.map((edge: any) => edge.node)).toContainEqual({ language: "en", statementCount: expect.any(Number) });
  });
});

describe("statementAdded over server-sent events", () => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi("sqlite", { fixture: false }); });
  afterAll(async () => { await t?.close(); });

  it("delivers the new statements that match the filter, and only those", async () => {
    const abort = new AbortController();
    const response = await t.api.fetch("http://dictum.test/graphql", {
      method: "POST",
      signal: abort.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { statementAdded(filter: { regions: ["Central Asia"] }) { text speaker { name } } }` }),
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const events: any[] = [];
    let expected = Number.POSITIVE_INFINITY;
    const reading = (async () => {
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += new TextDecoder().decode(value);
        for (const match of buffer.matchAll(/^data: (.+)$/gm)) events.push(JSON.parse(match[1]!));
        buffer = buffer.slice(buffer.lastIndexOf("\n") + 1);
        if (events.length >= expected) return;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription is registered
    // Not about Central Asia: must not arrive.
    await t.gql(INGEST, { input: { text: 'WASHINGTON, May 2 (Reuters) - "We will keep rates on hold," Federal Reserve Chair Jerome Powell said.', source: "Reuters", publishedAt: "2024-05-02T00:00:00Z" } }, auth);
    const seed = await t.gql(INGEST, { input: seedInput }, auth);
    expected = aboutCentralAsia(seed.data.ingestArticle.statements).length;
    await Promise.race([reading, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    abort.abort();
    const texts = events.map((e) => e.data?.statementAdded?.text);
    expect(texts).toHaveLength(expected);
    expect(texts.every((text) => seed.data.ingestArticle.statements.some((s: any) => s.text === text))).toBe(true);
  });
});
