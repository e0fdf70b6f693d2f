import { describe, expect, it } from "vitest";
import { extractArticle, type StageName } from "../../src/index.ts";

const text = `WASHINGTON (Reuters) - "We will not leave our allies alone," the minister told reporters. Officials said the talks had stalled.`;
const article = { id: "explain", source: "Reuters", url: null, publishedAt: "2024-03-05", title: null, text };

describe("stage observer", () => {
  it("hears every stage once, in order, and changes nothing in the result", () => {
    const heard: [StageName, string[]][] = [];
    const explained = extractArticle(article, undefined, undefined, (stage, lines) => heard.push([stage, lines]));
    expect(explained).toEqual(extractArticle(article));
    expect(heard.map(([stage]) => stage)).toEqual([
      "dateline", "article day", "language", "document", "cues", "reported speech", "direct quotes", "transcript turns",
      "filters", "continuations", "speakers", "statements",
    ]);
    const lines = Object.fromEntries(heard);
    expect(lines["article day"]).toEqual(["2024-03-05 (from the record)"]);
    expect(lines.cues!.some((line) => line.includes('"told"'))).toBe(true);
    expect(lines.statements).toHaveLength(explained.statements.length);
  });

  it("stops after the language for an article it does not read", () => {
    const heard: StageName[] = [];
    extractArticle({ ...article, text: "Министр обороны России заявил журналистам, что переговоры зашли в тупик." }, undefined, undefined, (stage) => heard.push(stage));
    expect(heard).toEqual(["dateline", "article day", "language"]);
  });
});
