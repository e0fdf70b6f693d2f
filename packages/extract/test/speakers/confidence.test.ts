import { describe, expect, it } from "vitest";
import { extract } from "../statements/helpers.ts";

/** Confidence of the statement whose text starts with `opening`. */
function confidenceOf(text: string, opening: string): number | undefined {
  return extract(text).statements.find((s) => s.text.startsWith(opening))?.confidence;
}

describe("confidence follows how the speaker was found", () => {
  const article = [
    "Foreign Minister Anna Berg said the talks would resume in May.",
    "\"We are ready,\" Berg said.",
    "The minister added that no date was set.",
    "\"It will take time,\" she said.",
  ].join("\n\n");

  it.each([
    // A full name at the cue: at least 0.9.
    ["the talks would resume", 0.9, 1],
    // A surname completed from the article: below 0.9. A pronoun right after its quote ("..., she said") is
    // fitted from news-dev alone (PolNeAR does not check pronouns) and lands high; a description ("the minister")
    // is right about half the time on the tuning sets.
    ["We are ready", 0.7, 0.9],
    ["It will take time", 0.6, 1],
    ["no date was set", 0, 0.7],
  ])("%s in [%s, %s)", (opening, low, high) => {
    const c = confidenceOf(article, opening) ?? -1;
    expect(c).toBeGreaterThanOrEqual(low);
    expect(c).toBeLessThan(high);
  });

  it("ranks a name above a surname above a description", () => {
    const of = (opening: string) => confidenceOf(article, opening) ?? 0;
    const [name, surname, description] = [of("the talks would resume"), of("We are ready"), of("no date was set")] as const;
    expect(name).toBeGreaterThan(surname);
    expect(surname).toBeGreaterThan(description);
  });
});
