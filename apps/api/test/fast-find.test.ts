// The fast read path (lib/fast-find.ts) must return exactly what Prisma returns for the same query argument, on
// both databases: same rows, same fields, same value types (Dates, nulls, numbers), same nested lists and order.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fastFindMany, fastFindUnique } from "../src/lib/fast-find.ts";
import { startTestApi, type TestApi } from "./harness.ts";

const QUERIES: [string, Record<string, unknown>][] = [
  ["columns only", { select: { id: true, text: true, kind: true, saidOn: true, confidence: true, start: true, end: true } }],
  ["every column (include mode)", {}],
  ["to-one relations, one nullable", { select: { id: true, text: true, speaker: { select: { id: true, name: true, kind: true } }, article: { select: { id: true, title: true, publishedAt: true } } } }],
  ["to-one two levels deep", { select: { id: true, article: { select: { id: true, source: { select: { name: true } }, datelinePlace: true } } } }],
  ["to-many with a to-one inside", { select: { id: true, places: { select: { role: true, place: { select: { id: true, name: true, iso2: true } } } } } }],
  ["to-many ordered", { select: { id: true, topics: { orderBy: { score: "desc" }, select: { score: true, topic: true } } } }],
  ["to-many under a to-one, ordered nulls last", { select: { id: true, quotation: { select: { id: true, firstSaidOn: true, statements: { orderBy: [{ saidOn: { sort: "asc", nulls: "last" } }, { id: "asc" }], select: { id: true, saidOn: true } } } } } }],
  ["include with a relation", { include: { speaker: true } }],
];

describe.each(testProviders())("fast reads on %s", (provider) => {
  let t: TestApi;
  let ids: number[];
  beforeAll(async () => {
    t = await startTestApi(provider);
    ids = (await t.db.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  });
  afterAll(async () => { await t?.close(); });

  it.each(QUERIES)("returns what Prisma returns: %s", async (_name, query) => {
    expect(ids.length).toBeGreaterThan(10);
    const expected = await t.db.statement.findMany({ ...query, where: { id: { in: ids } }, orderBy: { id: "asc" } } as never);
    const fast = await fastFindMany<{ id: number }>(t.db, provider, "Statement", query, ids);
    expect(fast).not.toBeNull();
    expect([...fast!].sort((a, b) => a.id - b.id)).toEqual(expected);
  });

  it("finds one by id, or null for an unknown id", async () => {
    const query = { select: { id: true, text: true, speaker: { select: { name: true } } } };
    expect(await fastFindUnique(t.db, provider, "Statement", query, ids[3]!)).toEqual(await t.db.statement.findUnique({ ...query, where: { id: ids[3]! } }));
    expect(await fastFindUnique(t.db, provider, "Statement", query, 987_654_321)).toBeNull();
  });

  it("leaves shapes it does not handle to Prisma", async () => {
    for (const query of [{ select: { _count: { select: { places: true } } } }, { select: { places: { where: { role: "ABOUT" } } } }, { select: { topics: { take: 1 } } }]) {
      expect(await fastFindMany(t.db, provider, "Statement", query, ids)).toBeNull();
    }
  });
});
