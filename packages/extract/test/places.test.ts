import { describe, expect, it } from "vitest";
import { findPlaces, placeMentions } from "../src/places/index.ts";

const codes = (text: string, context?: string) => findPlaces(text, { context }).places.map((p) => p.countryCode).sort();
const regionNames = (text: string) => findPlaces(text).regions.map((r) => r.name);

describe("findPlaces: countries a passage names or refers to", () => {
  it.each([
    // short forms, names, demonyms (sentences written for these tests)
    ["The US wants a base in Central Asia after leaving Afghanistan", ["AF", "US"]],
    ["oil taken from the Iraqi state without its consent", ["IQ"]],
    ["the number of Chinese tourists visiting Thailand fell", ["CN", "TH"]],
    ["the Canadian government asked the U.S. government to protect Canadians working in the United States", ["CA", "US"]],
    ["the vote reassured Indonesian investors", ["ID"]],
    ["Here in Manchester, people from across the city marched", ["GB"]],
    ["give the British parliament a vote on the deal", ["GB"]],
    ["Britain and the UK and Great Britain", ["GB"]],
    ["they will go back to the States next year", ["US"]],
    // capitals, cities and metonyms
    ["the agreements reached in Madrid will hold", ["ES"]],
    ["Airlines will restart flights between Kazan and Ho Chi Minh City in June.", ["RU", "VN"]],
    ["remarks by South Korean officials suggested Seoul was unhappy with the ruling", ["KR"]],
    ["the Kremlin said on Monday, while the White House and Downing Street declined to comment", ["GB", "RU", "US"]],
    ["Washington and Tehran traded accusations", ["IR", "US"]],
    ["nobody believes the Vienna agreement has failed", ["AT"]],
    // nationality adjectives and plurals the country names lack
    ["Kazakh and Uzbek officials met Kyrgyz, Tajik and Azeri delegates", ["AZ", "KG", "KZ", "TJ", "UZ"]],
    ["Northern Irish voters and Irish farmers", ["GB", "IE"]],
    ["Serb and Croat leaders; Uighur activists", ["CN", "HR", "RS"]],
    ["Icelandic, Slovenian, Ecuadorian and Argentinian diplomats", ["AR", "EC", "IS", "SI"]],
    // historical names
    ["Peking's grain buyers were cautious", ["CN"]],
    ["Italy, Japan and West Germany, the U.S. And Canada", ["CA", "DE", "IT", "JP", "US"]],
    ["the USSR and Burma signed a treaty", ["MM", "RU"]],
    ["the Soviet Union's grain purchases", ["RU"]],
    // sub-national regions
    ["Sichuan's wheat harvest was a record", ["CN"]],
    ["Cleanup crews worked near Tuapse and Gelendzhik", ["RU"]],
    ["along the Belgorod Region's border", ["RU"]],
    ["Russian forces in Crimea and the Donbass; rebels in Idlib; strikes on Gaza", ["PS", "RU", "SY", "UA"]],
    ["the gunman, 30, of Plano, Texas, near Dallas", ["US"]],
    ["Ukrainian troops shelled the Donetsk People’s Republic; drones attacked the Kursk Region", ["RU", "UA"]],
    ["stored in Gansu, Inner Mongolia and other inland provinces", ["CN"]],
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
    ["She teaches English literature at the college", []],
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
    const article = "Police named the driver as Karim Amman, 34. Amman had rented the van. He once lived in Amman.";
    expect(codes("Amman had rented the van a week earlier", article)).toEqual([]);
    expect(codes("He once lived in Amman.", article)).toEqual(["JO"]);
    expect(codes("Amman had rented the van a week earlier")).toEqual(["JO"]);
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
    ["trade across the Central Asian region grew", ["Central Asia"]],
    ["instability across the Middle East and the Persian Gulf", ["Middle East", "Persian Gulf"]],
    ["farmers worried about Ireland's place in the European Union (EU)", ["European Union"]],
    ["fishing boats returned to the Black Sea after the storm", ["Black Sea"]],
    ["Southeast Asian and Sub-Saharan economies", ["South-eastern Asia", "Sub-Saharan Africa"]],
  ])("%s", (text, expected) => {
    expect(regionNames(text)).toEqual(expected);
  });

  it.each([
    // an alliance named as itself is a grouping without an M49 code, never its members' countries
    ["NATO allies and Nato officials met in Brussels", ["BE"], ["NATO"]],
    ["the North Atlantic Treaty Organization said", [], ["NATO"]],
    // a body whose name is only an alias of another grouping is not that grouping, and no place inside it is read
    ["the Gulf Cooperation Council and the Arab League said", [], []],
  ])("a body's name: %s", (text, places, groupings) => {
    const found = findPlaces(text);
    expect(found.places.map((p) => p.countryCode)).toEqual(places);
    expect(found.regions.map((r) => [r.name, r.m49])).toEqual(groupings.map((name) => [name, null]));
  });

  it("keeps the regions beside a body's name", () => {
    expect(regionNames("NATO members in the Baltic states and the GCC")).toEqual(["NATO", "Baltic states"]);
  });

  it("gives M49 codes to M49 regions and none to groupings", () => {
    const { regions, places } = findPlaces("Central Asia and the Middle East");
    expect(places).toEqual([]);
    expect(regions).toEqual([{ name: "Central Asia", m49: "143" }, { name: "Middle East", m49: null }]);
  });
});

describe("placeMentions", () => {
  it("gives offsets into the text for every mention", () => {
    const text = "Russian Foreign Minister Sergei Lavrov told reporters in Bishkek that the US is leaving Afghanistan.";
    const mentions = placeMentions(text);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.text)).toEqual(["Russian", "Bishkek", "US", "Afghanistan"]);
    expect(mentions[1]!.place).toEqual({ name: "Bishkek", countryCode: "KG", type: "city" });
  });
});

describe("findPlaces: namesake towns", () => {
  it.each([
    // A capital keeps its country in a story that names a country with a town of that name.
    ["The US relay team flew to Athens hoping to win gold.", ["GR", "US"]],
    // A town followed by a state of another country is that state's namesake, not the lexicon's town.
    ["Workers at the chemical plant in Crosby, Texas were told to leave.", ["US"]],
    ["He was a student in Moscow, Idaho, for two years.", ["US"]],
    // Negative: a list of cities is no "town, state" pair.
    ["Flights to Beijing, Tokyo and Seoul were cancelled.", ["CN", "JP", "KR"]],
    ["The band plays Paris, Berlin and Rome in May.", ["DE", "FR", "IT"]],
  ])("%s", (text, expected) => {
    expect(codes(text, text)).toEqual(expected);
  });
});
