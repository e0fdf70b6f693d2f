import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPlaces, placeMentions } from "../src/places/index.ts";

const codes = (text: string, context?: string) => findPlaces(text, { context }).places.map((p) => p.countryCode).sort();
const regionNames = (text: string) => findPlaces(text).regions.map((r) => r.name);

describe("findPlaces: countries a passage names or refers to", () => {
  it.each([
    // short forms, names, demonyms (seed and news-dev sentences)
    ["The US is trying to take root in Central Asia while leaving Afghanistan", ["AF", "US"]],
    ["without the knowledge of the Syrian state and with no benefit to it", ["SY"]],
    ["the flow of Russian tourists arriving in Vietnam has increased again", ["RU", "VN"]],
    ["the Mexican government would pressure the U.S. government to provide better protections for Mexicans in the United States", ["MX", "US"]],
    ["the question of political stability no longer worried Filipino businessmen", ["PH"]],
    ["Here in London, thousands of people from across our city and country have come together", ["GB"]],
    ["give the British public the final say on Brexit", ["GB"]],
    ["Britain and the UK and Great Britain", ["GB"]],
    ["they will go back to the States next year", ["US"]],
    // capitals, cities and metonyms
    ["the agreements signed and reached in Berlin will be implemented", ["DE"]],
    ["Our authorized companies agreed to resume direct flights between Moscow and Ho Chi Minh City.", ["RU", "VN"]],
    ["comments by Japanese officials indicated Tokyo was unhappy about the plunge", ["JP"]],
    ["the Kremlin said on Monday, while the White House and Downing Street declined to comment", ["GB", "RU", "US"]],
    ["Washington and Tehran traded accusations", ["IR", "US"]],
    ["There is no reason to believe the Paris pact has broken down", ["FR"]],
    // historical names
    ["Peking's major concern regarding imports was price", ["CN"]],
    ["Japan, Britain, Canada, France, the U.S. And West Germany", ["CA", "DE", "FR", "GB", "JP", "US"]],
    ["the USSR and Burma signed a treaty", ["MM", "RU"]],
    ["the Soviet Union's grain purchases", ["RU"]],
    // sub-national regions
    ["The Yunnan 1986/87 sugar harvest was a record 521,500 tonnes", ["CN"]],
    ["Cleanup efforts continue in five sectors - one near Temryuk and four others in Anapa,", ["RU"]],
    ["the total length of the observed area along the Krasnodar Region's coast", ["RU"]],
    ["Russian forces in Crimea and the Donbass; rebels in Idlib; strikes on Gaza", ["PS", "RU", "SY", "UA"]],
    ["the suspect as 21-year-old Patrick Crusius of Allen, Texas, near the city of Dallas", ["US"]],
    ["Ukrainian troops shelled the Donetsk People’s Republic; drones attacked the Kursk Region", ["RU", "UA"]],
    ["As China lacked storage, much of these imports was stored in Qinghai, Inner Mongolia and other inland areas", ["CN"]],
    // longest match
    ["New Mexico and New Jersey passed the bill", ["US"]],
    ["Papua New Guinea and Guinea-Bissau and Equatorial Guinea", ["GQ", "GW", "PG"]],
    ["South Sudan accused Sudan", ["SD", "SS"]],
    ["Niger and Nigeria", ["NE", "NG"]],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual([...expected].sort());
  });
});

describe("findPlaces: things that are not places", () => {
  it.each([
    ["Jordan Peterson said the lecture was sold out", []],
    ["The shot was taken by Michael Jordan in the final second", []],
    ["Chad Smith, the drummer, said the tour would go on", []],
    ["Theresa May said in May that the vote would go ahead", []],
    ["We have never felt the need to consume English medicine", []],
    ["The South China Sea dispute and the Gulf of Mexico spill", []],
    ["the united states of mind and the us of the song", []],
    ["said Douglas McAdam, a sociology professor at Stanford", []],
    ["Turkey sandwiches were served, said Stanley Fischer", ["TR"]],
    ["The Wall Street Journal and The New York Times reported it first", []],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("treats Georgia as the US state in US political context and as the country otherwise", () => {
    expect(codes("Georgia Gov. Brian Kemp said he would sign the bill")).toEqual(["US"]);
    expect(codes("He was born in Atlanta, Georgia, in 1950")).toEqual(["US"]);
    expect(codes("Russia, Ukraine, Moldova, Georgia, Armenia and Azerbaijan met for talks")).toEqual(["AM", "AZ", "GE", "MD", "RU", "UA"]);
    expect(codes("The United States backs Georgia against Russian pressure")).toEqual(["GE", "RU", "US"]);
    expect(codes("Tom Price, U.S. representative from Georgia, and voters in Ohio")).toEqual(["US"]);
  });

  it("drops a place name that the article uses as a person's surname, unless a preposition makes it a place", () => {
    const article = "Police named the attacker as Sudesh Amman, 20. Amman had been released from prison. He once lived in Amman.";
    expect(codes("Amman had scrawled his 'life goals' in the notepad", article)).toEqual([]);
    expect(codes("He once lived in Amman.", article)).toEqual(["JO"]);
    expect(codes("Amman had scrawled his 'life goals' in the notepad")).toEqual(["JO"]);
  });
});

describe("findPlaces: city names that several countries share", () => {
  it.each([
    ["He moved to London last year", undefined, ["GB"]],
    ["He moved to London, Ontario, last year", undefined, ["CA"]],
    ["Protests in Valencia and Caracas", undefined, ["VE"]],
    ["Protests in Valencia spread", "Spain's government met on Monday. Protests in Valencia spread", ["ES"]],
  ])("%s", (text, context, expected) => {
    expect(codes(text, context)).toEqual(expected);
  });
});

describe("findPlaces: multi-country regions", () => {
  it.each([
    ["this is an attempt to take root in the Central Asian region", ["Central Asia"]],
    ["instability across the Middle East and the Persian Gulf", ["Middle East", "Persian Gulf"]],
    ["protesting the pending exit of the United Kingdom from the European Union (EU)", ["European Union"]],
    ["a fuel oil spill in the Black Sea caused by the tankers accident", ["Black Sea"]],
    ["Southeast Asian and Sub-Saharan economies", ["South-eastern Asia", "Sub-Saharan Africa"]],
  ])("%s", (text, expected) => {
    expect(regionNames(text)).toEqual(expected);
  });

  it("gives M49 codes to M49 regions and none to groupings", () => {
    const { regions, places } = findPlaces("Central Asia and the Middle East");
    expect(places).toEqual([]);
    expect(regions).toEqual([{ name: "Central Asia", m49: "143" }, { name: "Middle East", m49: null }]);
  });
});

describe("placeMentions", () => {
  it("gives offsets into the text for every mention", () => {
    const text = "Russian Defense Minister Sergey Shoigu told reporters in Dushanbe that the US is leaving Afghanistan.";
    const mentions = placeMentions(text);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.text)).toEqual(["Russian", "Dushanbe", "US", "Afghanistan"]);
    expect(mentions[1]!.place).toEqual({ name: "Dushanbe", countryCode: "TJ", type: "city" });
  });
});

describe("seed regression", () => {
  it("finds exactly the gold places of every seed statement", () => {
    const gold = readFileSync(new URL("../../../../shared/gold/seed.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { statements: { text: string; places: string[] }[] });
    for (const statement of gold[0]!.statements) expect(codes(statement.text), statement.text).toEqual([...statement.places].sort());
  });
});
