import { describe, expect, it } from "vitest";
import { rows } from "../statements/helpers.ts";

/**
 * Speaker shapes read around the cue: an inverted "said" with a short noun phrase of any head, a label participle
 * continuing its sentence's speaker, "that" after a cue as a complementiser, an s-final possessive name, and a quote
 * paragraph that continues the statement before it across narration. Sentences written for these tests.
 */
describe("attribution shapes", () => {
  it.each([
    // Inverted "said" + article + noun phrase closed by a comma: the speaker, whatever its head noun.
    ["The shelling hit the market at Kafr Nabl, near the highway to the north, said a war monitor, the Britain-based observatory.", [["indirect", "a war monitor", "The shelling hit the market at Kafr Nabl, near the highway to the north"]]],
    // Negative: after a verb that takes an object the phrase is what was written, not who wrote it.
    // Negative: "said the flag was removed" is a clause, not a speaker after the cue.
    ["Tom Reed, the city's deputy manager, said the flag was removed indefinitely, not just for the week.", [["indirect", "Tom Reed", "the flag was removed indefinitely, not just for the week"]]],
    // A cue inside a relative clause on the speaker's apposition reports nothing before it.
    ["“The meeting was extremely positive,” said Paul Dorsey, a congressman who has criticized Trump.", [["direct", "Paul Dorsey", "The meeting was extremely positive,"]]],
    // A label participle after a comma speaks for its sentence's speaker, not for a pronoun before it.
    ["General Ray Odom said foreign influence was trying to sway the vote, describing it as a destabilisation campaign.", [["indirect", "Ray Odom", "foreign influence was trying to sway the vote"], ["indirect", "Ray Odom", "it as a destabilisation campaign"]]],
  ])("%#: %s", (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    // "noted that Mayor Kent had": "that" opens the clause, so the mayor is not the speaker after the cue.
    ["On Friday, the widely read Daily Ledger tabloid, published by the ruling party's press group, noted that Mayor Kent had ignored the report.", []],
    // Negative: after a verb that takes an object the phrase is what was written, not who wrote it.
    ["Senator Amy Cole, who has fought the bill for years, tweeted a warning: the vote is rigged.", ["Amy Cole"]],
    // A name in an s-final possessive ("Pedro Mendes' shot") is known by its surname later.
    ["Coach Ian Holt said his side were robbed after Pedro Mendes' shot crossed the line.\n\nMendes could not believe it after seeing a replay. He said: \"My reaction was to celebrate.\"", ["Ian Holt", "Pedro Mendes"]],
    // A quote paragraph after a statement continues it when narration stands before the next attributed quote.
    ["Coach Ian Holt said: \"We were robbed.\"\n\n\"We did not play well but a point is fine.\" Mendes could not believe it after seeing a replay. Pedro Mendes said: \"My reaction was to celebrate.\"", ["Ian Holt", "Ian Holt", "Pedro Mendes"]],
    // A role noun before a preposition heads a description: "the director at the firm" is a person, not the last body.
    ["Analysts said the format was coming. \"Support is mandatory,\" the director at the firm told the BBC.", ["Analysts", "the director at the firm"]],
    // ... but quotes with nothing between them share the later attribution.
    ["Coach Ian Holt said: \"We were robbed.\"\n\n\"It was over the line.\" \"It was a goal,\" said Pedro Mendes.", ["Ian Holt", "Pedro Mendes", "Pedro Mendes"]],
  ])("%#: %s", (text, expected) => {
    expect(rows(text).map(([, speaker]) => speaker)).toEqual(expected);
  });
});
