import { describe, expect, it } from "vitest";
import { compileTaxonomy, keywordError, tagTopics, topicTagger, topicTaxonomy, type TopicTaxonomy } from "../src/topics/index.ts";
import { enrichersWithTaxonomy, extractArticle, type Enrichers } from "../src/index.ts";

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
      expect(t.description?.length ?? 0).toBeGreaterThan(10);
      expect(Object.keys(t.keywords).length).toBeGreaterThan(3);
    }
  });
});

describe("a taxonomy passed in as data", () => {
  const taxonomy: TopicTaxonomy = {
    scoring: { minScore: 0.35, repeatFactor: 0.25 },
    topics: [
      { slug: "fisheries", name: "Fisheries", keywords: { "fishing quota*": 1, trawler: 0.8, "fish*": 0.3 } },
      { slug: "sanctions", name: "Sanctions", keywords: { "sanction*": 1 } },
    ],
  };

  it("tags with its topics and keywords only", () => {
    const tag = topicTagger(taxonomy);
    expect(tag("the trawler exceeded its fishing quotas again").map((t) => t.slug)).toEqual(["fisheries"]);
    expect(tag("new sanctions on the oil trade").map((t) => t.slug)).toEqual(["sanctions"]);
    // oil is a shipped keyword, not one of this taxonomy's
    expect(tag("oil and gas prices rose")).toEqual([]);
    expect(tagTopics("oil and gas prices rose").map((t) => t.slug)).toContain("energy-oil");
  });

  it("scores by its own scoring", () => {
    const strict = topicTagger({ ...taxonomy, scoring: { minScore: 0.9, repeatFactor: 0.25 } });
    expect(topicTagger(taxonomy)("a trawler").map((t) => t.slug)).toEqual(["fisheries"]);
    expect(strict("a trawler")).toEqual([]);
  });

  it("extractArticle tags the statements from the taxonomy it is given", () => {
    const article = { id: "t", source: null, url: null, title: null, publishedAt: "2024-05-02", text: "The minister said the trawler had ignored the fishing quotas set in March." };
    const topicsOf = (enrichers?: Enrichers) => extractArticle(article, enrichers).statements.flatMap((s) => s.topics.map((t) => t.slug));
    expect(topicsOf(enrichersWithTaxonomy(taxonomy))).toEqual(["fisheries"]);
    expect(topicsOf()).not.toContain("fisheries");
  });

  it("explains a keyword the tagger cannot use", () => {
    expect(keywordError("sanction*")).toBeNull();
    expect(keywordError("asset freeze*")).toBeNull();
    expect(keywordError("  ")).toMatch(/empty/);
    expect(keywordError("sanc*tion")).toMatch(/may only end a word/);
    expect(keywordError("oil **")).toMatch(/may only end a word|no letters/);
    expect(keywordError("!!!")).toMatch(/no letters or digits/);
    expect(() => compileTaxonomy({ ...taxonomy, topics: [{ slug: "x", name: "X", keywords: { "?": 1 } }] })).toThrow(/bad keyword "\?" in x/);
  });
});
