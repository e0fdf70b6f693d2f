import { describe, expect, it } from "vitest";
import { tagTopics, topicTaxonomy } from "../src/topics/index.ts";

const slugs = (text: string) => tagTopics(text).map((t) => t.slug);

describe("tagTopics", () => {
  it.each([
    ["there are still sanctions banning the import of oil products to Syria", ["sanctions", "energy-oil"]],
    ["they are holding talks with all the countries neighboring Afghanistan on creating some logistical centers and bases for pulling out equipment from there, and of course, establishing centers that could admit refugees", ["military-presence", "refugees-migration", "troop-withdrawal"]],
    ["Russia is determined to make progress on the line of engagement", ["armed-conflict"]],
    ["We will hold the election either late or early.", ["elections"]],
    ["We are treating it as a domestic terrorism case, and we're going to do what we do to terrorists in this country", ["terrorism"]],
    ["the Bundesbank would only intervene after a fall below 1.75 marks", []],
    ["Corona is not a virus, but avatar for the protection of poor creatures", ["health-epidemics"]],
    ["the U.S. And Japan were on the verge of a serious trade conflict", ["trade"]],
    ["Iran must stop enriching uranium and dismantle its nuclear weapons programme", ["nuclear-weapons"]],
    ["a federal-level emergency following a fuel oil spill in the Black Sea", ["climate-environment"]],
  ])("%s", (text, expected) => {
    expect(slugs(text)).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(slugs(text)).toEqual([]);
  });

  it("scores in [0, 1], best first, stronger evidence scoring higher", () => {
    const topics = tagTopics("sanctions, more sanctions, an embargo and an asset freeze on oil exports");
    for (const t of topics) expect(t.score).toBeGreaterThan(0);
    for (const t of topics) expect(t.score).toBeLessThanOrEqual(1);
    expect(topics.map((t) => t.score)).toEqual([...topics.map((t) => t.score)].sort((a, b) => b - a));
    expect(topics[0]!.slug).toBe("sanctions");
    expect(tagTopics("new sanctions")[0]!.score).toBeLessThan(topics[0]!.score);
  });

  it("does not read prefixes into unrelated words", () => {
    expect(slugs("according to the report, it is important")).toEqual([]);
  });

  it("exports a taxonomy with unique slugs, names and descriptions", () => {
    const all = topicTaxonomy.map((t) => t.slug);
    expect(new Set(all).size).toBe(all.length);
    for (const t of topicTaxonomy) {
      expect(t.name.length).toBeGreaterThan(2);
      expect(t.description.length).toBeGreaterThan(10);
      expect(Object.keys(t.keywords).length).toBeGreaterThan(3);
    }
  });
});
