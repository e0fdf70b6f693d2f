import { describe, expect, it } from "vitest";
import { rows } from "../statements/helpers.ts";

const speakers = (text: string) => rows(text).map(([, speaker]) => speaker);

describe("pronouns", () => {
  it.each([
    // "he" after a person named in its own paragraph, when the last speaker spoke a paragraph before.
    ["Opposition leader Mark Bell said the cuts were wrong.\n\nHe added that \"we will reverse them.\"\n\nBut Ortega rejected that. Rather, he said the budget would balance.\n\nFinance Minister Luis Ortega spoke in parliament.", ["Mark Bell", "Mark Bell", "Luis Ortega"]],
    // "it" after a one-word company name that just spoke.
    ["Analysts at Dresdner Bank said the dollar would fall.\n\n\"It is hard to see a recovery,\" Barclays said.\n\nIt added that rates would stay high.", ["Analysts at Dresdner Bank", "Barclays", "Barclays"]],
    // "they" is the plural subject of its own sentence, not the body that spoke last.
    ["Police said the gunman surrendered.\n\nState prosecutors charged the suspect with murder, they said on Sunday.", ["Police", "State prosecutors"]],
    // A name written only as a possessive ("Prime Minister Oleksiy Honcharuk's offer") completes the surname later.
    ["President Anna Vogel declined Prime Minister Oleksiy Honcharuk's offer to resign.\n\nHoncharuk filed his resignation on Wednesday. He said the president had his full trust.", ["Oleksiy Honcharuk"]],
    // A title-case headline running into a possessive does not lengthen the name.
    ["City Council Votes To Condemn Donald Trump's Remarks\n\nThe council voted 6-1. Trump called for a ban on new visas.", ["Donald Trump"]],
    // Of the people the sentence before names, its subject: not the one cast "as Becky Sharp".
    ["Director Mira Nair said she loved the novel.\n\n\"It was a gift,\" Nair said of the book.\n\nNair also defended her decision to cast the actress Reese Witherspoon as Becky Sharp. \"I cast intuitively,\" she said.", ["Mira Nair", "Mira Nair", "Mira Nair"]],
    // A name a preposition governs still counts when its sentence names no subject person.
    ["Coach Tom Harris said the team was ready.\n\nThe committee held a hearing for Senator Jeff Sessions, a backer of Donald Trump. He said he had no information about the matter.", ["Tom Harris", "Jeff Sessions"]],
    // Negative: a plural subject that is no source leaves "they" to the speakers so far.
    ["Officials said the bridge was closed.\n\nThe roads were empty, they said.", ["Officials", "Officials"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
