/**
 * Targets beyond the cue's own object, on sentences written for these tests (never the scored gold sentences):
 * what "it" stands for, blame laid in the words, praise and reproach of an actor or an act, a merit shown, a
 * passive label's subject, names opening a warned clause (less the speaker's own country), and appeals made in
 * the first person. Each rule has its hard and negative cases: negation, a third party's stance reported, questions.
 */
import { describe, expect, it } from "vitest";
import { stanceOf, type Case } from "./read-stance.ts";

const CASES: Case[] = [
  // "it" is what it stands for: the nearest full mention with a common noun as its head, an act's author first.
  ["a label given to 'it'", 'The senator questioned the governor\'s plan. She called it "a disgrace."', "a disgrace.", "CRITICISES", ["the governor"]],
  ["'it' in the words", 'The council approved the new budget on Monday. "It is sound and sensible," the mayor said.', "It is sound and sensible,", "SUPPORTS", ["the new budget"]],
  ["'it' that has failed", '"This is a bold reform, but it has failed," the critic said.', "This is a bold reform, but it has failed,", "CRITICISES", ["a bold reform"]],
  ["'he' is not guessed", 'The coach spoke after the match. "He is brave," she said.', "He is brave,", "SUPPORTS", []],
  ["not the cue's own subject", 'The minister presented the plan. Opposition leader Ann Vale called it "a sham."', "a sham.", "CRITICISES", ["the plan"]],
  ["a label in the words beats a guess", 'He spoke for an hour. The union leader called it "a reckless budget."', "a reckless budget.", "CRITICISES", ["a reckless budget"]],

  ["'she' is the nearest name", 'The senator attacked Governor Ruth Diaz. "She is a disgrace," he said.', "She is a disgrace,", "CRITICISES", ["Governor Ruth Diaz"]],
  ["'he' is not the name that introduces the words", 'Mayor Tom Hale said: "He ignored the rules, and he is a coward."', "He ignored the rules, and he is a coward.", "CRITICISES", []],
  ["an act names its author", '"The ministry\'s decision was a mistake," the senator said.', "The ministry's decision was a mistake,", "CRITICISES", ["The ministry"]],
  ["a label's object by its author", 'The spokesman called the statement by the Polish minister "a provocation".', "a provocation", "CRITICISES", ["the Polish minister"]],

  // Blame laid in the speaker's own words.
  ["X is to blame", '"The regulators are to blame for this crisis," the senator said.', "The regulators are to blame for this crisis,", "CRITICISES", ["The regulators"]],
  ["the blame lies with X", '"The blame lies with the airline," he said.', "The blame lies with the airline,", "CRITICISES", ["the airline"]],
  ["X's fault", '"It is Kyiv\'s fault that the talks stalled," the spokesman said.', "It is Kyiv's fault that the talks stalled,", "CRITICISES", ["Kyiv"]],
  ["we blame X", '"We blame the management for the strike," the union said.', "We blame the management for the strike,", "CRITICISES", ["the management"]],
  ["responsible for a harm", "The spokesman said the rebels were responsible for the shelling of the market.", "the rebels were responsible for the shelling of the market", "CRITICISES", ["the rebels"]],
  ["responsible for no harm", "The spokesman said the council was responsible for road safety.", "the council was responsible for road safety", "NEUTRAL", []],
  ["not responsible", "The spokesman said the army was not responsible for the explosion.", "the army was not responsible for the explosion", "NEUTRAL", []],
  ["not doing enough", '"The league is not doing enough to stop racism," the player said.', "The league is not doing enough to stop racism,", "CRITICISES", ["The league"]],
  ["the subject past an auxiliary", "The union leader said the management had betrayed the workers.", "the management had betrayed the workers", "CRITICISES", ["the management"]],
  ["negated blame", '"The pilots are not to blame," the airline said.', "The pilots are not to blame,", "NEUTRAL", []],
  ["blame asked about", '"Is the mayor to blame?" the reporter asked.', "Is the mayor to blame?", "NEUTRAL", []],
  ["blame reported", "The minister said the opposition had blamed the police for the riots.", "the opposition had blamed the police for the riots", "NEUTRAL", []],

  // Praise and reproach of an actor or an act; a merit shown.
  ["thanks to a comma list, each", "The mayor thanked the nurses, cleaners and drivers for their work.", "the nurses, cleaners and drivers for their work", "SUPPORTS", ["the nurses", "cleaners", "drivers"]],
  ["two nouns joined, one group", '"I thank the doctors and nurses of this hospital," the minister said.', "I thank the doctors and nurses of this hospital,", "SUPPORTS", ["the doctors and nurses of this hospital"]],
  ["grateful to Y", '"We are grateful to the Norwegian government for its help," the premier said.', "We are grateful to the Norwegian government for its help,", "SUPPORTS", ["the Norwegian government"]],
  ["a merit shown", '"The minister has shown real leadership in this crisis," he said.', "The minister has shown real leadership in this crisis,", "SUPPORTS", ["The minister"]],
  ["a merit not shown", '"The minister has not shown any leadership," he said.', "The minister has not shown any leadership,", "CRITICISES", ["The minister"]],
  ["a reproachful adjective", '"This is a misguided policy," the senator said.', "This is a misguided policy,", "CRITICISES", ["a misguided policy"]],
  ["a predicate of reproach", '"The plan is absurd," she said.', "The plan is absurd,", "CRITICISES", ["The plan"]],
  ["reproach of no one", '"It was a ridiculous atmosphere," the fan said.', "It was a ridiculous atmosphere,", "NEUTRAL", []],
  ["what a general word is about", '"The absurd thing about this budget is its timing," he said.', "The absurd thing about this budget is its timing,", "CRITICISES", ["this budget"]],
  ["a passive label", "The new budget proposed by the cabinet was described by analysts as prudent and fair.", "prudent and fair", "SUPPORTS", ["The new budget"]],
  ["negated praise of an act", '"It is not a wise decision," the mayor said.', "It is not a wise decision,", "NEUTRAL", []],

  // A warning, a complaint or a demand aimed at the names that open its clause.
  ["a warned clause, the speaker's country left out", "Japanese Finance Minister Taro Aso warned that China and Japan were drifting toward a trade war.", "China and Japan were drifting toward a trade war", "WARNS", ["China"]],
  ["a complaint about a country", "The envoy complained that Russia had ignored the agreement.", "Russia had ignored the agreement", "CRITICISES", ["Russia"]],
  ["a clause about no one named", "The central bank warned that prices would rise again.", "prices would rise again", "WARNS", []],
  ["a negated warning", "The minister did not warn that Russia was preparing an attack.", "Russia was preparing an attack", "NEUTRAL", []],
  ["a denial aims at the claimant, not the clause", "The Kremlin denied that Russia had sent troops.", "Russia had sent troops", "DENIES", []],
  ["a dotted abbreviation keeps its dot", "The French minister warned that the U.S. and Britain would pay a price.", "the U.S. and Britain would pay a price", "WARNS", ["the U.S.", "Britain"]],

  // More of the shapes news reports take.
  ["bears responsibility for a harm", '"Washington bears full responsibility for the escalation," the ambassador said.', "Washington bears full responsibility for the escalation,", "CRITICISES", ["Washington"]],
  ["too slow", '"The central bank has been too slow to act," the economist said.', "The central bank has been too slow to act,", "CRITICISES", ["The central bank"]],
  ["an insult, its author", "The union said the management's offer was an insult to the workers.", "the management's offer was an insult to the workers", "CRITICISES", ["the management"]],
  ["claims called absurd are denied", '"These accusations are absurd," the spokesman said.', "These accusations are absurd,", "DENIES", []],
  ["claims made by Y rejected", "The spokesman rejected the claims made by the Dutch government.", "the claims made by the Dutch government", "DENIES", ["the Dutch government"]],
  ["the decision of Y", '"We fully support the decision of the Indian government," the envoy said.', "We fully support the decision of the Indian government,", "SUPPORTS", ["the Indian government"]],
  ["the families of Y stay", '"We send our condolences to the families of the miners," he said.', "We send our condolences to the families of the miners,", "SUPPORTS", ["the families of the miners"]],
  ["two determined phrases", '"Thank you to the firefighters and the police," the governor said.', "Thank you to the firefighters and the police,", "SUPPORTS", ["the firefighters", "the police"]],
  ["warned Y that", "The ministry warned the United States that it would respond to any provocation.", "it would respond to any provocation", "WARNS", ["the United States"]],
  ["a condition names whom a warning aims at", '"If NATO sends troops, it will face consequences," the minister said.', "If NATO sends troops, it will face consequences,", "WARNS", ["NATO"]],
  ["a condition that names no one", '"If you drive in this storm, you will face the consequences," the police said.', "If you drive in this storm, you will face the consequences,", "WARNS", []],
  ["a cowardly act", '"This was a cowardly attack," the governor said.', "This was a cowardly attack,", "CRITICISES", ["a cowardly attack"]],
  ["grief condemns no one", '"It is a terrible tragedy," the mayor said.', "It is a terrible tragedy,", "NEUTRAL", []],
  ["hearts go out to Y", '"Our hearts go out to the victims," the premier said.', "Our hearts go out to the victims,", "SUPPORTS", ["the victims"]],
  ["hit out at Y for", "The coach hit out at the referee for his decisions.", "the referee for his decisions", "CRITICISES", ["the referee"]],

  // Demands without a demand verb: wishes of an actor, duties, imperatives.
  ["we hope that Y will", '"We hope that our Turkish colleagues will reconsider," the minister said.', "We hope that our Turkish colleagues will reconsider,", "DEMANDS", ["our Turkish colleagues"]],
  ["we expect Y to", '"We expect Beijing to honour its commitments," the envoy said.', "We expect Beijing to honour its commitments,", "DEMANDS", ["Beijing"]],
  ["I would like Y to", '"I would like the council to reconsider," she said.', "I would like the council to reconsider,", "DEMANDS", ["the council"]],
  ["a hope about the weather", '"I hope the weather improves," he said.', "I hope the weather improves,", "NEUTRAL", []],
  ["a hope to do", '"We hope to finish the work next year," he said.', "We hope to finish the work next year,", "NEUTRAL", []],
  ["we do not expect Y to", '"We do not expect Beijing to change course," the analyst said.', "We do not expect Beijing to change course,", "NEUTRAL", []],
  ["up to Y to", '"It is up to Washington to make the next move," the spokesman said.', "It is up to Washington to make the next move,", "DEMANDS", ["Washington"]],
  ["Y has a responsibility to", '"The West has a responsibility to end this war," he said.', "The West has a responsibility to end this war,", "DEMANDS", ["The West"]],
  ["an imperative", '"Stop the bombing now," the protesters chanted.', "Stop the bombing now,", "DEMANDS", []],
  ["a negative imperative", '"Don\'t let them divide us," the leader said.', "Don't let them divide us,", "DEMANDS", []],
  ["'look' addresses no one", '"Look, I think the talks will go on," he said.', "Look, I think the talks will go on,", "NEUTRAL", []],
  ["a name after an abbreviation", "He said he would have to consider Rep. Don Beyer for the post.", "he would have to consider Rep. Don Beyer for the post", "NEUTRAL", []],
  ["an actor failed to", '"The government failed to protect its citizens," the report said.', "The government failed to protect its citizens,", "CRITICISES", ["The government"]],
  ["talks failed to", '"The talks failed to produce an agreement," the diplomat said.', "The talks failed to produce an agreement,", "NEUTRAL", []],
  ["a job well done", '"The rescue teams did a fantastic job," the mayor said.', "The rescue teams did a fantastic job,", "SUPPORTS", ["The rescue teams"]],
  ["Y deserves credit", '"The police deserve credit for their work," the mayor said.', "The police deserve credit for their work,", "SUPPORTS", ["The police"]],

  // Appeals in the first person, and condemning labels.
  ["a plea to X", '"We made a plea to the governor: release the prisoners," the activist said.', "We made a plea to the governor: release the prisoners,", "DEMANDS", ["the governor"]],
  ["I request X to", '"I request all member states to pay their dues," the secretary said.', "I request all member states to pay their dues,", "DEMANDS", ["all member states"]],
  ["a plea asked about", '"Should we make a plea to the governor?" she asked.', "Should we make a plea to the governor?", "NEUTRAL", []],
  ["called Y dead on arrival", 'The senator called the proposal "dead on arrival."', "dead on arrival.", "CRITICISES", ["the proposal"]],
  ["a label reported", "He said the opposition had called the plan a sham.", "the opposition had called the plan a sham", "NEUTRAL", []],
  ["an appeal to no one", '"This is an appeal to reason," the bishop said.', "This is an appeal to reason,", "NEUTRAL", []],

  // The speaker's own act named in the words: "we"/"I", or "it"/"he" opening a reported statement.
  ["we strongly urge Y to", '"We strongly urge both sides to return to the table," the envoy said.', "We strongly urge both sides to return to the table,", "DEMANDS", ["both sides"]],
  ["I would like to thank Y", '"I would like to thank the volunteers for their work," the mayor said.', "I would like to thank the volunteers for their work,", "SUPPORTS", ["the volunteers"]],
  ["it condemned Y, reported", "The ministry said it strongly condemned the shelling of the hospital.", "it strongly condemned the shelling of the hospital", "CRITICISES", ["the shelling of the hospital"]],
  ["we do not condemn", '"We do not condemn anyone," the spokesman said.', "We do not condemn anyone,", "NEUTRAL", []],
  ["we do not back Y", '"We do not back the new tariffs," the union said.', "We do not back the new tariffs,", "CRITICISES", ["the new tariffs"]],
  ["the speaker's own government, reported", "Canada's Foreign Minister Anne Hart said the Canadian government would pressure the Chinese government to release the detainees.", "the Canadian government would pressure the Chinese government to release the detainees", "DEMANDS", ["the Chinese government"]],
  ["another government's pressure, reported", "Canada's Foreign Minister Anne Hart said the Chinese government would pressure the Canadian government to release the detainees.", "the Chinese government would pressure the Canadian government to release the detainees", "NEUTRAL", []],
  ["they may be anyone", "The minister said they had condemned the shelling of the hospital.", "they had condemned the shelling of the hospital", "NEUTRAL", []],
  ["a quoted 'he' is someone else", 'The minister said: "He condemned the attack."', "He condemned the attack.", "NEUTRAL", []],
  ["we asked, a question", '"Should we urge the council to act?" she asked.', "Should we urge the council to act?", "NEUTRAL", []],
];

describe("stance targets beyond the cue's object", () => {
  it.each(CASES)("%s", (_rule, text, statement, stance, targets) => {
    expect(stanceOf(text, statement)).toMatchObject({ stance, targets });
  });

  it("gives a warned clause's names their countries", () => {
    const { countries } = stanceOf("The French minister warned that the U.S. and Britain would pay a price.", "the U.S. and Britain would pay a price");
    expect(countries).toEqual(["US", "GB"]);
  });
});
