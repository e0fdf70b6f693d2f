import { describe, expect, it } from "vitest";
import { rows } from "../statements/helpers.ts";

const speakers = (text: string) => rows(text).map(([, speaker]) => speaker);

/** Speaker names never cross a sentence end, start on a function word, or end on a particle. */
describe("speaker name boundaries", () => {
  it.each([
    // A capitalised run over a full stop: the name is what follows it.
    ["The envoy flew back from Benghazi. Bob Marsh met him there.\n\nMarsh said the talks had stalled.", ["Bob Marsh"]],
    ["Voters lined up in Reno. Tina Cole was among them.\n\n\"We waited for hours,\" Cole said.", ["Tina Cole"]],
    // A sentence-initial preposition or adverb is no part of the name.
    ["Like Donald Trump, the mayor said the plan would fail.", ["the mayor"]],
    ["Afterwards Maria Ortiz told reporters the vote was fair.\n\nOrtiz said she would appeal.", ["Maria Ortiz", "Maria Ortiz"]],
    ["Even Lindsey Graham said the bill was dead.\n\nGraham said he would vote against it.", ["Lindsey Graham", "Lindsey Graham"]],
    // "that" before a name is a complementiser or relative pronoun.
    ["The report described the rallies that Obama said were the largest of the year.", ["Obama"]],
    // "and" joins two names or two roles, not a clause to the next subject.
    ["One voter said prices had doubled and several said they would stay home.", ["One voter", "several"]],
    ["Officials and experts said the dam was safe.", ["Officials and experts"]],
    // Plural abbreviated titles.
    ["Sens. Robert Hale and Jim Polk met the envoy.\n\nSens. Robert Hale said the deal was bad.", ["Robert Hale"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text as string)).toEqual(expected);
  });
});
