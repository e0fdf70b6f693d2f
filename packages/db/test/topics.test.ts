import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importTaxonomy, loadTopics, readTaxonomy, taxonomyVersion, type Taxonomy } from "../src/index.ts";
import { createTestDb, testProviders, type TestDb } from "../src/testing.ts";

const scoring = { minScore: 0.35, repeatFactor: 0.25 };
const shipped: Taxonomy = {
  note: "written for this test",
  scoring,
  topics: [
    { slug: "military-presence", name: "Military presence and bases", description: "Foreign troops and bases on a country's soil", keywords: { "military base*": 1, troops: 0.4 } },
    { slug: "troop-withdrawal", name: "Troop withdrawal", keywords: { "withdraw*": 0.7 } },
    { slug: "sanctions", name: "Sanctions", description: null, keywords: { "sanction*": 1 } },
  ],
};

describe("taxonomyVersion", () => {
  it("changes with what tagging reads, not with order, names or the note", () => {
    const version = taxonomyVersion(shipped);
    expect(taxonomyVersion({ ...shipped, note: "other", topics: [...shipped.topics].reverse().map((t) => ({ ...t, name: `${t.name}!` })) })).toBe(version);
    expect(taxonomyVersion({ ...shipped, scoring: { ...scoring, minScore: 0.4 } })).not.toBe(version);
    const reweighted = shipped.topics.map((t) => (t.slug === "sanctions" ? { ...t, keywords: { "sanction*": 0.9 } } : t));
    expect(taxonomyVersion({ ...shipped, topics: reweighted })).not.toBe(version);
  });
});

describe.each(testProviders())("the stored topic taxonomy on %s", (provider) => {
  let test: TestDb;
  beforeAll(async () => {
    test = await createTestDb(provider, { reference: false });
  });
  afterAll(() => test?.close());

  it("is seeded from the shipped taxonomy once, and reads back as it was given", async () => {
    expect(await readTaxonomy(test.db)).toBeNull();
    expect(await loadTopics(test.db, shipped)).toMatchObject({ skipped: false, topics: 3 });
    expect(await loadTopics(test.db, shipped)).toMatchObject({ skipped: true, topics: 0 });
    const stored = await readTaxonomy(test.db);
    expect(stored).toMatchObject({ version: taxonomyVersion(shipped), importedAt: null, note: shipped.note, scoring });
    expect(stored!.topics).toEqual(shipped.topics.map((t) => ({ ...t, description: t.description ?? null })));
  });

  it("a new shipped taxonomy updates topics in place by slug and retires those that left it", async () => {
    const before = await test.db.topic.findUniqueOrThrow({ where: { slug: "sanctions" } });
    const next: Taxonomy = { scoring, topics: [{ slug: "sanctions", name: "Sanctions and embargoes", keywords: { "sanction*": 1, "embargo*": 1 } }, { slug: "humanitarian-aid", name: "Humanitarian aid", keywords: { "aid convoy*": 1 } }] };
    expect(await loadTopics(test.db, next)).toMatchObject({ skipped: false, topics: 2 });
    const after = await test.db.topic.findUniqueOrThrow({ where: { slug: "sanctions" } });
    expect([after.id, after.name, after.position]).toEqual([before.id, "Sanctions and embargoes", 0]);
    expect(await test.db.topic.count()).toBe(4); // the retired ones stay, for the statements that name them
    expect((await test.db.topic.findUniqueOrThrow({ where: { slug: "troop-withdrawal" } })).position).toBeNull();
    expect((await readTaxonomy(test.db))!.topics.map((t) => t.slug)).toEqual(["sanctions", "humanitarian-aid"]);
  });

  it("an import is stored whole, says what changed, and is never replaced by the shipped taxonomy", async () => {
    const current = (await readTaxonomy(test.db))!;
    const unchanged = await importTaxonomy(test.db, { note: current.note, scoring: current.scoring, topics: current.topics });
    expect(unchanged).toMatchObject({ unchanged: true, version: current.version });
    expect((await readTaxonomy(test.db))!.importedAt).toBeNull();

    const edited: Taxonomy = { scoring, topics: [...current.topics, { slug: "fisheries", name: "Fisheries", keywords: { "fishing quota*": 1, trawler: 0.8 } }, { slug: "troop-withdrawal", name: "Troop withdrawal", keywords: { "withdraw*": 0.7 } }] };
    const result = await importTaxonomy(test.db, edited);
    expect(result).toMatchObject({ unchanged: false, added: ["fisheries"], changed: ["troop-withdrawal"], retired: [], previousVersion: current.version, version: taxonomyVersion(edited) });
    const stored = (await readTaxonomy(test.db))!;
    expect(stored.importedAt).toBeInstanceOf(Date);
    expect(stored.topics.map((t) => t.slug)).toEqual(["sanctions", "humanitarian-aid", "fisheries", "troop-withdrawal"]);

    expect(await loadTopics(test.db, shipped)).toMatchObject({ skipped: true, importedAt: stored.importedAt });
    expect((await readTaxonomy(test.db))!.version).toBe(taxonomyVersion(edited));
  });

  it("refuses an unsound taxonomy and changes nothing", async () => {
    const before = await readTaxonomy(test.db);
    const twice: Taxonomy = { scoring, topics: [{ slug: "a", name: "A", keywords: { x: 1 } }, { slug: "a", name: "A again", keywords: { y: 1 } }] };
    await expect(importTaxonomy(test.db, twice)).rejects.toThrow(/"a" is used twice/);
    await expect(importTaxonomy(test.db, { scoring, topics: [{ slug: "b", name: "B", keywords: {} }] })).rejects.toThrow(/no keywords/);
    expect(await readTaxonomy(test.db)).toEqual(before);
  });
});
