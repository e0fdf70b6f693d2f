// The real reference data (@dictum/geo geography, @dictum/extract topic taxonomy), loaded by migrate() into a
// fresh database on each provider.
import { topicTaxonomy } from "@dictum/extract/topics";
import { countries, regions } from "@dictum/geo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@dictum/db";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { referenceData } from "@dictum/ingest/reference-data";

describe.each(testProviders())("reference geography on %s", (provider) => {
  let test: TestDb;
  let firstLoadMs = 0;
  beforeAll(async () => {
    const started = performance.now();
    test = await createTestDb(provider, { reference: referenceData() });
    firstLoadMs = performance.now() - started;
  });
  afterAll(() => test?.close());

  const membersOf = async (key: string) =>
    (await test.db.regionMember.findMany({ where: { region: { key } }, select: { country: { select: { iso2: true } } } })).map((m) => m.country.iso2).sort();

  it("loads every country and region once, in seconds", async () => {
    expect(firstLoadMs).toBeLessThan(15_000);
    expect(await test.db.place.count({ where: { kind: "COUNTRY" } })).toBe(countries.length);
    expect(await test.db.place.count({ where: { kind: { in: ["WORLD", "REGION"] } } })).toBe(regions.length);
    expect(await test.db.place.count({ where: { kind: "COUNTRY", parentId: null } })).toBe(countries.filter((c) => !c.regionM49 && !c.subregionM49).length);
  });

  it.each([
    ["m49:143", ["KG", "KZ", "TJ", "TM", "UZ"]],
    ["m49:145", expect.arrayContaining(["AM", "AZ", "GE", "IQ", "IL", "SA", "SY", "TR", "YE"])],
    ["m49:015", expect.arrayContaining(["DZ", "EG", "LY", "MA", "SD", "TN"])],
    ["group:middle-east", expect.arrayContaining(["IR", "IQ", "IL", "SA", "SY", "EG"])],
  ])("%s lists its member countries", async (key, expected) => {
    expect(await membersOf(key)).toEqual(expected);
  });

  it("regions list countries at any depth, and the M49 chain goes up to the world", async () => {
    const asia = await membersOf("m49:142");
    expect(asia).toEqual(expect.arrayContaining(["TJ", "KZ", "CN", "IN", "JP", "SA"]));
    expect(asia).not.toContain("RU"); // Eastern Europe in M49
    const africa = await membersOf("m49:002");
    expect(africa).toEqual(expect.arrayContaining(["KE", "NG", "EG"])); // Kenya sits under Eastern Africa under Sub-Saharan Africa
    expect((await membersOf("m49:001")).length).toBeGreaterThan(240);

    const tj = await test.db.place.findUniqueOrThrow({ where: { iso2: "TJ" }, include: { parent: { include: { parent: { include: { parent: true } } } }, aliases: true } });
    expect([tj.key, tj.m49, tj.parent?.name, tj.parent?.parent?.name, tj.parent?.parent?.parent?.name]).toEqual(["country:tj", "762", "Central Asia", "Asia", "World"]);
    const geoTj = countries.find((c) => c.iso2 === "TJ")!;
    const expectedAliases = new Set([geoTj.officialName, ...geoTj.aliases, ...geoTj.demonyms].filter((a) => a !== geoTj.name));
    expect(tj.aliases.map((a) => a.alias).sort()).toEqual([...expectedAliases].sort());
    const kenya = await test.db.place.findUniqueOrThrow({ where: { iso2: "KE" }, include: { parent: { include: { parent: true } } } });
    expect([kenya.parent?.name, kenya.parent?.parent?.name]).toEqual(["Eastern Africa", "Sub-Saharan Africa"]);
  });

  it("finds a place by alias", async () => {
    const hits = await test.db.place.findMany({ where: { aliases: { some: { alias: "Central Asian" } } } });
    expect(hits.map((p) => p.key)).toEqual(["m49:143"]);
  });

  it("loads the topic taxonomy by slug", async () => {
    const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : 1); // the same order in JS for both databases
    const topics = (await test.db.topic.findMany()).sort(bySlug);
    expect(topics.map((t) => [t.slug, t.name])).toEqual([...topicTaxonomy].sort(bySlug).map((t) => [t.slug, t.name]));
    expect(topics.map((t) => t.slug)).toEqual(expect.arrayContaining(["military-presence", "troop-withdrawal", "sanctions"]));
  });

  it("a second migrate changes nothing and is skipped quickly", async () => {
    const places = await test.db.place.count();
    const members = await test.db.regionMember.count();
    const result = await migrate(test.url, { reference: referenceData() });
    expect(result.appliedMigrations).toEqual([]);
    expect(result.reference.geography).toMatchObject({ skipped: true });
    expect(result.reference.topics).toMatchObject({ skipped: true });
    expect([await test.db.place.count(), await test.db.regionMember.count()]).toEqual([places, members]);
  });
});
