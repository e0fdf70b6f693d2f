import { describe, expect, it } from "vitest";
import { speakers } from "../statements/helpers.ts";

/** Speaker names never cross a sentence end, start on a function word, or end on a particle. */
describe("speaker name boundaries", () => {
  it.each([
    // A capitalised run over a full stop: the name is what follows it.
    ["The envoy flew back from Benghazi. Bob Marsh met him there.\n\nMarsh said the talks had stalled.", ["Bob Marsh"]],
    ["Voters lined up in Reno. Tina Cole was among them.\n\n\"We waited for hours,\" Cole said.", ["Tina Cole"]],
    // A relative clause or "familiar with" phrase between the speaker and the cue; tickers after a company.
    ["The envoy will move to Berlin, a State Department official who spoke on condition of anonymity said on Friday.", ["a State Department official"]],
    ["The draft was not new, a source familiar with the government's thinking said on Tuesday.", ["a source familiar with the government's thinking"]],
    ["Acme Motors NV (ACM.MI) (ACMU.N) said tariffs would force it to close plants.", ["Acme Motors NV"]],
    // A lower-case title after an inverted cue, before the name; a spaced dash sets off a parenthesis.
    ["\"Prices will stay high,\" said energy analyst Rosa Lind of Nordbank.", ["Rosa Lind"]],
    ["\"We will watch the yen closely,\" said economy minister Kenji Arai.", ["Kenji Arai"]],
    ["Mr Vogt - himself a former executive at rival Volta - said the new model was the best.", ["Vogt"]],
    // A capitalised modifier and a lower-case title before the name: the name speaks, not the modifier.
    ["\"He is a longtime friend,\" said Clinton ally Jane Marlow.", ["Jane Marlow"]],
    ["\"This is the first time,\" said Clinton’s top foreign policy aide Jack Sutter.", ["Jack Sutter"]],
    ["\"They are so frustrated,\" said Oversight ranking Democrat Eli Cole (D-Md.).", ["Eli Cole"]],
    ["\"It is over,\" said Trump in an interview with Fox News.", ["Trump"]],
    ["\"Anyone who breaks the law puts us at risk,\" said Cruz constituent Dale Rourke when asked about the bill.", ["Dale Rourke"]],
    // A time adverbial of three words between the subject and the cue ("on Thursday evening").
    ["Party spokesman Tom Reyes on Thursday evening said the party was not in crisis, and urged that members stay calm.", ["Tom Reyes", "Tom Reyes"]],
    // An acronym in capitals before a full name is the person's employer, not part of the name.
    ["The chief executive of aerospace group AVX Pierre Lamy is to leave his post. Mr Lamy said he would go in May.", ["Pierre Lamy"]],
    // Lower-case modifiers of a role with a body's name before them belong to the phrase; an attribution never
    // reaches back over a paragraph break.
    ["\"There is a pattern here\", Leeds City University criminology professor Dan Wills told the press. \"Increasingly what we are seeing is attackers who wear fake vests.\"\n\nStanford political science professor Jane Orr said the vote was close.", ["Dan Wills", "Dan Wills", "Jane Orr"]],
    // A parenthesis after the name closes inside the phrase.
    ["\"We lost,\" said Rep. Stephen Lyle (D-Mass.).", ["Stephen Lyle"]],
    // Negative: "said of X" and "said in his office" are no titles before a name.
    ["\"He is doing his own thing,\" Tom Reed, the party chairman, said of Mr. Rubio.", ["Tom Reed"]],
    // "said the 46-year-old" after a person just named; "privy to" like "familiar with", but not over a verb.
    ["The singer Mara Velt spoke at the convention. \"He is an amazing leader,\" said the 46-year-old.", ["Mara Velt"]],
    ["Republicans back the delay, but sources privy to the talks say the leaders insisted on acting now.", ["sources privy to the talks"]],
    // An Arabic article joined to a surname ("al-", "el-") is part of the name.
    ["The mayor said the road was open. In Basra, cleric Hassan al-Amiri said the ban was unjust. \"It is arrogance,\" he said.", ["The mayor", "Hassan al-Amiri", "Hassan al-Amiri"]],
    // A sentence-initial preposition or adverb is no part of the name.
    ["Like Donald Trump, the mayor said the plan would fail.", ["the mayor"]],
    ["Afterwards Maria Ortiz told reporters the vote was fair.\n\nOrtiz said she would appeal.", ["Maria Ortiz", "Maria Ortiz"]],
    ["Even Lindsey Graham said the bill was dead.\n\nGraham said he would vote against it.", ["Lindsey Graham", "Lindsey Graham"]],
    // "that" before a name is a complementiser or relative pronoun.
    ["The report described the rallies that Obama said were the largest of the year.", ["Obama"]],
    // "and" joins two names or two roles, not a clause to the next subject.
    ["One voter said prices had doubled and several said they would stay home.", ["One voter", "several"]],
    ["Officials and experts said the dam was safe.", ["Officials and experts"]],
    // A phrase ending a restrictive relative clause is its object: the speaker is the noun the clause qualifies.
    ["Democrats who backed the accord said the extension did not violate it.", ["Democrats"]],
    ["The company that built the bridge said it was safe.", ["The company"]],
    // A complementiser "that" after a listener is no relative pronoun.
    ["He told Reuters that on Monday the minister said talks would resume.", ["the minister"]],
    // Right after the pronoun the phrase is the relative clause's own subject, and the speaker.
    ["The army shelled a town that rebel commanders have said is their stronghold.", ["rebel commanders"]],
    // Apostrophes lost to a space ("Turkey s military", as one Reuters corpus ships them) still make possessives.
    ["Separately, Turkey s military said it carried out an air strike.", ["Turkey’s military"]],
    ["The court ordered a recount, Prime Minister Haider al-Abadi s office said.", ["Prime Minister Haider al-Abadi’s office"]],
    // "within" ties a body to the sources in it.
    ["Sources within the Conservative Party told reporters the leader had always backed the plan.", ["Sources within the Conservative Party"]],
    // An apposition chain after a person's name: the name is the speaker, not the firm in the first apposition.
    ["Matthew Prince, chief executive of CloudFlare, a San Francisco company, said the sites were pro-Kurdish.", ["Matthew Prince"]],
    // After a courtesy title a role word is a surname.
    ["Matthew Prince runs CloudFlare.\n\n\"It is risky,\" Mr. Prince said.", ["Mr. Prince"]],
    ["\"People remembered this piece,\" Mr. Singer said.", ["Mr. Singer"]],
    // Commas inside a relative clause set off no asides: the speaker stands before the clause, not a place in it.
    ["Marco Rubio, whose hometown, Miami, is projected to be underwater, argues that the plan will destroy the economy.", ["Marco Rubio"]],
    // A place closing the phrase is whom the speaker works for; an office of a place before a name is a title.
    ["Lawyers for the United States on Monday urged jurors to allow the seizure.", ["Lawyers for the United States"]],
    ["Prime Minister Igor Matovic of the Slovak Republic said he had tested positive.", ["Igor Matovic"]],
    ["U.S. Secretary of State Rex Tillerson said the talks would go on.", ["Rex Tillerson"]],
    // An aside that is a clause about the speaker is no part of the name.
    ["The chancellor, speaking during a tour of Africa, said the debt would be cancelled.", ["The chancellor"]],
    // Plural abbreviated titles.
    ["Sens. Robert Hale and Jim Polk met the envoy.\n\nSens. Robert Hale said the deal was bad.", ["Robert Hale"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text as string)).toEqual(expected);
  });
});
