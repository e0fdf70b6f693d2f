import { describe, expect, it } from "vitest";
import { speakers } from "../statements/helpers.ts";

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
    // The subject of the sentence right before wins over the speaker who spoke earlier in the same paragraph.
    ["Chancellor Gordon Brown said the cuts were needed.\n\nThe chancellor has said that the cuts will pay for teachers. Piers Freelove is a benefit officer in Cardiff. He said: \"Most people stayed at home.\"", ["Gordon Brown", "Gordon Brown", "Piers Freelove"]],
    // A person the last statement's own content names is not who "he" means next.
    ["Labour's Alan Milburn said the Tories were in turmoil because Mr Flight had exposed their plans. The comments were not a one-off, he said.", ["Alan Milburn", "Alan Milburn"]],
    // An apposition after a comma is no subject; a name after an adverb and before a verb is.
    ["Candidate Sviatlana Tsikhanouskaya spoke about amendments issued by the current president, Alexander Lukashenko. She said she needed support.", ["Sviatlana Tsikhanouskaya"]],
    ["Mayor Lena Hart said the plan was ready.\n\nOn Monday, Governor Tom Pike angrily rejected the plan. He said it was too costly.", ["Lena Hart", "Tom Pike"]],
    // A dateline in capitals is not a person.
    ["DEIR AL-ZOR, Syria (Reuters) - The army commander predicted the militants would soon be gone. The fight will end soon, he told Reuters.", ["The army commander"]],
    // Gender the text states: "he" skips a woman it calls "Ms" or "spokeswoman", "she" a man it calls "Mr".
    ["Omar Haddad, a former envoy, attended the summit.\n\nMs Tan said the talks had stalled. They were a failure, he said.", ["Tan", "Omar Haddad"]],
    ["Maria Vega chairs the panel.\n\nMr Osei said the report was late. It would come in May, she said.", ["Osei", "Maria Vega"]],
    ["Paul Lang runs the port.\n\nSpokeswoman Clara Dunn said the cranes were idle. The strike would end soon, he said.", ["Clara Dunn", "Paul Lang"]],
    // Negative: where the text states no gender, the reading is as before.
    ["Omar Haddad, a former envoy, attended the summit.\n\nLin Tan said the talks had stalled. They were a failure, he said.", ["Lin Tan", "Lin Tan"]],
    // "they"/"it" after narration whose subject is a plural source or a body or place: that subject.
    ["The ministry said it would respond.\n\nAuthorities in Chad summoned the envoy on Monday. They said the ban was wrong.", ["The ministry", "Authorities in Chad"]],
    ["The ministry said the talks were over. China has pushed its own pact, although it has said other countries may join.", ["The ministry", "China"]],
    // Negative: a plural subject that is no source leaves "they" to the speakers so far.
    ["Officials said the bridge was closed.\n\nThe roads were empty, they said.", ["Officials", "Officials"]],
    // Negative: a noun that names a member of Object's prototype is a noun, not a pronoun.
    ["The constructor said the bridge was safe.\n\n\"It will hold,\" the constructor said.", ["The constructor", "The constructor"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
