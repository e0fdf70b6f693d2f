// Whole results of read-only queries are kept until the data changes: a repeated question is answered without
// reading the statements, a statement another process wrote shows up after the version check window, and what
// changes without a new statement (saved searches) is never kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const PAGE = `query Page($filter: StatementFilter) { statements(first: 5, filter: $filter) { totalCount edges { node { id text speaker { name } places { code } } } } }`;

describe("response cache", () => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi("sqlite", { cacheResponses: true }); });
  afterAll(async () => { await t?.close(); });

  it("answers a repeated query with the same result without reading the statements", async () => {
    const first = await t.gql(PAGE, { filter: { countries: ["SY"] } });
    expect(first.errors).toBeUndefined();
    expect(first.data.statements.edges.length).toBeGreaterThan(0);
    t.sql.length = 0;
    const again = await t.gql(PAGE, { filter: { countries: ["SY"] } });
    expect(again).toEqual(first);
    expect(t.sql.filter((q) => /"Statement"/.test(q) && !/MAX\("id"\)/.test(q))).toEqual([]);
    // Other variables are another question.
    const other = await t.gql(PAGE, { filter: { countries: ["RU"] } });
    expect(other.data.statements.totalCount).not.toBe(first.data.statements.totalCount);
  });

  it("executes a question asked by several requests at once only once", async () => {
    const variables = { filter: { countries: ["IQ"] } };
    t.sql.length = 0;
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.gql(PAGE, variables)));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.errors).toBeUndefined();
    // The page of statements is read once (fast-find's one statement for the page and its rows).
    expect(t.sql.filter((q) => /ORDER BY s\."saidOn" DESC/.test(q))).toHaveLength(1);
  });

  it("sees a statement another process wrote", async () => {
    const before = (await t.gql(PAGE, { filter: { countries: ["SY"] } })).data.statements;
    const syria = await t.db.place.findFirstOrThrow({ where: { iso2: "SY" } });
    const article = await t.db.article.findFirstOrThrow({ where: { externalId: { startsWith: "000_" } } });
    const created = await t.db.statement.create({
      data: { articleId: article.id, kind: "DIRECT", text: "Syria, written elsewhere", start: 0, end: 5, saidOn: new Date("2099-01-01T00:00:00Z"), confidence: 1, places: { create: [{ placeId: syria.id }] } },
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the 250 ms version check window
    const after = (await t.gql(PAGE, { filter: { countries: ["SY"] } })).data.statements;
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.edges[0].node.text).toBe(created.text);
  });

  it("never keeps saved searches, which change without a new statement", async () => {
    const list = `{ savedSearches { name } }`;
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = (await t.gql(list, {}, auth)).data.savedSearches.length;
    const saved = await t.gql(`mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`, { input: { name: "Syria", filter: { countries: ["SY"] } } }, auth);
    expect(saved.errors).toBeUndefined();
    expect((await t.gql(list, {}, auth)).data.savedSearches.length).toBe(before + 1);
  });
});
