// Statement.placesKey, StatementDayCount and StatementPlacesCount are kept by database triggers: after the fixture
// load, an ingest through the API, a deletion and a change of places they equal what the statements say.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const seedText = readFileSync(fileURLToPath(new URL("../../../seeds/000_714ab672fc7d564c.txt", import.meta.url)), "utf8");

describe.each(testProviders())("count tables on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  /** What the triggers should have stored, computed from the statements and their links. */
  async function expectExact() {
    const statements = await t.db.statement.findMany({ select: { saidOn: true, kind: true, placesKey: true, places: { select: { placeId: true } } } });
    expect(statements.length).toBeGreaterThan(0);
    const days = new Map<string, number>();
    const sets = new Map<string, number>();
    for (const s of statements) {
      const key = [...new Set(s.places.map((p) => p.placeId))].sort((a, b) => a - b).join(",");
      expect(s.placesKey).toBe(key);
      if (s.saidOn) days.set(`${s.saidOn.toISOString()} ${s.kind}`, (days.get(`${s.saidOn.toISOString()} ${s.kind}`) ?? 0) + 1);
      sets.set(`${key} ${s.kind}`, (sets.get(`${key} ${s.kind}`) ?? 0) + 1);
    }
    const storedDays = (await t.db.statementDayCount.findMany()).filter((r) => r.count !== 0).map((r) => [`${r.saidOn.toISOString()} ${r.kind}`, r.count]);
    const storedSets = (await t.db.statementPlacesCount.findMany()).filter((r) => r.count !== 0).map((r) => [`${r.placesKey} ${r.kind}`, r.count]);
    expect(new Map(storedDays as [string, number][])).toEqual(days);
    expect(new Map(storedSets as [string, number][])).toEqual(sets);
  }

  it("match the fixture's statements", expectExact);

  it("stay exact when an article is ingested through the API", async () => {
    const r = await t.gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created statements { id } } }`,
      { input: { text: seedText, source: "Count test", url: "https://example.org/count-test", publishedAt: "2030-01-02T00:00:00Z" } },
      { authorization: `Bearer ${TOKEN}` });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.statements.length).toBeGreaterThan(0);
    await expectExact();
    const total = (await t.gql(`{ statements(first: 0) { totalCount } }`)).data.statements.totalCount;
    expect(total).toBe(await t.db.statement.count());
  });

  it("stay exact with statements of unknown date, which the day counts leave out and the total keeps", async () => {
    const r = await t.gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { id saidOn } } }`,
      { input: { text: '"The strike will go ahead," union leader Mary Jones said.', source: "Count test", url: "https://example.org/count-undated" } },
      { authorization: `Bearer ${TOKEN}` });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.statements.map((s: { saidOn: string | null }) => s.saidOn)).toEqual([null]);
    await expectExact();
    const counts = (await t.gql(`{ statements(first: 0) { totalCount } unknownDateCount timeline(bucket: DAY) { count } }`)).data;
    expect(counts.statements.totalCount).toBe(await t.db.statement.count());
    expect(counts.unknownDateCount).toBe(await t.db.statement.count({ where: { saidOn: null } }));
    expect(counts.timeline.reduce((n: number, p: { count: number }) => n + p.count, 0)).toBe(await t.db.statement.count({ where: { saidOn: { not: null } } }));
    const known = (await t.gql(`{ statements(first: 0, filter: { kind: DIRECT }) { totalCount } }`)).data.statements.totalCount;
    expect(known).toBe(await t.db.statement.count({ where: { kind: "DIRECT" } }));
  });

  it("stay exact when places change and articles are deleted", async () => {
    const statement = await t.db.statement.findFirstOrThrow({ where: { places: { some: {} } }, select: { id: true, places: true } });
    await t.db.statementPlace.delete({ where: { statementId_placeId_role: { statementId: statement.id, placeId: statement.places[0]!.placeId, role: statement.places[0]!.role } } });
    await expectExact();
    const article = await t.db.article.findFirstOrThrow({ where: { url: "https://example.org/count-test" } });
    await t.db.article.delete({ where: { id: article.id } });
    await expectExact();
  });
});
