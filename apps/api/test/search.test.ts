// The search syntax (src/lib/search-query.ts) gives the same hits on SQLite and PostgreSQL: phrases, apostrophes,
// hyphens, OR, exclusion, and operator words that are operators, not words. Sentences written for this test.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

const TEXTS = {
  willing: "God willing, the talks will resume next week.",
  bless: "God bless the people of this country, and we are willing to talk.",
  obrien: "Mr O'Brien said the vote was fair.",
  obrienCurly: "O’Brien’s office declined to comment.",
  assad: "Bashar al-Assad said the army would hold the line.",
  assadApart: "The Assad government met al Qaeda envoys.",
  oilIran: "Oil and gas exports to Iran rose.",
  oilIraq: "Oil exports to Iraq fell.",
  wheatIraq: "Wheat exports to Iraq rose.",
  us: "The U.S. and Russia signed a deal.",
  sanctions: "Sanctions against Iran or Iraq were not discussed.",
  longTerm: "The minister said it was a long-term plan.",
} as const;
type Key = keyof typeof TEXTS;

const CASES: { search: string; hits: Key[] }[] = [
  { search: `"God willing"`, hits: ["willing"] },
  { search: `“God willing”`, hits: ["willing"] },
  { search: `God willing`, hits: ["willing", "bless"] },
  { search: `O'Brien`, hits: ["obrien", "obrienCurly"] },
  { search: `O’Brien`, hits: ["obrien", "obrienCurly"] },
  { search: `"Mr O'Brien"`, hits: ["obrien"] },
  { search: `al-Assad`, hits: ["assad"] },
  { search: `"Bashar al-Assad"`, hits: ["assad"] },
  { search: `Bashar al Assad`, hits: ["assad"] },
  { search: `Assad`, hits: ["assad", "assadApart"] },
  { search: `oil Iran or Iraq`, hits: ["oilIran", "oilIraq"] },
  { search: `Iran OR Iraq`, hits: ["oilIran", "oilIraq", "wheatIraq", "sanctions"] },
  { search: `oil AND exports`, hits: ["oilIran", "oilIraq"] },
  { search: `exports -Iran`, hits: ["oilIraq", "wheatIraq"] },
  { search: `exports NOT Iran`, hits: ["oilIraq", "wheatIraq"] },
  { search: `exports -"to Iran"`, hits: ["oilIraq", "wheatIraq"] },
  { search: `U.S.`, hits: ["us"] },
  { search: `long-term`, hits: ["longTerm"] },
  { search: `"long term plan"`, hits: ["longTerm"] },
  { search: `sanction`, hits: ["sanctions"] },
  // Not syntax: searched as words, never an error.
  { search: `"oil" OR -(NEAR* exports`, hits: ["oilIran", "oilIraq"] },
  { search: `"unclosed phrase`, hits: [] },
];

describe.each(testProviders())("search syntax on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi(provider, { fixture: false });
    const body = Object.values(TEXTS).join("\n");
    const article = await t.db.article.create({ data: { text: body, contentHash: `search-test-${provider}` } });
    for (const [, text] of Object.entries(TEXTS) as [Key, string][]) {
      const start = body.indexOf(text);
      await t.db.statement.create({
        data: { articleId: article.id, kind: "DIRECT", text, start, end: start + text.length, saidOn: new Date("2024-01-02T00:00:00Z"), confidence: 1 },
      });
    }
  });
  afterAll(async () => { await t?.close(); });

  it.each(CASES)("$search finds $hits", async ({ search, hits }) => {
    for (const orderBy of [{ field: "SAID_ON", direction: "DESC" }, { field: "RELEVANCE", direction: "DESC" }]) {
      const r = await t.gql(`query ($filter: StatementFilter, $orderBy: StatementOrder) { statements(first: 50, filter: $filter, orderBy: $orderBy) { totalCount edges { node { text } } } }`, { filter: { search }, orderBy });
      expect(r.errors).toBeUndefined();
      const found = r.data.statements.edges.map((edge: { node: { text: string } }) => keyOf(edge.node.text)).sort();
      expect(found).toEqual([...hits].sort());
      expect(r.data.statements.totalCount).toBe(hits.length);
    }
  });

  it("refuses a search that only leaves words out, saying why", async () => {
    const r = await t.gql(`{ statements(filter: { search: "-Iran" }) { totalCount } }`);
    expect(r.errors?.[0]?.message).toMatch(/only leaves words out/);
  });
});

function keyOf(text: string): Key {
  return (Object.entries(TEXTS) as [Key, string][]).find(([, value]) => value === text)![0];
}
