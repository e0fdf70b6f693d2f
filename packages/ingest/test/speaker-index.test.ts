import { describe, expect, it } from "vitest";
import { identify, SpeakerIndex, type KnownSpeaker, type SpeakerMention } from "../src/speakers/speaker-index.ts";
import { foldToken, organisationKey, personKey, titlesAgree } from "../src/speakers/name-key.ts";

const person = (name: string, title: string | null = null, countryCode: string | null = null): SpeakerMention => ({ name, title, kind: "person", countryCode });
const org = (name: string, countryCode: string | null = null): SpeakerMention => ({ name, title: null, kind: "organisation", countryCode });

/** Builds an index from mentions the way the ingester does: a mention that matches nothing becomes a speaker. */
function indexOf(mentions: SpeakerMention[]): SpeakerIndex {
  const index = new SpeakerIndex();
  mentions.forEach((mention, i) => {
    const identity = identify(mention);
    if (index.match(mention, identity)) return;
    const known: KnownSpeaker = { id: i + 1, name: mention.name, key: identity.key, kind: mention.kind, title: mention.title, countryCode: identity.countryCode };
    index.add(known);
  });
  return index;
}

describe("personKey folds spelling and transliteration variants together", () => {
  it.each([
    ["Sergey Shoigu", "Sergei Shoigu"],
    ["Dmitry Peskov", "Dmitriy Peskov"],
    ["Dmitri Peskov", "Dmitry Peskov"],
    ["Volodymyr Zelenskyy", "Volodymyr Zelensky"],
    ["Volodymyr Zelenskiy", "Volodymyr Zelensky"],
    ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
    ["Aleksandr Lukashenko", "Alexander Lukashenko"],
    ["Yevgeny Prigozhin", "Evgeny Prigozhin"],
    ["Mikhail Gorbachev", "Mihail Gorbachev"],
    ["Mr. Shoigu", "Shoigu"],
    ["Emomali Rahmon", "EMOMALI RAHMON"],
  ])("%s = %s", (a, b) => expect(personKey(a)).toBe(personKey(b)));

  it.each([
    ["Sergey Shoigu", "Sergey Lavrov"],
    ["Boris Johnson", "Lyndon Johnson"],
    ["Maria Zakharova", "Mario Zakharova"],
  ])("%s ≠ %s", (a, b) => expect(personKey(a)).not.toBe(personKey(b)));

  it("keeps ordinary tokens readable", () => {
    expect(foldToken("lavrov")).toBe("lavrov");
    expect(personKey("Emomali Rahmon")).toBe("emomali rahmon");
  });
});

describe("organisationKey strips the country its name carries", () => {
  it.each([
    ["the Russian Foreign Ministry", "foreign ministry", "RU"],
    ["Russian Foreign Ministry", "foreign ministry", "RU"],
    ["the Foreign Ministry", "foreign ministry", null],
    ["Ministry of Foreign Affairs of Russia", "foreign ministry", "RU"],
    ["the Ministry of Defence", "defense ministry", null],
    ["U.S. State Department", "state department", "US"],
    ["the Organisation of Petroleum Exporting Countries", "organization of petroleum exporting countries", null],
  ])("%s → %s (%s)", (name, key, country) => expect(organisationKey(name)).toEqual({ key, country }));
});

describe("titlesAgree", () => {
  it.each([
    ["Russian Defense Minister", "Defence Minister", true],
    ["Defense Minister", "defense minister", true],
    ["President", "U.S. President", true],
    ["Foreign Minister", "Defense Minister", false],
    ["Prime Minister", "President", false],
    [null, "President", false],
  ] as const)("%s / %s → %s", (a, b, expected) => expect(titlesAgree(a, b)).toBe(expected));
});

describe("SpeakerIndex: the same person across articles", () => {
  const known = indexOf([
    person("Sergey Shoigu", "Russian Defense Minister", "RU"),
    person("Sergey Lavrov", "Russian Foreign Minister", "RU"),
    person("Boris Johnson", "British Prime Minister", "GB"),
    person("Lyndon Johnson", "U.S. President", "US"),
    person("John Smith", null, null),
    org("the Russian Foreign Ministry"),
    org("the Foreign Ministry"),
    org("Iranian Foreign Ministry"),
  ]);

  it.each([
    ["full name, other spelling", person("Sergei Shoigu", "Defense Minister", "RU"), "Sergey Shoigu"],
    ["full name, no title", person("Sergei Shoigu"), "Sergey Shoigu"],
    ["bare surname with the same title", person("Shoigu", "Defense Minister"), "Sergey Shoigu"],
    ["bare surname with the same country", person("Shoigu", null, "RU"), "Sergey Shoigu"],
    ["initial and surname", person("S. Lavrov"), "Sergey Lavrov"],
    ["bare surname, one Johnson with that title", person("Johnson", "Prime Minister"), "Boris Johnson"],
    ["organisation, same country in other words", org("Ministry of Foreign Affairs of Russia"), "the Russian Foreign Ministry"],
    ["organisation given its country by the extractor", org("the Foreign Ministry", "RU"), "the Russian Foreign Ministry"],
    ["organisation without a country", org("Foreign Ministry"), "the Foreign Ministry"],
  ])("merges: %s", (_, mention, expected) => expect(known.match(mention)?.name).toBe(expected));

  it.each([
    ["bare surname without evidence", person("Shoigu")],
    ["bare surname shared by two known people, no title", person("Johnson")],
    ["bare surname, title matching neither Johnson", person("Johnson", "Foreign Secretary")],
    ["different first name", person("Anna Shoigu")],
    ["different first name, same surname as a known person", person("Jane Smith")],
    ["same name, different country", person("Sergey Shoigu", null, "UA")],
    ["bare surname with another country", person("Lavrov", null, "US")],
    ["organisation of another country", org("Iranian Defense Ministry")],
    ["a person named like an organisation's key", person("Foreign Ministry")],
  ])("keeps apart: %s", (_, mention) => expect(known.match(mention)).toBeNull());

  it("a full name absorbs a bare-surname speaker only with evidence", () => {
    const index = indexOf([person("Peskov", "Kremlin spokesman", "RU")]);
    expect(index.match(person("Dmitry Peskov", "Kremlin spokesman"))?.name).toBe("Peskov");
    expect(index.match(person("Dmitry Peskov"))).toBeNull();
  });

  it.each([
    ["middle initial on one side", ["Mario M. Cuomo", "New York Governor"], ["Mario Cuomo"], true],
    ["middle initials agree", ["George W. Bush", "President"], ["George W Bush"], true],
    ["middle initials differ", ["George H. W. Bush", "President"], ["George W. Bush", "President"], false],
    ["different given names written as middles", ["Wang Chao-Ming", "Taiwan Economics Minister"], ["Wang Chang-Ming"], false],
    ["a full middle name on one side, no evidence", ["John Edwards", "Senator"], ["John Bel Edwards", "Louisiana Governor"], false],
    ["a full middle name on one side, same title", ["Vladimir Putin", "Russian President", "RU"], ["Vladimir Vladimirovich Putin", "President"], true],
    ["an organisation's name mistaken for a person", ["International Technology"], ["International Game Technology"], false],
  ] as const)("full names: %s", (_, [knownName, knownTitle = null, knownCountry = null], [name, title = null], same) => {
    const index = indexOf([person(knownName, knownTitle, knownCountry)]);
    expect(index.match(person(name, title))?.name ?? null).toBe(same ? knownName : null);
  });

  it("two bare-surname mentions without title or country stay apart", () => {
    const index = indexOf([person("Smith")]);
    expect(index.match(person("Smith"))).toBeNull();
  });
});
