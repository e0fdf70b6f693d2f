import { describe, expect, it } from "vitest";
import { countries, findCountry, findRegion, regions } from "../src/index.ts";

describe("countries", () => {
  it("covers every ISO country once, with the disputed ones the gold guide names", () => {
    const codes = countries.map((c) => c.iso2);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of ["XK", "PS", "TW", "US", "RU", "AF"]) expect(codes).toContain(code);
  });

  it("places every country except Antarctica in an M49 region and sub-region", () => {
    const unplaced = countries.filter((c) => !c.regionM49 || !c.subregionM49).map((c) => c.iso2);
    expect(unplaced).toEqual(["AQ"]);
    expect(findCountry("KE")).toMatchObject({ regionM49: "002", subregionM49: "014" });
    expect(findCountry("TJ")).toMatchObject({ iso3: "TJK", m49: "762", regionM49: "142", subregionM49: "143" });
  });

  it.each([
    ["US", "US"], ["USA", "US"], ["840", "US"], ["U.S.", "US"], ["the States", "US"], ["American", "US"],
    ["UK", "GB"], ["Britain", "GB"], ["British", "GB"], ["Ivory Coast", "CI"], ["cote d'ivoire", "CI"],
    ["Burma", "MM"], ["Kosovo", "XK"], ["Palestinian", "PS"], ["Taiwan", "TW"], ["Turkey", "TR"], ["Syrian", "SY"],
    ["4", "AF"],
  ])("findCountry(%j) is %s", (query, iso2) => {
    expect(findCountry(query)?.iso2).toBe(iso2);
  });

  it("returns undefined for names that are no country", () => {
    expect(findCountry("Atlantis")).toBeUndefined();
    expect(findCountry("")).toBeUndefined();
    expect(findCountry("Island")).toBeUndefined();
  });

  it("prefers sovereign states for shared demonyms and marks territories", () => {
    expect(findCountry("Congolese")?.iso2).toBe("CD");
    expect(findCountry("US")?.sovereign).toBe(true);
    expect(findCountry("PS")?.sovereign).toBe(true);
    expect(findCountry("PR")?.sovereign).toBe(false);
  });
});

describe("regions", () => {
  it("rolls members up the M49 tree", () => {
    const africa = findRegion("002")!;
    const subSaharan = findRegion("Sub-Saharan Africa")!;
    expect(subSaharan.parentM49).toBe("002");
    expect(subSaharan.members).toContain("KE");
    expect(africa.members).toEqual(expect.arrayContaining(["KE", "EG", "ZA"]));
    expect(findRegion("419")!.members).toEqual(expect.arrayContaining(["MX", "BR", "CU"]));
    expect(findRegion("001")!.members.length).toBe(countries.length - 1);
  });

  it.each([
    ["Central Asian", "m49:143"], ["Central Asia", "m49:143"], ["Southeast Asia", "m49:035"], ["035", "m49:035"],
    ["the Middle East", "group:middle-east"], ["Persian Gulf", "group:persian-gulf"], ["EU", "group:european-union"],
    ["Baltic states", "group:baltic-states"], ["Horn of Africa", "group:horn-of-africa"],
  ])("findRegion(%j) is %s", (query, key) => {
    expect(findRegion(query)?.key).toBe(key);
  });

  it("gives every grouping members that are real countries", () => {
    const known = new Set(countries.map((c) => c.iso2));
    for (const region of regions) for (const member of region.members) expect(known.has(member), `${region.key}:${member}`).toBe(true);
  });
});
