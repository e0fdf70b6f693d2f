import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTopics, type TaxonomyTopic } from "../src/index.ts";
import { createTestDb, testProviders, type TestDb } from "../src/testing.ts";

const taxonomy: TaxonomyTopic[] = [
  { slug: "military-presence", name: "Military presence and bases", description: "Foreign troops and bases on a country's soil" },
  { slug: "troop-withdrawal", name: "Troop withdrawal" },
  { slug: "sanctions", name: "Sanctions", description: null },
];

describe.each(testProviders())("loadTopics on %s", (provider) => {
  let test: TestDb;
  beforeAll(async () => {
    test = await createTestDb(provider, { reference: false });
  });
  afterAll(() => test?.close());

  it("creates topics by slug, once", async () => {
    expect(await loadTopics(test.db, taxonomy)).toMatchObject({ skipped: false, topics: 3 });
    expect(await loadTopics(test.db, taxonomy)).toMatchObject({ skipped: true, topics: 0 });
    const rows = await test.db.topic.findMany({ orderBy: { slug: "asc" } });
    expect(rows.map((t) => [t.slug, t.name, t.description])).toEqual([
      ["military-presence", "Military presence and bases", "Foreign troops and bases on a country's soil"],
      ["sanctions", "Sanctions", null],
      ["troop-withdrawal", "Troop withdrawal", null],
    ]);
  });

  it("updates renamed topics in place and keeps topics that left the taxonomy", async () => {
    const before = await test.db.topic.findUniqueOrThrow({ where: { slug: "sanctions" } });
    const edited = [{ slug: "sanctions", name: "Sanctions and embargoes" }, { slug: "humanitarian-aid", name: "Humanitarian aid" }];
    expect(await loadTopics(test.db, edited)).toMatchObject({ skipped: false, topics: 2 });
    const after = await test.db.topic.findUniqueOrThrow({ where: { slug: "sanctions" } });
    expect([after.id, after.name]).toEqual([before.id, "Sanctions and embargoes"]);
    expect(await test.db.topic.count()).toBe(4);
  });
});
