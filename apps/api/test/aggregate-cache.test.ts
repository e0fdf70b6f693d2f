// Cached counts must never outlive the data: a statement written, changed or removed by another process shows up in
// the next request after the version check window, and this process's own ingest shows up at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testProviders } from "@dictum/db/testing";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const COUNTS = `{ statements(first: 0, filter: { countries: ["SY"] }) { totalCount } timeline(bucket: YEAR, filter: { countries: ["SY"] }) { start count }
  placeCounts(filter: { countries: ["SY"] }) { countries { place { code } count } } facets(filter: { countries: ["SY"] }) { kinds { kind count } } }`;

describe("aggregate cache", () => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi("sqlite"); });
  afterAll(async () => { await t?.close(); });

  it("serves repeated counts without touching the statements again", async () => {
    await t.gql(COUNTS);
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the 250 ms window, so the version is checked again
    t.sql.length = 0;
    const again = await t.gql(COUNTS);
    expect(again.errors).toBeUndefined();
    // Only the version check remains: nothing reads the statements (and no place is read again by id).
    expect(t.sql.length).toBeGreaterThan(0);
    expect(t.sql.filter((q) => /FROM "Statement" s\b/.test(q))).toEqual([]);
  });

  it("sees a statement another process wrote", async () => {
    const before = (await t.gql(COUNTS)).data;
    const syria = await t.db.place.findFirstOrThrow({ where: { iso2: "SY" } });
    const article = await t.db.article.findFirstOrThrow({ where: { externalId: { startsWith: "000_" } } });
    await t.db.statement.create({
      data: { articleId: article.id, kind: "DIRECT", text: "Syria", start: 0, end: 5, saidOn: new Date("2021-07-28T00:00:00Z"), confidence: 1, places: { create: [{ placeId: syria.id }] } },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const after = (await t.gql(COUNTS)).data;
    expect(after.statements.totalCount).toBe(before.statements.totalCount + 1);
    expect(after.timeline.reduce((n: number, p: any) => n + p.count, 0)).toBe(after.statements.totalCount);
    expect(after.placeCounts.countries.find((c: any) => c.place.code === "SY").count).toBe(after.statements.totalCount);
    expect(after.facets.kinds.reduce((n: number, k: any) => n + k.count, 0)).toBe(after.statements.totalCount);
  });

  it("sees its own ingest at once", async () => {
    const q = `{ statements(first: 0, filter: { sources: ["TASS"] }) { totalCount } }`;
    const before = (await t.gql(q)).data.statements.totalCount;
    const r = await t.gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { id } } }`, {
      input: { text: 'MOSCOW, March 3. /TASS/. Kremlin spokesman Dmitry Peskov told reporters that Russia was ready for talks. "We are open to dialogue," Peskov said.', source: "TASS", publishedAt: "2024-03-03T00:00:00Z" },
    }, { authorization: `Bearer ${TOKEN}` });
    const added = r.data.ingestArticle.statements.length;
    expect(added).toBeGreaterThan(0);
    expect((await t.gql(q)).data.statements.totalCount).toBe(before + added);
  });
});

// Re-extraction changes and removes statements in place: the highest id stays, yet every count must follow.
describe.each(testProviders())("aggregate cache on %s, statements changed in place", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });
  const pastVersionWindow = () => new Promise((resolve) => setTimeout(resolve, 300));
  const directCount = (data: any) => data.facets.kinds.find((k: any) => k.kind === "DIRECT")?.count ?? 0;

  it("sees a statement another process changed", async () => {
    const before = (await t.gql(COUNTS)).data;
    const newest = await t.db.statement.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    const direct = await t.db.statement.findFirstOrThrow({ where: { kind: "DIRECT", id: { lt: newest.id }, places: { some: { place: { iso2: "SY" } } } } });
    await t.db.$executeRawUnsafe(`UPDATE "Statement" SET "kind" = 'INDIRECT' WHERE "id" = ${direct.id}`);
    await pastVersionWindow();
    const after = (await t.gql(COUNTS)).data;
    expect(directCount(after)).toBe(directCount(before) - 1);
    expect(after.statements.totalCount).toBe(before.statements.totalCount);
  });

  it("sees a statement another process removed", async () => {
    const before = (await t.gql(COUNTS)).data;
    const newest = await t.db.statement.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
    const older = await t.db.statement.findFirstOrThrow({ where: { id: { lt: newest.id }, places: { some: { place: { iso2: "SY" } } } } });
    await t.db.$executeRawUnsafe(`DELETE FROM "Statement" WHERE "id" = ${older.id}`);
    await pastVersionWindow();
    const after = (await t.gql(COUNTS)).data;
    expect(after.statements.totalCount).toBe(before.statements.totalCount - 1);
    expect(after.timeline.reduce((n: number, p: any) => n + p.count, 0)).toBe(after.statements.totalCount);
  });
});
