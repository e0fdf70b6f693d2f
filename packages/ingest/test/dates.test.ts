// A statement's date comes from the article's own evidence; an article with none (every BBC record) gives
// statements of unknown date, stored as NULL, never the day they were ingested. Texts are written for the test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { ingestArticles } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const undated = { id: "t:undated", source: "BBC News", url: null, publishedAt: null, title: "Profits up",
  text: "Quarterly profits at the firm jumped 76%, it said.\n\n\"We are very pleased with the results,\" chief executive Jane Smith said on Friday." };
const datelined = { id: "t:datelined", source: "UPI", url: null, publishedAt: null, title: "Debate",
  text: "HEMPSTEAD, N.Y., Sept. 28, 2016 (UPI) — \"The debate was unfair to our party,\" candidate Jill Stein said on Monday." };

describe.each(testProviders())("dates said on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => { t = await createTestDb(provider, { reference: referenceData() }); });
  afterAll(async () => { await t?.close(); });

  it("are unknown for an undated article and taken from a dateline's full date", async () => {
    await ingestArticles(t.db, [undated, datelined]);
    const saidOn = async (externalId: string) =>
      (await t.db.statement.findMany({ where: { article: { externalId } }, select: { saidOn: true } })).map((s) => s.saidOn?.toISOString().slice(0, 10) ?? null);
    const undatedDays = await saidOn("t:undated");
    expect(undatedDays.length).toBeGreaterThan(0);
    expect(undatedDays).toEqual(undatedDays.map(() => null));
    expect(await saidOn("t:datelined")).toEqual(["2016-09-26"]);
    const quotations = await t.db.quotation.findMany({ where: { statements: { some: { article: { externalId: "t:undated" } } } } });
    expect(quotations.map((q) => q.firstSaidOn)).toEqual(quotations.map(() => null));
  });
});
