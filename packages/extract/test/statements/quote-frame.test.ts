import { describe, expect, it } from "vitest";
import { rows } from "./helpers.ts";

/**
 * A quote that opens its sentence and ends on a comma is attributed by the clause after it, whatever its verb.
 * Sentences written for these tests, in shapes polnear/train shows ("…," an angry Hollande retaliated).
 */
describe("a quote framed by a verb no lexicon lists", () => {
  it.each([
    ["Mayor Tom Lee said the race was close.\n\n\"The city will always be the city,\" an angry Rita Gomez retaliated. \"It never gives up.\"",
      [["direct", "Rita Gomez", "The city will always be the city,"], ["direct", "Rita Gomez", "It never gives up."]]],
    ["Mayor Tom Lee said the race was close.\n\n\"You know, it happens, right?\" Gomez went on, smiling. \"But you have to get over it.\"",
      [["direct", "Gomez", "You know, it happens, right?"], ["direct", "Gomez", "But you have to get over it."]]],
    // A title in lower case before the name belongs to the attribution.
    ["Mayor Tom Lee said the race was close.\n\n\"We can call this race right now,\" election law expert Ana Ruiz tweeted Monday.",
      [["direct", "Ana Ruiz", "We can call this race right now,"]]],
    ["Mayor Tom Lee said the race was close.\n\n\"It is over for him,\" screenwriter Paul Dane wrote on Twitter.",
      [["direct", "Paul Dane", "It is over for him,"]]],
  ])("%#: %s", (text, expected) => {
    expect(rows(text).slice(1)).toEqual(expected);
  });

  it("leaves a quoted name with narration after it alone", () => {
    const found = rows("Mayor Tom Lee said the race was close.\n\n\"Operation Storm,\" the army's plan, failed within a week.");
    expect(found.map(([, , text]) => text)).not.toContain("Operation Storm,");
  });
});
