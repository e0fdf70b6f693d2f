import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/index.ts";

// A wire story written for this test in the shape of a TASS dispatch: an indirect lead, quotes attributed by a
// description and a pronoun, "According to X", "He noted that". The seed article's exact gold results are scored by
// `npm run eval`, not here.
const text = ` date 2023-03-14 ASTANA, March 14. /TASS/. Europe is trying to draw Central Asia away from its neighbours, Kazakh Foreign Minister Murat Nurtleu told reporters on Tuesday.

"Brussels promised a great deal to our region. Very little of it has arrived," the minister said.

According to Nurtleu, Kazakhstan will keep talking with all its partners, including China and Turkey. He noted that the railway to the Caspian ports would be finished next year.

"We are not choosing sides," he stressed.`;

describe("a whole article", () => {
  const result = extractArticle({ id: "written-1", text, publishedAt: "2023-03-14", title: null, url: null, source: "TASS" });

  it("finds the lead, both quotes and both reported clauses, in order", () => {
    expect(result.statements.map((s) => [s.kind, s.text])).toEqual([
      ["indirect", "Europe is trying to draw Central Asia away from its neighbours"],
      ["direct", "Brussels promised a great deal to our region. Very little of it has arrived,"],
      ["indirect", "Kazakhstan will keep talking with all its partners, including China and Turkey"],
      ["indirect", "the railway to the Caspian ports would be finished next year"],
      ["direct", "We are not choosing sides,"],
    ]);
  });

  it("resolves the description, the surname and the pronoun to the named minister", () => {
    for (const s of result.statements) expect(s.speaker).toMatchObject({ name: "Murat Nurtleu", title: "Kazakh Foreign Minister", kind: "person" });
  });

  it("finds the places a statement names and the dateline", () => {
    expect(result.statements[2]!.places.map((p) => p.countryCode).sort()).toEqual(["CN", "KZ", "TR"]);
    expect(result.dateline).toMatchObject({ name: "Astana", countryCode: "KZ" });
  });

  it("dates statements by the article and keeps offsets exact", () => {
    for (const s of result.statements) {
      expect(s.saidOn).toBe("2023-03-14");
      expect(text.slice(s.start, s.end)).toBe(s.text);
      // A resolved speaker never has confidence 0; a description ("the minister") is fitted near 0.5.
      expect(s.confidence).toBeGreaterThan(0.3);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});
