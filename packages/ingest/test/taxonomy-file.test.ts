import { describe, expect, it } from "vitest";
import { shippedTaxonomy } from "@dictum/extract/topics";
import { formatProblems, readTaxonomyFile, taxonomyFile } from "../src/taxonomy/file.ts";

const problemsOf = (text: string) => {
  const read = readTaxonomyFile(text);
  if (read.ok) throw new Error("expected the file to be refused");
  return formatProblems("t.json", read.problems);
};

const file = (topics: string, scoring = `{ "minScore": 0.35, "repeatFactor": 0.25 }`) => `{\n  "scoring": ${scoring},\n  "topics": [\n${topics}\n  ]\n}\n`;
const fisheries = `    { "slug": "fisheries", "name": "Fisheries", "keywords": { "trawler": 0.8, "fishing quota*": 1 } }`;

describe("the taxonomy file", () => {
  it("reads back what an export writes (the shipped taxonomy, its note and order)", () => {
    const text = taxonomyFile({ ...shippedTaxonomy, topics: shippedTaxonomy.topics.map((t) => ({ ...t, description: t.description ?? null })) });
    const read = readTaxonomyFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.taxonomy.note).toBe(shippedTaxonomy.note);
    expect(read.taxonomy.scoring).toEqual(shippedTaxonomy.scoring);
    expect(read.taxonomy.topics.map((t) => [t.slug, t.name, t.description, t.keywords])).toEqual(shippedTaxonomy.topics.map((t) => [t.slug, t.name, t.description, t.keywords]));
    expect(taxonomyFile(read.taxonomy)).toBe(text);
  });

  it("reads a file with a new topic", () => {
    const read = readTaxonomyFile(file(fisheries));
    expect(read).toEqual({ ok: true, taxonomy: { note: null, scoring: { minScore: 0.35, repeatFactor: 0.25 }, topics: [{ slug: "fisheries", name: "Fisheries", description: null, keywords: { trawler: 0.8, "fishing quota*": 1 } }] } });
  });

  it("names the line and column of bad JSON", () => {
    expect(problemsOf(`{\n  "scoring": { "minScore": 0.35 "repeatFactor": 0.25 },\n  "topics": []\n}`)).toEqual(["t.json:2:33: bad JSON: a comma is expected (or a trailing comma is not allowed)"]);
    expect(problemsOf(file(`${fisheries},`))).toEqual([expect.stringMatching(/^t\.json:5:3: bad JSON: a value is expected/)]);
    expect(problemsOf(`// my topics\n{}`)).toEqual(["t.json:1:1: bad JSON: comments are not allowed in JSON"]);
    expect(problemsOf("")).toEqual([expect.stringMatching(/^t\.json:1:1: the file is empty/)]);
    expect(problemsOf("[]")).toEqual([expect.stringMatching(/^t\.json:1:1: the file must hold one JSON object/)]);
  });

  it("names unknown keys and where they are", () => {
    expect(problemsOf(file(`    { "slug": "fisheries", "name": "Fisheries", "keyword": { "trawler": 1 } }`))).toEqual([
      `t.json:4:49: topics[0]: unknown key "keyword" (expected "slug", "name", "description", "keywords")`,
      `t.json:4:5: topics[0] (fisheries): "keywords" is missing: { "keyword": weight, … }`,
    ]);
    expect(problemsOf(`{ "scoring": { "minScore": 0.35, "repeatFactor": 0.25, "maxTopics": 3 }, "topics": [${fisheries}], "version": 2 }`)).toEqual([
      `t.json:1:189: unknown key "version" (expected "_note", "scoring", "topics")`,
      `t.json:1:56: scoring: unknown key "maxTopics" (expected "minScore", "repeatFactor")`,
    ]);
  });

  it("refuses a topic key used twice, a key given twice and a keyword given twice", () => {
    const twice = `${fisheries},\n    { "slug": "fisheries", "name": "Fishing", "keywords": { "trawler": 1 } }`;
    expect(problemsOf(file(twice))).toEqual([`t.json:5:15: topics[1].slug: "fisheries" is already the slug of topics[0] (line 4): each topic needs its own`]);
    expect(problemsOf(file(`    { "slug": "fisheries", "name": "Fisheries", "name": "Fishing", "keywords": { "trawler": 1 } }`))).toEqual([`t.json:4:49: topics[0]: "name" is given twice (first on line 4)`]);
    expect(problemsOf(file(`    { "slug": "fisheries", "name": "Fisheries", "keywords": { "trawler": 1, "Trawler": 0.5 } }`))).toEqual([`t.json:4:77: topics[0] (fisheries).keywords: "Trawler" is given twice (as "trawler" too)`]);
  });

  it("refuses an empty keyword list, a bad keyword, a bad weight, a bad slug and bad scoring", () => {
    expect(problemsOf(file(`    { "slug": "fisheries", "name": "Fisheries", "keywords": {} }`))).toEqual([`t.json:4:61: topics[0] (fisheries).keywords: the keyword list is empty: give at least one keyword and its weight`]);
    expect(problemsOf(file(`    { "slug": "fisheries", "name": "Fisheries", "keywords": { "fish*ing": 1, "quota": -1 } }`))).toEqual([
      `t.json:4:63: topics[0] (fisheries).keywords: bad keyword: "fish*ing": "*" may only end a word (as in "sanction*")`,
      `t.json:4:87: topics[0] (fisheries).keywords["quota"]: the weight must be a number above 0 (1 = one mention is strong evidence), at most 10, not -1`,
    ]);
    expect(problemsOf(file(`    { "slug": "Fish Stocks", "name": "", "keywords": { "trawler": 1 } }`))).toEqual([
      `t.json:4:15: topics[0].slug: must be lower-case letters and digits joined by hyphens ("energy-oil"), not "Fish Stocks"`,
      `t.json:4:38: topics[0].name: must be a non-empty string, not ""`,
    ]);
    expect(problemsOf(file(fisheries, `{ "minScore": 1.5 }`))).toEqual([
      `t.json:2:28: scoring.minScore: must be a number between 0 and 1 (a topic scoring less is dropped), not 1.5`,
      `t.json:2:14: scoring.repeatFactor: is missing: a number from 0 to 1 (how much a repeated keyword adds)`,
    ]);
    expect(problemsOf(`{ "scoring": { "minScore": 0.35, "repeatFactor": 0.25 }, "topics": [] }`)).toEqual([`t.json:1:68: topics: the list is empty: give at least one topic`]);
  });
});
