import { describe, expect, it } from "vitest";
import { speakers } from "../statements/helpers.ts";

/** Organisations in coreference: named bodies, "it" and "they", and a person's surname beside a body named after them. Sentences written for these tests. */
describe("bodies in coreference", () => {
  it.each([
    // A body noun after a name is that named body, not a description of the last source ("experts").
    ["Some experts say the president holds the reins. The chancellor is weaker than ever, the Rhein Kurier newspaper said on Wednesday.", ["Some experts", "the Rhein Kurier newspaper"]],
    // "it" is the latest organisation, not a plural group that spoke since.
    ["Thirty of the party's lawmakers opposed the coalition, the Morgenblatt newspaper reported on Wednesday. It said the finance minister also favoured the deal.", ["the Morgenblatt newspaper", "the Morgenblatt newspaper"]],
    // "they" is still the latest group.
    ["The Harbour Authority said the port would reopen. Federal and state officials said the program had grown. They said it should be reformed.", ["The Harbour Authority", "Federal and state officials", "Federal and state officials"]],
    // A surname the article gives in full is the person, even after a body named after him.
    ["Donald Trump spoke in Ohio. The Trump campaign said the rally was full.\n\n\"The tax laws are unfair,\" Trump said Monday.", ["The Trump campaign", "Donald Trump"]],
    // "it" after a narration sentence whose subject is a body means that body, not the body that spoke before.
    ["The Senate said the bill would pass.\n\nThe Congressional Budget Office found that 14 million people would lose insurance. It said costs would rise.", ["The Senate", "The Congressional Budget Office"]],
    // Negative: with a statement in between, "it" is still the body that spoke.
    ["The Senate said the bill would pass. The Budget Office met on Monday, Reuters said. It said costs would rise.", ["The Senate", "Reuters", "Reuters"]],
    // A generic description means the body that spoke last only when that body is of its kind.
    ["The Interior Ministry said two officers were hurt.\n\nThe paper said the march had been peaceful.", ["The Interior Ministry", "The paper"]],
    ["The Joint Council for Migrants said the rules were unfair.\n\nThe committee said the rules broke the law.", ["The Joint Council for Migrants", "The committee"]],
    ["The Morning Courier said the mayor would resign. The paper said he had lost the council's trust.", ["The Morning Courier", "The Morning Courier"]],
    ["The Daily Ledger said the harvest had failed. The press said prices would rise.", ["The Daily Ledger", "The press"]],
    ["The Emergencies Ministry said the fire was out. The agency said 40 people had been rescued.", ["The Emergencies Ministry", "The Emergencies Ministry"]],
    // Negative: a lone word that opens a body's name, with no person of that name, is the body ("Ford" after "Ford Motor Co").
    ["Ford Motor Co said sales rose. Ford said it would hire 500 workers.", ["Ford Motor Co", "Ford Motor Co"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
