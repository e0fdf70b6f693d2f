// lib/planned-query.ts: the statement page's Prisma query is planned once per selection and reused, so a document
// asked again, with other variables, or with fragments and aliases beside it, must still answer exactly what its
// own selection asks for.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

const PAGE = `query($first: Int!, $withSpeaker: Boolean!) {
  statements(first: $first, orderBy: { field: SAID_ON, direction: DESC }) {
    edges { node { id text speaker @include(if: $withSpeaker) { name } article { title } } } } }`;

describe.each(testProviders())("planned statement queries on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  const nodes = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await t.gql(query, variables);
    expect(r.errors).toBeUndefined();
    return r.data.statements.edges.map((e: any) => e.node);
  };

  it("answers a document asked again with the same rows, and follows its variables", async () => {
    const first = await nodes(PAGE, { first: 5, withSpeaker: true });
    expect(first).toHaveLength(5);
    expect(first.some((n: any) => typeof n.speaker?.name === "string")).toBe(true);
    expect(await nodes(PAGE, { first: 5, withSpeaker: true })).toEqual(first);
    const without = await nodes(PAGE, { first: 5, withSpeaker: false });
    expect(without.every((n: any) => !("speaker" in n))).toBe(true);
    expect(without.map(({ id, text, article }: any) => ({ id, text, article }))).toEqual(first.map(({ id, text, article }: any) => ({ id, text, article })));
    expect(await nodes(PAGE, { first: 5, withSpeaker: true })).toEqual(first);
  });

  it("answers what the stored rows say, with aliases, fragments and nested arguments", async () => {
    const query = `fragment Card on Statement { text }
      { statements(first: 5, orderBy: { field: SAID_ON, direction: DESC }) { edges { node { id ...Card said: text article { statements { text } } } } } }`;
    for (let round = 0; round < 2; round++) {
      const page = await nodes(query);
      expect(page).toHaveLength(5);
      for (const node of page) {
        const id = Number(Buffer.from(node.id, "base64").toString().split(":")[1]);
        const row = await t.db.statement.findUniqueOrThrow({ where: { id }, include: { article: { include: { statements: { where: { rejected: false }, orderBy: [{ start: "asc" }, { id: "asc" }] } } } } });
        expect(node.text).toBe(row.text);
        expect(node.said).toBe(row.text);
        expect(node.article.statements.map((s: any) => s.text)).toEqual(row.article.statements.map((s) => s.text));
      }
    }
  });
});
