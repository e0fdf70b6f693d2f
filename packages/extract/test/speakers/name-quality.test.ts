// The fragment check on speaker names and the repair the pipeline applies last. Names are ones written here or
// seen in the unannotated corpora (BBC 2004-05, Wikinews 2019-20) and PolNeAR train.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/index.ts";
import { nameFault, repairSpeaker, type NameFault } from "../../src/speakers/name-quality.ts";
import type { SpeakerKind, SpeakerRef } from "../../src/types.ts";

const ref = (name: string, kind: SpeakerKind = "person", title: string | null = null, countryCode: string | null = null): SpeakerRef => ({ name, title, kind, countryCode });

describe("nameFault", () => {
  it.each([
    ["that Trump", "person", "function-word"],
    ["Afterwards Trump", "person", "function-word"],
    ["If", "person", "function-word"],
    ["Saturday", "person", "function-word"],
    ["and the ministry", "organisation", "function-word"],
    ["Like Donald Trump", "person", "function-word"],
    ["the Trump", "person", "function-word"],
    ["his spokesman", "organisation", "function-word"],
    ["that experts", "unnamed", "function-word"],
    ["North Carolina. Trump", "person", "sentence-boundary"],
    ["Houston. Yukos", "organisation", "sentence-boundary"],
    ["EEZ. Turkey", "organisation", "sentence-boundary"],
    ["Reserve. Hawkins", "person", "sentence-boundary"],
    ["Trump so far hasn't", "person", "inner-clause"],
    ["officials who have said", "unnamed", "inner-clause"],
    ["Ohio's junior senator, repeated claims that", "person", "inner-clause"],
    ["States Donald Trump", "person", "place-fragment"],
    ["Scotland Nicola Sturgeon", "person", "place-fragment"],
    ["USDA de", "organisation", "trailing-word"],
    ["the Ministry of", "organisation", "trailing-word"],
    ["Clinton al", "person", "trailing-word"],
    ["Mr", "person", "bare-title"],
    ["Mr.", "organisation", "bare-title"],
    ["Prime Minister", "person", "bare-title"],
    ["MPs", "person", "bare-title"],
    ["North Karnataka", "person", "place"],
    ["North Karnataka", "organisation", "place"],
    ["the Middle East", "organisation", "place"],
    ["Texas", "person", "place"],
    ["Downing Street", "person", "place"],
    ["Daily Telegraph", "person", "publication"],
    ["Reuters", "person", "publication"],
    ["BBC News", "person", "publication"],
  ] as const)("%s (%s) → %s", (name, kind, fault) => expect(nameFault(name, kind)).toBe(fault satisfies NameFault));

  it.each([
    ["Donald Trump", "person"],
    ["George W. Bush", "person"],
    ["Walter M Phillips Jr", "person"],
    ["Mario M. Cuomo", "person"],
    ["Renaud Donnedieu de Vabres", "person"],
    ["Luiz Inacio Lula da Silva", "person"],
    ["the U.S. Senate", "organisation"],
    ["St. Petersburg State University", "organisation"],
    ["the Russian Foreign Ministry", "organisation"],
    ["The Conservatives", "organisation"],
    ["Russia", "organisation"],
    ["Moscow", "organisation"],
    ["Texas", "organisation"],
    ["the company", "unnamed"],
    ["a spokesman", "unnamed"],
    ["some analysts", "unnamed"],
    ["her husband", "unnamed"],
    ["That person", "unnamed"],
    ["Theresa May", "person"],
    ["May", "person"],
    ["Will Doyle", "person"],
    ["Cuban", "person"],
    ["Michael Bloomberg", "person"],
    ["Emily Post", "person"],
    ["Douglas J. Band", "person"],
    ["the Financial Times", "organisation"],
    ["George Will", "person"],
    ["Will Smith", "person"],
  ] as const)("%s (%s) is sound", (name, kind) => expect(nameFault(name, kind)).toBeNull());
});

describe("repairSpeaker", () => {
  it.each([
    [ref("that Trump"), "Trump", "person"],
    [ref("Afterwards Trump"), "Trump", "person"],
    [ref("North Carolina. Trump"), "Trump", "person"],
    [ref("UKIP. Robert Kilroy-Silk"), "Robert Kilroy-Silk", "person"],
    [ref("Houston. Yukos", "organisation"), "Yukos", "organisation"],
    [ref("States Donald Trump"), "Donald Trump", "person"],
    [ref("Clinton al"), "Clinton", "person"],
    [ref("Trump so far hasn't"), "Trump", "person"],
    [ref("Ohio's junior senator, repeated claims that the deal failed"), "Ohio's junior senator", "person"],
    [ref("officials who have said", "unnamed"), "officials", "unnamed"],
    [ref("that Carson", "organisation"), "Carson", "person"],
    [ref("and the ministry", "organisation"), "the ministry", "organisation"],
    [ref("that 72 percent of voters", "unnamed"), "72 percent of voters", "unnamed"],
    [ref("Texas"), "Texas", "organisation"],
    [ref("Newsweek"), "Newsweek", "organisation"],
    [ref("IBM"), "IBM", "organisation"],
    [ref("MPs"), "MPs", "unnamed"],
    [ref("Americans"), "Americans", "unnamed"],
  ] as const)("%j → %s (%s)", (input, name, kind) => {
    const out = repairSpeaker(input);
    expect(out?.name).toBe(name);
    expect(out?.kind).toBe(kind);
  });

  it("gives a country named as a person its code", () => expect(repairSpeaker(ref("Russia"))).toEqual(ref("Russia", "organisation", null, "RU")));

  it.each([ref("Mr"), ref("If"), ref("Prime Minister"), ref("North Karnataka"), ref("the Middle East", "organisation"), ref("that almost", "unnamed")])("drops %j", (input) =>
    expect(repairSpeaker(input)).toBeNull(),
  );

  it("returns a sound speaker unchanged", () => {
    const sound = ref("Sergey Shoigu", "person", "Russian Defense Minister", "RU");
    expect(repairSpeaker(sound)).toBe(sound);
  });
});

describe("the pipeline's last-line guard", () => {
  const speakerOf = (text: string) =>
    extractArticle({ id: "t", source: null, url: null, publishedAt: "2019-05-01", title: null, text }).statements.map((s) => [s.speaker!.name, s.speaker!.kind]);

  it.each([
    ["Officials met in Raleigh, North Carolina. Trump said the talks had gone well.", [["Trump", "person"]]],
    ["The minister arrived late. Afterwards Trump said he was happy with the outcome.", [["Trump", "person"]]],
    ["The Fed raised rates, the Federal Reserve. Hawkins said that growth would slow.", [["Hawkins", "person"]]],
    ["Staff at the club then met the press. That Trump said nothing was odd.", [["Trump", "person"]]],
    ["Analysts said that the Tories would gain seats.", [["Analysts", "unnamed"]]],
  ])("%s", (text, speakers) => expect(speakerOf(text)).toEqual(speakers));
});
