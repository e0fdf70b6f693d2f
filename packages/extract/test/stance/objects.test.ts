/**
 * Whom a stance is aimed at, for the error categories found on the tuning data (issue 12): the cue's object in the
 * shapes news reports give it (a bare object-form statement, an apposition, "him" standing for a name in the same
 * sentence, a cue continued by ", saying"), demands whose cue has no object ("called for [X] to …"), rejected bids
 * and their makers, a warning's condition, and the content rules (wrongdoing verbs, "was right to", passive
 * demands). Sentences written for these tests, never scored gold sentences. Each rule has hard and negative cases:
 * negation, a third party's stance reported, questions.
 */
import { describe, expect, it } from "vitest";
import { stanceOf, type Case } from "./read-stance.ts";

const CASES: Case[] = [
  // The cue's object is the whole statement, or ends before a relative clause; "to" and prepositions open none.
  ["a bare object-form statement", "The senator slammed the governor. Reporters asked why.", "the governor", "CRITICISES", ["the governor"]],
  ["a bare act names its author", "The envoy praised Norway's mediation on Monday.", "Norway's mediation", "SUPPORTS", ["Norway"]],
  ["a relative clause ends the object", "The minister condemned the rebels who shelled the port.", "the rebels who shelled the port", "CRITICISES", ["the rebels"]],
  ["a threatened act names no one", "The ministry threatened new tariffs on steel.", "new tariffs on steel", "WARNS", []],
  ["'threatened to' has no object", "The union threatened to strike next week.", "strike next week", "WARNS", []],
  ["an adverbial is no object", "The general threatened at the summit to withdraw his troops.", "at the summit to withdraw his troops", "WARNS", []],
  ["a condition names whom a threat aims at", "The minister threatened to end the talks unless the creditors dropped their demands.", "to end the talks unless the creditors dropped their demands", "WARNS", ["the creditors"]],
  ["a negated criticism has no target", "The president did not criticise the generals.", "the generals", "NEUTRAL", []],

  // A name in apposition; "him"/"her" as the object.
  ["apposition: a title and a name", "The queen asked her eldest son, Prince Henry, to open the session.", "her eldest son, Prince Henry, to open the session", "DEMANDS", ["Prince Henry"]],
  ["apposition after a long description", "The senators asked the nominee for the court, Judge Anna Berg, on Monday to step aside.", "the nominee for the court, Judge Anna Berg, on Monday to step aside", "DEMANDS", ["Judge Anna Berg"]],
  ["a list of names is no apposition", "The mayor urged Spain, France, Italy and Greece to help.", "Spain, France, Italy and Greece to help", "DEMANDS", ["Spain", "France", "Italy", "Greece"]],
  ["'him' is a name in the cue's sentence", "Despite backing Lee, the governor congratulated Kovacs on his win and urged him to unite the party.", "him to unite the party", "DEMANDS", ["Kovacs"]],
  ["'him' is not the cue's subject", "The envoy met Minister Ali Reza. Afterwards, Senator Tom Brook praised him for his patience.", "him for his patience", "SUPPORTS", ["Minister Ali Reza"]],

  // ", saying …" continues the cue before it.
  ["a criticism continued by 'saying'", "The senator denounced the minister's remarks, saying they were an insult to veterans.", "they were an insult to veterans", "CRITICISES", ["the minister"]],
  ["a welcome continued by 'saying'", "The ministry welcomed the ceasefire, saying it would save lives.", "it would save lives", "SUPPORTS", ["the ceasefire"]],
  ["a negated cue passes nothing on", "The minister did not criticise Kyiv, saying the talks would go on.", "the talks would go on", "NEUTRAL", []],
  ["a demand's explanation asks nothing", "The union urged its members to strike, saying the issue was pay.", "the issue was pay", "NEUTRAL", []],
  ["a continued criticism keeps its object", "The lawyer criticised the president's tweets, saying they were undermining the case.", "they were undermining the case", "CRITICISES", ["the president"]],
  ["a neutral cue passes nothing on", "The minister met the press, saying the talks would go on.", "the talks would go on", "NEUTRAL", []],

  // Demands whose cue has no object of its own.
  ["called for Y to", "The treasurer called for the central bank to cut rates.", "the central bank to cut rates", "DEMANDS", ["the central bank"]],
  ["urged that Y (subjunctive)", "The chairman urged that Congress act before the recess.", "Congress act before the recess", "DEMANDS", ["Congress"]],
  ["urged that a thing be done", "The chairman urged that the bill be expanded.", "the bill be expanded", "DEMANDS", []],
  ["the resignation of Y", "The union called for the resignation of the transport minister over the crash.", "the resignation of the transport minister over the crash", "DEMANDS", ["the transport minister"]],
  ["sanctions against Y", "The activists called for sanctions against Belarus after the vote.", "sanctions against Belarus after the vote", "DEMANDS", ["Belarus"]],
  ["talks to be held ask no one", "The envoy called for talks to be held in Vienna.", "talks to be held in Vienna", "DEMANDS", []],
  ["a task force to be set up asks no one", "The senator urged creation of a panel to be chaired by a judge.", "creation of a panel to be chaired by a judge", "DEMANDS", []],

  // Rejections aim at whoever made what is rejected.
  ["a rejected bid's maker", "The board rejected Acme Corp's 30 dlrs a share bid.", "Acme Corp's 30 dlrs a share bid", "DENIES", ["Acme Corp"]],
  ["a rejected offer's maker", "Both unions rejected the mediator's offer of arbitration.", "the mediator's offer of arbitration", "DENIES", ["the mediator"]],
  ["a rejected offer with no maker", "The union rejected the offer.", "the offer", "DENIES", []],
  ["a bid by Y", "The judge rejected a bid by the governor to delay the trial.", "a bid by the governor to delay the trial", "DENIES", ["the governor"]],
  ["a request for a thing by Y", "The court rejected a request for a new hearing by two former aides who were convicted.", "a request for a new hearing by two former aides who were convicted", "DENIES", ["two former aides"]],
  ["a capitalised maker", "Lima rejected an IMF program on Friday.", "an IMF program on Friday", "DENIES", ["IMF"]],
  ["a demonym maker has its country", "The ministry rejected the Russian proposal.", "the Russian proposal", "DENIES", ["Russian"]],
  ["suggestions of a thing name no maker", "The senator dismissed suggestions of links with Moscow as sour grapes.", "suggestions of links with Moscow as sour grapes", "DENIES", []],
  ["a denial in the words names its claimant", '"The accusations by the opposition are unsubstantiated," the spokesman said.', "The accusations by the opposition are unsubstantiated,", "DENIES", ["the opposition"]],
  ["having nothing to do with it", '"Our country has nothing to do with the poisoning," the envoy said.', "Our country has nothing to do with the poisoning,", "DENIES", []],
  ["a wrongdoing disbelieved", '"We do not believe that the extension would be a violation of the deal," an official said.', "We do not believe that the extension would be a violation of the deal,", "DENIES", []],

  // Objects standing apart from the statement.
  ["'his' act aims at him", "The panel met Governor Tom Reyes. Later the panel criticised his handling of the floods.", "his handling of the floods", "CRITICISES", ["Governor Tom Reyes"]],
  ["an object before the cue, by 'that'", "The company halted the use of replacement drivers that the union has blamed for the clashes.", "for the clashes", "CRITICISES", ["replacement drivers"]],
  ["an object before the cue, by 'whom'", "The president fired General Okoro, whom investigators accused of ordering the raids.", "of ordering the raids", "CRITICISES", ["General Okoro"]],
  ["'that' as a conjunction is no relative", "He said that the army accused the rebels of shelling the port.", "the rebels of shelling the port", "CRITICISES", ["the rebels"]],
  ["a threatened act's object", "The president threatened to crush the rebels.", "to crush the rebels", "WARNS", ["the rebels"]],
  // "it"/"them" after a participle cue stand for the object of the clause before the comma.
  ["'them', a possessor's acts", "The senator has railed against China's trade practices, blaming them for job losses.", "them for job losses", "CRITICISES", ["China"]],
  ["'it', the clause's object", "Housing groups criticized OneWest for its foreclosure practices, accusing it of being too quick to foreclose.", "it of being too quick to foreclose", "CRITICISES", ["OneWest"]],
  ["'it' past a plural phrase", "Four states cut diplomatic and trade ties with Qatar on June 5, accusing it of financing terrorism.", "it of financing terrorism", "CRITICISES", ["Qatar"]],
  ["'them', a group", "The chairman lashed out at corporate raiders and takeover specialists, accusing them of causing serious harm.", "them of causing serious harm", "CRITICISES", ["corporate raiders and takeover specialists"]],
  ["'it' is no weekday", "The ministry spoke on Friday, accusing it of lying.", "it of lying", "CRITICISES", []],
  // A threatened penalty aims at whom it falls on, when that is someone (a name, a demonym, an institution).
  ["a penalty on a named maker's goods", "Trump threatened to impose a 35 percent tax on imported Ford vehicles.", "impose a 35 percent tax on imported Ford vehicles", "WARNS", ["imported Ford vehicles"]],
  ["a penalty on a country's goods", "The president threatened to slap tariffs on Chinese imports.", "slap tariffs on Chinese imports", "WARNS", ["Chinese imports"]],
  ["sanctions against a region", "Erdogan has threatened to impose sanctions against Kurdish northern Iraq.", "impose sanctions against Kurdish northern Iraq", "WARNS", ["Kurdish northern Iraq"]],
  ["a penalty on a good names no one", "The ministry threatened to impose tariffs on steel.", "impose tariffs on steel", "WARNS", []],
  ["a penalty not threatened", "The ministry did not threaten to impose tariffs on Chinese imports.", "impose tariffs on Chinese imports", "NEUTRAL", []],
  ["'ask Y to' in the present", "Republicans ask the Justice Department to open an inquiry.", "the Justice Department to open an inquiry", "DEMANDS", ["the Justice Department"]],

  // More of the words of thanks, disappointment, warning.
  ["disappointed by an act, its author", '"We are disappointed by the decision of the court," the union said.', "We are disappointed by the decision of the court,", "CRITICISES", ["the court"]],
  ["not disappointed", '"We were not disappointed by the result," he said.', "We were not disappointed by the result,", "NEUTRAL", []],
  ["a grave mistake for Y to", '"It would be a grave mistake for Washington to deploy the missiles," the minister said.', "It would be a grave mistake for Washington to deploy the missiles,", "WARNS", ["Washington"]],
  ["made the right decision", 'Mayor Ana Ruiz resigned. "I understand she made the right decision," the governor said.', "I understand she made the right decision,", "SUPPORTS", ["Mayor Ana Ruiz"]],
  ["an explicit phrase beats 'it'", 'The House debated a budget. "It is unconscionable this state has failed to do its job," she said.', "It is unconscionable this state has failed to do its job,", "CRITICISES", ["this state"]],
  ["an act's author after 'made by'", '"We condemn the meddling statements made by President Ivan Petrov," the ministry said.', "We condemn the meddling statements made by President Ivan Petrov,", "CRITICISES", ["President Ivan Petrov"]],
  ["a name capitalised elsewhere opens a demand", 'Talks with China stalled. "China needs to cast aside its illusions," the paper said.', "China needs to cast aside its illusions,", "DEMANDS", ["China"]],
  ["a rhetorical question keeps its reproach", '"Why do the biggest banks get away with paying no tax?" she asked.', "Why do the biggest banks get away with paying no tax?", "CRITICISES", ["the biggest banks"]],
  ["concern about an act", '"The council expresses concern about the arrests of journalists," the statement said.', "The council expresses concern about the arrests of journalists,", "CRITICISES", ["the arrests of journalists"]],
  ["not recognising a vote, its author", '"We do not recognize the junta\'s referendum," the minister said.', "We do not recognize the junta's referendum,", "CRITICISES", ["the junta"]],
  ["a phrase after a verb is no modal subject", "He said plans to cover all Americans should resonate with voters.", "plans to cover all Americans should resonate with voters", "NEUTRAL", []],

  // Content: wrongdoing laid on a subject, a judgement of an act, passive demands, wishes.
  ["a wrongdoing verb, its subject", "The senator said Russia was undermining the peace talks.", "Russia was undermining the peace talks", "CRITICISES", ["Russia"]],
  ["a subject past a parenthesis", "Advocates said the new law, like the old one, discriminates against migrants.", "the new law, like the old one, discriminates against migrants", "CRITICISES", ["the new law"]],
  ["coordinated names", '"Japan, Korea and Taiwan have failed to act," the envoy said.', "Japan, Korea and Taiwan have failed to act,", "CRITICISES", ["Japan", "Korea", "Taiwan"]],
  ["a wrongdoing only named", "Prosecutors said the group was charged with obstructing the inquiry.", "the group was charged with obstructing the inquiry", "NEUTRAL", []],
  ["a wrongdoing denied", "The minister said the army was not undermining the truce.", "the army was not undermining the truce", "NEUTRAL", []],
  ["X was right to", "The mayor said the council was right to close the bridge.", "the council was right to close the bridge", "SUPPORTS", ["the council"]],
  ["X was wrong to", "The mayor said the council was wrong to close the bridge.", "the council was wrong to close the bridge", "CRITICISES", ["the council"]],
  ["X right to, asked", '"Was the council right to close the bridge?" she asked.', "Was the council right to close the bridge?", "NEUTRAL", []],
  ["a passive demand made of its agent", "The official said the plan should be studied carefully by the banks.", "the plan should be studied carefully by the banks", "DEMANDS", ["the banks"]],
  ["a passive forecast is no demand", "The official said not too much should be read into the figures.", "not too much should be read into the figures", "NEUTRAL", []],
  ["'should be' a figure is a forecast", "Economists said that Acme's output should be around 40 mln tonnes.", "Acme's output should be around 40 mln tonnes", "NEUTRAL", []],
  ["'should be able to' grants, asks nothing", "The judge said the states should be able to decide.", "the states should be able to decide", "NEUTRAL", []],
  ["the speaker's own wish", "The senator said he hopes Congress can pass the bill this year.", "he hopes Congress can pass the bill this year", "DEMANDS", ["Congress"]],
  ["a third party's belief", "The aide said the governor believes the move was a mistake.", "the governor believes the move was a mistake", "NEUTRAL", []],
  ["not ready to support", "The speaker said he was not ready to support the nominee.", "he was not ready to support the nominee", "CRITICISES", ["the nominee"]],
  ["ready to support", "The speaker said he was ready to support the nominee.", "he was ready to support the nominee", "NEUTRAL", []],
  ["a quote after a modal", 'The secretary said the government must "rethink its strategy."', 'the government must "rethink its strategy."', "DEMANDS", ["the government"]],
];

/** Known failures on the tuning data's categories, kept visible: each should pass one day. */
const KNOWN_FAILURES: Case[] = [
  // "it" as a cue's object stands for the actor of the cue's own sentence, not the nearest common noun before it.
  ["'it' as the accused party", "The ruling party resumed the debate after the opposition accused it of rushing the bill.", "it of rushing the bill", "CRITICISES", ["The ruling party"]],
  // Mockery carries no word of the lexicons.
  ["mockery", '"His campaign slogan might as well be Vote for Senator Lane, Not Indicted Yet!" the rival said.', "His campaign slogan might as well be Vote for Senator Lane, Not Indicted Yet!", "CRITICISES", ["Senator Lane"]],
  // A second object joined after the complement ("praised X for …, and Y for …").
  ["a second object after 'and'", "Officials praised the debtors for their reforms and the lenders for their patience.", "the debtors for their reforms and the lenders for their patience", "SUPPORTS", ["the debtors", "the lenders"]],
];

describe("stance targets for the tuning data's error categories", () => {
  it.each(CASES)("%s", (_rule, text, statement, stance, targets) => {
    expect(stanceOf(text, statement)).toMatchObject({ stance, targets });
  });

  it("gives a demand's actor its country", () => {
    expect(stanceOf("The activists called for sanctions against Belarus after the vote.", "sanctions against Belarus after the vote").countries).toEqual(["BY"]);
  });

  for (const [rule, text, statement, stance, targets] of KNOWN_FAILURES) {
    it.fails(`known failure: ${rule}`, () => {
      expect(stanceOf(text, statement)).toMatchObject({ stance, targets });
    });
  }
});
