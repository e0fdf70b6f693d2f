// Cross-article evidence beyond the name: the story a bare name is in, parties under their other names, the country
// of institutions and of national offices written without one.
import { describe, expect, it } from "vitest";
import { contextsAgree, newSeen, noteSeen, type ArticleContext } from "../src/speakers/article-context.ts";
import { institutionCountry, partyOf } from "../src/speakers/bodies.ts";
import { isBareNationalTitle, isNationalTitle } from "../src/speakers/national-title.ts";
import { identify, SpeakerIndex, type KnownSpeaker, type SpeakerMention } from "../src/speakers/speaker-index.ts";

const story = (country: string | null, year: number | null = 2019, source: string | null = "Wikinews"): ArticleContext => ({ country, year, source });
const person = (name: string, context?: ArticleContext, title: string | null = null, countryCode: string | null = null): SpeakerMention => ({ name, title, kind: "person", countryCode, context });

/** Mentions in order, as the ingester resolves them: each matches a known speaker or becomes one, and is noted as seen. */
function resolveAll(mentions: SpeakerMention[]): { index: SpeakerIndex; ids: number[] } {
  const index = new SpeakerIndex();
  const ids = mentions.map((mention, i) => {
    const identity = identify(mention);
    let speaker = index.match(mention, identity);
    if (!speaker) {
      speaker = { id: i + 1, name: mention.name, key: identity.key, kind: identity.kind, title: mention.title, countryCode: identity.countryCode, seen: newSeen() } satisfies KnownSpeaker;
      index.add(speaker);
    }
    if (mention.context) noteSeen(speaker.seen!, mention.context);
    return speaker.id;
  });
  return { index, ids };
}

describe("a bare name across stories", () => {
  it("joins the known person whose country the story is about", () => {
    const { ids } = resolveAll([person("Donald Trump", story("US"), "US President", "US"), person("Trump", story("US"))]);
    expect(ids[1]).toBe(ids[0]);
  });

  it("stays apart in a story about another country, or with no country", () => {
    const { ids } = resolveAll([person("Donald Trump", story("US"), "US President", "US"), person("Trump", story("GB")), person("Trump", story(null))]);
    expect(ids.slice(1)).not.toContain(ids[0]);
  });

  it("stays apart when the story is years away from every one the person was seen in", () => {
    const { ids } = resolveAll([person("Lyndon Johnson", story("US", 1965), "President", "US"), person("Johnson", story("US", 2019))]);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it("the strongest evidence decides: the country before stories seen alike", () => {
    const { ids } = resolveAll([
      person("Melania Trump", story("US"), null, null),
      person("Donald Trump", story("US"), "US President", "US"),
      person("Trump", story("US")),
    ]);
    expect(ids[2]).toBe(ids[1]);
  });

  it("two bare mentions join when the stories agree: country, publication and year", () => {
    const { ids } = resolveAll([person("Falconer", story("GB", 2005, "BBC News")), person("Falconer", story("GB", 2005, "BBC News"))]);
    expect(ids[1]).toBe(ids[0]);
  });

  it.each([
    ["another publication", story("GB", 2005, "Reuters")],
    ["another country", story("IE", 2005, "BBC News")],
    ["years apart", story("GB", 2012, "BBC News")],
  ])("two bare mentions stay apart in %s", (_, second) => {
    const { ids } = resolveAll([person("Falconer", story("GB", 2005, "BBC News")), person("Falconer", second)]);
    expect(ids[1]).not.toBe(ids[0]);
  });

  it("a bare name joins the bare one seen in the same publication and years", () => {
    const { ids } = resolveAll([person("Robben", story(null, 2005, "BBC News")), person("Robben", story("GB", 2005, "BBC News")), person("Robben", story(null, 2005, "Reuters"))]);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it("publication and years join bare names to each other, never to a full name", () => {
    const { ids } = resolveAll([person("Gordon Brown", story("GB", 2005, "BBC News"), "Chancellor", "GB"), person("Brown", story(null, 2005, "BBC News")), person("Brown", story(null, 2005, "BBC News"))]);
    expect(ids[1]).not.toBe(ids[0]);
    expect(ids[2]).toBe(ids[1]);
  });

  it("contextsAgree needs a story country and a publication", () => {
    const seen = newSeen();
    noteSeen(seen, story("GB", null, "BBC News"));
    expect(contextsAgree(seen, story("GB", null, "BBC News"))).toBe(true);
    expect(contextsAgree(seen, story("GB", null, null))).toBe(false);
    expect(contextsAgree(undefined, story("GB", null, "BBC News"))).toBe(false);
  });
});

describe("parties and institutions", () => {
  it.each([
    ["The Tories", "The Conservatives"],
    ["the Conservative Party", "Tories"],
    ["the Lib Dems", "the Liberal Democrats"],
    ["Labour", "the Labour Party"],
    ["the GOP", "Republicans"],
  ])("%s and %s are one party", (a, b) => {
    expect(partyOf(a)).not.toBeNull();
    expect(partyOf(a)).toEqual(partyOf(b));
  });

  it("a party named like a person is stored as an organisation with its country", () => {
    expect(identify({ name: "Labour", title: null, kind: "person", countryCode: null })).toMatchObject({ kind: "organisation", countryCode: "GB" });
    const { ids } = resolveAll([
      { name: "The Tories", title: null, kind: "organisation", countryCode: null },
      { name: "The Conservatives", title: null, kind: "organisation", countryCode: null },
      { name: "Labour", title: null, kind: "person", countryCode: null },
    ]);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it.each([["Downing Street", "GB"], ["the Kremlin", "RU"], ["Russia", "RU"], ["the Bundestag", "DE"], ["the company", null]])("%s → %s", (name, country) =>
    expect(identify({ name, title: null, kind: name === "the company" ? "unnamed" : "organisation", countryCode: null }).countryCode).toBe(country),
  );

  it("knows institutions by their organisation key", () => {
    expect(institutionCountry("white house")).toBe("US");
    expect(institutionCountry("treasury")).toBeNull();
  });

  it("does not take a non-party for a party", () => {
    expect(partyOf("the Foreign Ministry")).toBeNull();
    expect(partyOf("Sergey Lavrov")).toBeNull();
  });
});

describe("isBareNationalTitle", () => {
  it.each([
    ["President", true],
    ["Health Minister", true],
    ["Deputy Emergency Situations Minister", true],
    ["Prime Minister", true],
    ["Ex-Prime Minister", true],
    ["Russian Defense Minister", false],
    ["U.S. President", false],
    ["Iran's foreign minister", false],
    ["president of Howard University", false],
    ["Society President", false],
    ["chief executive", false],
    ["Kremlin spokesman", false],
    [null, false],
  ] as const)("%s → %s", (title, expected) => expect(isBareNationalTitle(title)).toBe(expected));
});

describe("isNationalTitle", () => {
  it.each([
    ["Russian Defense Minister", true],
    ["Russia's foreign minister", true],
    ["Senator", true],
    ["Nintendo president", true],
    ["Microsoft's president", false],
    ["a vice president at PG&E", false],
    ["president of Howard University", false],
    ["the city's home minister", false],
    ["Chief Minister", false],
    ["chief executive", false],
  ] as const)("%s → %s", (title, expected) => expect(isNationalTitle(title)).toBe(expected));
});
