import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGeography, type GeoCountry, type GeoRegion } from "../src/index.ts";
import { createTestDb, testProviders, type TestDb } from "../src/testing.ts";

// A slice of the real UN M49 tree: mechanics only; tests/db checks the full @dictum/geo data. Keys are spelled
// out here because db stores the keys it is given (@dictum/geo builds the real ones).
const country = (iso2: string, iso3: string, m49: string, name: string, subregionM49: string, extra: Partial<GeoCountry> = {}): GeoCountry => ({
  key: `country:${iso2.toLowerCase()}`, iso2, iso3, m49, name, aliases: [], demonyms: [], capital: null, lat: null, lon: null, regionM49: "142", subregionM49, ...extra,
  capitalKey: extra.capital ? `city:${iso2.toLowerCase()}:${extra.capital.toLowerCase()}` : null,
});
const countries: GeoCountry[] = [
  country("TJ", "TJK", "762", "Tajikistan", "143", { aliases: ["Republic of Tajikistan", "Tajikistan"], demonyms: ["Tajik", "Tajikistani"], capital: "Dushanbe", capitalLat: 38.56, capitalLon: 68.77, lat: 39, lon: 71 }),
  country("KZ", "KAZ", "398", "Kazakhstan", "143", { capital: "Astana" }),
  country("UZ", "UZB", "860", "Uzbekistan", "143"),
  country("IR", "IRN", "364", "Iran", "034", { aliases: ["Islamic Republic of Iran"] }),
  country("TR", "TUR", "792", "Türkiye", "145", { aliases: ["Turkey"] }),
  country("EG", "EGY", "818", "Egypt", "015", { regionM49: "002" }),
];
const region = (m49: string | null, name: string, kind: GeoRegion["kind"], parentM49: string | null, key = `m49:${m49}`, members: string[] = []): GeoRegion =>
  ({ key, m49, name, kind, parentM49, members });
const regions: GeoRegion[] = [
  region("143", "Central Asia", "subregion", "142"), // deliberately before its parents
  region("001", "World", "world", null),
  region("142", "Asia", "region", "001"),
  region("034", "Southern Asia", "subregion", "142"),
  region("145", "Western Asia", "subregion", "142"),
  region("002", "Africa", "region", "001"),
  region("015", "Northern Africa", "subregion", "002"),
  region(null, "Middle East", "grouping", null, "group:middle-east", ["IR", "TR", "EG"]),
];

describe.each(testProviders())("loadGeography on %s", (provider) => {
  let test: TestDb;
  beforeAll(async () => {
    test = await createTestDb(provider, { reference: false });
  });
  afterAll(() => test?.close());

  it("loads the hierarchy, aliases and memberships at any depth", async () => {
    const load = await loadGeography(test.db, countries, regions);
    expect(load).toMatchObject({ skipped: false, places: 8 + 6 + 2, aliases: 5 });
    const db = test.db;
    const tj = await db.place.findUniqueOrThrow({ where: { key: "country:tj" }, include: { parent: { include: { parent: { include: { parent: true } } } }, aliases: true, children: true } });
    expect([tj.iso2, tj.iso3, tj.m49, tj.kind, tj.lat, tj.lon]).toEqual(["TJ", "TJK", "762", "COUNTRY", 39, 71]);
    expect([tj.parent?.name, tj.parent?.parent?.name, tj.parent?.parent?.parent?.name]).toEqual(["Central Asia", "Asia", "World"]);
    expect(tj.aliases.map((a) => a.alias).sort()).toEqual(["Republic of Tajikistan", "Tajik", "Tajikistani"]);
    expect(tj.children.map((c) => [c.key, c.kind, c.lat, c.lon])).toEqual([["city:tj:dushanbe", "CITY", 38.56, 68.77]]);
    const astana = await db.place.findUniqueOrThrow({ where: { key: "city:kz:astana" } });
    expect([astana.lat, astana.lon]).toEqual([null, null]);

    const membersOf = async (key: string) =>
      (await db.regionMember.findMany({ where: { region: { key } }, include: { country: true } })).map((m) => m.country.iso2).sort();
    expect(await membersOf("m49:143")).toEqual(["KZ", "TJ", "UZ"]);
    expect(await membersOf("m49:142")).toEqual(["IR", "KZ", "TJ", "TR", "UZ"]);
    expect(await membersOf("m49:001")).toEqual(["EG", "IR", "KZ", "TJ", "TR", "UZ"]);
    expect(await membersOf("group:middle-east")).toEqual(["EG", "IR", "TR"]);
    const middleEast = await db.place.findUniqueOrThrow({ where: { key: "group:middle-east" } });
    expect([middleEast.kind, middleEast.m49, middleEast.parentId]).toEqual(["REGION", null, null]);
  });

  it("skips the same data, and updates in place when it changes", async () => {
    const before = await test.db.place.findUniqueOrThrow({ where: { key: "country:tr" } });
    expect(await loadGeography(test.db, countries, regions)).toMatchObject({ skipped: true });

    const renamed = countries.map((c) => (c.iso2 === "TR" ? { ...c, name: "Turkey", aliases: ["Türkiye"] } : c));
    expect(await loadGeography(test.db, renamed, regions)).toMatchObject({ skipped: false });
    const after = await test.db.place.findUniqueOrThrow({ where: { key: "country:tr" }, include: { aliases: true } });
    expect([after.id, after.name, after.aliases.map((a) => a.alias)]).toEqual([before.id, "Turkey", ["Türkiye"]]);
    expect(await test.db.place.count()).toBe(16);
    expect(await test.db.regionMember.count({ where: { region: { key: "m49:001" } } })).toBe(6);
  });
});
