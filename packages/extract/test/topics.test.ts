import { describe, expect, it } from "vitest";
import { tagTopics, topicTaxonomy } from "../src/topics/index.ts";

const slugs = (text: string) => tagTopics(text).map((t) => t.slug);

describe("tagTopics", () => {
  it.each([
    // sentences written for these tests
    ["an embargo on oil exports to Venezuela remains in force", ["sanctions", "energy-oil"]],
    ["they are discussing bases in neighbouring countries to pull out equipment and shelter refugees after the troop withdrawal", ["military-presence", "refugees-migration", "troop-withdrawal"]],
    ["artillery shelling along the front line continued overnight", ["armed-conflict"]],
    ["We will call the election in the spring.", ["elections"]],
    ["Police are treating the stabbing as a terrorist attack", ["terrorism"]],
    ["the museum will reopen after the summer holidays", []],
    ["The virus is spreading faster than the vaccine campaign", ["health-epidemics"]],
    ["Washington and Tokyo were close to a trade war over car tariffs", ["trade"]],
    ["Iran must stop enriching uranium and dismantle its nuclear weapons programme", ["nuclear-weapons"]],
    ["the tanker ran aground and an oil spill closed the beaches", ["climate-environment"]],
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
