/**
 * Stance and targets of a statement whose cue is neutral ("X said …"), read from the reported clause itself: blame
 * ("[the rebels] were behind the attack"), wrongdoing verbs and reproach ("[Beijing] was trying to undermine …",
 * "the sanctions imposed by [Washington] were illegal", "[Washington] had no right to"), denial ("did nothing
 * wrong", "taken out of context"), and whom a predicate judges when its subject has a
 * post-modifier ("[the campaign] against Russia was unacceptable": not Russia). Sentences written for these tests;
 * each rule beside its hard and negative cases (negation, a third party's belief, a question asked).
 */
import { describe, expect, it } from "vitest";
import { stanceOf, type Case } from "./read-stance.ts";

const CASES: Case[] = [
  // Blame: who is behind a harm.
  ["behind a harm", "The minister said the rebels were behind the bombing.", "the rebels were behind the bombing", "CRITICISES", ["the rebels"]],
  ["behind with an adverb", "The minister said the militia was clearly behind the deadly attacks.", "the militia was clearly behind the deadly attacks", "CRITICISES", ["the militia"]],
  ["not behind it", "The minister said the rebels were not behind the bombing.", "the rebels were not behind the bombing", "NEUTRAL", []],
  ["behind a person backs them", "The chairman said the party was behind the president.", "the party was behind the president", "NEUTRAL", []],
  ["a third party's belief", "The minister said police believed the rebels were behind the bombing.", "police believed the rebels were behind the bombing", "NEUTRAL", []],
  ["an indirect question", "The senator asked whether the rebels were behind the bombing.", "the rebels were behind the bombing", "NEUTRAL", []],
  ["a question cue and its word", "The senator asked whether the minister was to blame for the crash.", "whether the minister was to blame for the crash", "NEUTRAL", []],

  // Wrongdoing verbs laid on their subject.
  ["an attempt to do wrong", "The spokesman said Beijing was trying to undermine the talks.", "Beijing was trying to undermine the talks", "CRITICISES", ["Beijing"]],
  ["a negated attempt", "The spokesman said Beijing was not trying to undermine the talks.", "Beijing was not trying to undermine the talks", "NEUTRAL", []],
  ["a purpose names no one", "The spokesman said the report was designed to undermine the talks.", "the report was designed to undermine the talks", "NEUTRAL", []],
  ["interfering in", "The ministry said Washington was interfering in the election.", "Washington was interfering in the election", "CRITICISES", ["Washington"]],
  ["committed atrocities", "The envoy said the soldiers had committed atrocities in the village.", "the soldiers had committed atrocities in the village", "CRITICISES", ["the soldiers"]],
  ["a broken promise", "The mayor said the council had broken its promises.", "the council had broken its promises", "CRITICISES", ["the council"]],
  ["a promise never broken", "The lawyer said the firm had never broken its promise.", "the firm had never broken its promise", "NEUTRAL", []],
  ["ignored the law", "The judge said the agency had ignored the law.", "the agency had ignored the law", "CRITICISES", ["the agency"]],
  ["adverbs before the wrongdoing", "The senator said the company had been deliberately misleading investors.", "the company had been deliberately misleading investors", "CRITICISES", ["the company"]],

  // Reproach and denial phrases.
  ["no right to", "The minister said Washington had no right to lecture others.", "Washington had no right to lecture others", "CRITICISES", ["Washington"]],
  ["double standards, a possessor's", "The minister said the West's double standards were obvious.", "the West's double standards were obvious", "CRITICISES", ["the West"]],
  ["a mistake made", "The senator said the council had made a mistake.", "the council had made a mistake", "CRITICISES", ["the council"]],
  ["a mistake not made", "The senator said the council had not made a mistake.", "the council had not made a mistake", "NEUTRAL", []],
  ["a mistake still to come warns", "The senator said it would be a mistake for Congress to wait.", "it would be a mistake for Congress to wait", "WARNS", ["Congress"]],
  ["a mistake asked about", "\"Did the council make a mistake?\" the reporter asked.", "Did the council make a mistake?", "NEUTRAL", []],
  ["does not recommend", "The agency said it does not recommend self-medication.", "it does not recommend self-medication", "WARNS", []],
  ["did nothing wrong", "The senator said the aide did nothing criminally wrong.", "the aide did nothing criminally wrong", "DENIES", []],
  ["out of context", "The senator said his comments were taken out of context.", "his comments were taken out of context", "DENIES", []],
  ["no reason to", "The governor said he saw no reason to resign.", "he saw no reason to resign", "DENIES", []],

  ["not acceptable", "The mayor said the new rules were not acceptable.", "the new rules were not acceptable", "CRITICISES", ["the new rules"]],
  ["not okay", "The mayor said the delay was not okay.", "the delay was not okay", "CRITICISES", ["the delay"]],
  ["wishing someone well", "\"I wish him well,\" the senator said of the governor.", "I wish him well,", "SUPPORTS", []],

  // Advice after "would" asks its subject to act, as "should" does; with no actor, or negated, it asks no one.
  ["would be wise to", "The judge said the banks would be wise to settle the case.", "the banks would be wise to settle the case", "DEMANDS", ["the banks"]],
  ["would do well to", "The judge said the banks would do well to listen.", "the banks would do well to listen", "DEMANDS", ["the banks"]],
  ["wise, with no one asked", "The judge said it would be wise to wait.", "it would be wise to wait", "NEUTRAL", []],
  ["not wise", "The judge said the banks would not be wise to settle.", "the banks would not be wise to settle", "NEUTRAL", []],

  // Reproach: "illegal" judges an act, not a person it qualifies in passing.
  ["an illegal act's author", "The spokesman said the sanctions imposed by Washington were illegal.", "the sanctions imposed by Washington were illegal", "CRITICISES", ["Washington"]],
  ["an illegal act", "The spokesman said the measures were illegal.", "the measures were illegal", "CRITICISES", ["the measures"]],
  ["illegal qualifies no act", "The officer said illegal immigrants had crossed the river.", "illegal immigrants had crossed the river", "NEUTRAL", []],
  ["an unconstitutional order's author", "The senator said the order signed by the governor was unconstitutional.", "the order signed by the governor was unconstitutional", "CRITICISES", ["the governor"]],
  ["a discriminatory law", "The group said the new law was discriminatory.", "the new law was discriminatory", "CRITICISES", ["the new law"]],
  ["not discriminatory", "The minister said the new law was not discriminatory.", "the new law was not discriminatory", "NEUTRAL", []],

  // The subject a predicate judges, past a post-modifier.
  ["against X is the victim", "The minister said the campaign against Russia was unacceptable.", "the campaign against Russia was unacceptable", "CRITICISES", ["the campaign"]],
  ["on X is the victim", "The minister said the attack on the convoy was barbaric.", "the attack on the convoy was barbaric", "CRITICISES", ["the attack"]],
  ["a possessor's act past 'of'", "The senator said the governor's handling of the floods was a disgrace.", "the governor's handling of the floods was a disgrace", "CRITICISES", ["the governor"]],
  ["a possessor's act past 'in'", "The envoy said Moscow's war in Ukraine was barbaric.", "Moscow's war in Ukraine was barbaric", "CRITICISES", ["Moscow"]],
  ["an actor keeps its place", "The senator said the leaders in Kyiv were to blame for the war.", "the leaders in Kyiv were to blame for the war", "CRITICISES", ["the leaders in Kyiv"]],
  ["an act keeps its author", "The senator said the decision of the cabinet was irresponsible.", "the decision of the cabinet was irresponsible", "CRITICISES", ["the cabinet"]],
  ["'by' names the author", "The ministry said the accusations by London were baseless.", "the accusations by London were baseless", "DENIES", ["London"]],

  // Concern about an actor's conduct criticises the actor, as "expressed concern about" does; about a state of
  // affairs, negated, asked, or a third party's, it criticises no one.
  ["concern about a possessor's act", "The ministry said it was deeply concerned about North Korea's recent actions.", "it was deeply concerned about North Korea's recent actions", "CRITICISES", ["North Korea"]],
  ["worry about a possessor's act", "The minister said France was worried about Iran's involvement in the region.", "France was worried about Iran's involvement in the region", "CRITICISES", ["Iran"]],
  ["troubled by a decision", "The embassy said it was troubled by the court's decision.", "it was troubled by the court's decision", "CRITICISES", ["the court"]],
  ["concern about an act's author", "The mayor said she was concerned about the decision by the council.", "she was concerned about the decision by the council", "CRITICISES", ["the council"]],
  ["a name before the act", "The spokesman said Bangladesh was concerned about Myanmar army activity on the border.", "Bangladesh was concerned about Myanmar army activity on the border", "CRITICISES", ["Myanmar"]],
  ["the possessor past 'of'", "The senator said he was concerned about the timing of the Obama administration's decision.", "he was concerned about the timing of the Obama administration's decision", "CRITICISES", ["the Obama administration"]],
  ["concern about a situation", "The minister said he was very concerned about the situation.", "he was very concerned about the situation", "NEUTRAL", []],
  ["worry about losses", "The official said the company was worried about job losses.", "the company was worried about job losses", "NEUTRAL", []],
  ["concern negated", "The minister said he was not worried about China's moves.", "he was not worried about China's moves", "NEUTRAL", []],
  ["concern asked about", "\"Are you concerned about Iran's involvement?\" the reporter asked.", "Are you concerned about Iran's involvement?", "NEUTRAL", []],
  // A distortion done by an actor is a wrongdoing laid on it; a claim called exaggerated is rejected.
  ["an actor exaggerated", "The official said Iran had exaggerated reports of fighting in the north.", "Iran had exaggerated reports of fighting in the north", "CRITICISES", ["Iran"]],
  ["an institution exaggerated", "The envoy said the government has greatly exaggerated the threat.", "the government has greatly exaggerated the threat", "CRITICISES", ["the government"]],
  ["reports were exaggerated", "The minister said the reports were exaggerated.", "the reports were exaggerated", "DENIES", []],
  ["fears greatly exaggerated", "The banker said fears of inflation were greatly exaggerated.", "fears of inflation were greatly exaggerated", "DENIES", []],
  ["not exaggerated", "The official said Iran had not exaggerated the reports.", "Iran had not exaggerated the reports", "NEUTRAL", []],
  // The speaker's regret at what someone did reproaches them; a third party's wish, or a negated one, does not.
  ["would have liked X to", "The analyst said he would have liked the Chancellor to say more about inflation.", "he would have liked the Chancellor to say more about inflation", "CRITICISES", ["the Chancellor"]],
  ["would have preferred that X", "Evers said he would have preferred that Congress had waited.", "he would have preferred that Congress had waited", "CRITICISES", ["Congress"]],
  ["would rather have seen", "\"I would rather have seen it delayed,\" the senator said.", "I would rather have seen it delayed,", "CRITICISES", []],
  ["a third party's wish", "The magazine said Kohl would have preferred to offer the post to an ally.", "Kohl would have preferred to offer the post to an ally", "NEUTRAL", []],
  ["a regret negated", "\"I would not have preferred another choice,\" the senator said.", "I would not have preferred another choice,", "NEUTRAL", []],
  // A speech verb that opens a content phrase reports no one ("calls into question" rejects a claim).
  ["calls into question", "The spokesman said the evidence calls into question those claims.", "the evidence calls into question those claims", "DENIES", []],
  ["calls into serious question, a claim's maker", "The spokesman said the evidence calls into serious question the claims by Pyongyang.", "the evidence calls into serious question the claims by Pyongyang", "DENIES", ["Pyongyang"]],
  ["a third party calls for", "The spokesman said the senators called for new talks.", "the senators called for new talks", "NEUTRAL", []],
  ["never said inside a content phrase", "The senator said he never said that about the governor.", "he never said that about the governor", "DENIES", []],
  ["false claims", "The ministry said the report repeated false claims about the army.", "the report repeated false claims about the army", "DENIES", []],
  ["left unsaid is no denial", "The official said the company did not say how much the plant would cost.", "the company did not say how much the plant would cost", "NEUTRAL", []],
  ["left unsaid, after an adverbial", "The official said the company did not say on Tuesday whether the plant would close.", "the company did not say on Tuesday whether the plant would close", "NEUTRAL", []],
  // The speaker's own speech act in the perfect is still the speaker's ("we have urged …"), not a report of another's.
  ["we have urged Y to", "The spokesman said we have urged both sides to exercise restraint.", "we have urged both sides to exercise restraint", "DEMANDS", ["both sides"]],
  ["I have asked Y to", "\"I have asked Boeing to price out a comparable jet,\" the president said.", "I have asked Boeing to price out a comparable jet,", "DEMANDS", ["Boeing"]],
  ["we have always appealed to Y", "\"We have always appealed to the governments in the region to stop the fighting,\" he said.", "We have always appealed to the governments in the region to stop the fighting,", "DEMANDS", ["the governments"]],
  ["we told Y to", "The mayor said we told the contractors to stop work.", "we told the contractors to stop work", "DEMANDS", ["the contractors"]],
  ["I told Y not to", "\"I told Megan not to worry,\" he wrote.", "I told Megan not to worry,", "DEMANDS", ["Megan"]],
  ["I told them that", "\"I told them that the plant would close,\" he said.", "I told them that the plant would close,", "NEUTRAL", []],
  ["they have asked Y to", "The spokesman said they have asked the council to act.", "they have asked the council to act", "NEUTRAL", []],
  // An evaluation quoted, or a label's "as", predicates of the phrase before it as the verb "be" does.
  ["a quoted reproach", "The senator said the tax plan was \"unfair\".", "the tax plan was \"unfair\"", "CRITICISES", ["the tax plan"]],
  ["a quoted content word", "The senator said the plan was “reckless”.", "the plan was “reckless”", "CRITICISES", ["the plan"]],
  ["quoted praise", "The mayor said the decision was “sensible”.", "the decision was “sensible”", "SUPPORTS", ["the decision"]],
  ["a quoted reproach negated", "The senator said the plan was not \"unfair\".", "the plan was not \"unfair\"", "NEUTRAL", []],
  ["described as, a reproach", "The senator described the plan as unworkable.", "the plan as unworkable", "CRITICISES", ["the plan"]],
  ["described as, praise", "The minister described the budget as prudent.", "the budget as prudent", "SUPPORTS", ["the budget"]],
  // A condemning label quoted, predicated or under a label cue; "told a joke" labels no one.
  ["a quoted label predicated", "The senator said the minister was “a liar”.", "the minister was “a liar”", "CRITICISES", ["the minister"]],
  ["a label cue's quoted label", "The senator called the general \"a war criminal\".", "a war criminal", "CRITICISES", ["the general"]],
  ["a bare label under a neutral cue", "The comedian told a joke about the weather.", "a joke", "NEUTRAL", []],
  ["a quoted label negated", "The senator said the minister was not “a liar”.", "the minister was not “a liar”", "NEUTRAL", []],
  // A connective may open the reported clause before the pronoun that stands for the speaker.
  ["the speaker's own support after 'however'", "The senator said, however, he would support the bill.", "however, he would support the bill", "SUPPORTS", ["the bill"]],
  ["after 'for example', an act's author", "He said, for example, he would support efforts by the Congress to cut taxes.", "for example, he would support efforts by the Congress to cut taxes", "SUPPORTS", ["the Congress"]],
  ["the speaker's own opposition after 'however'", "The senator said, however, he would not support the bill.", "however, he would not support the bill", "CRITICISES", ["the bill"]],
  ["'they' after 'however' is someone else", "The senator said, however, they would support the bill.", "however, they would support the bill", "NEUTRAL", []],
  // An act judged as progress backs its author; a plan, a verb or a negation backs no one.
  ["a step in the right direction", "The minister said the agreement was a step in the right direction.", "the agreement was a step in the right direction", "SUPPORTS", ["the agreement"]],
  ["a major step forward", "The envoy said the proposal represents a major step forward.", "the proposal represents a major step forward", "SUPPORTS", ["the proposal"]],
  ["steps taken", "The envoy said China has taken enormous steps in the right direction.", "China has taken enormous steps in the right direction", "SUPPORTS", ["China"]],
  ["a step planned", "The mayor said we must take the step forward together.", "we must take the step forward together", "NEUTRAL", []],
  ["step forward as a verb", "The officer said he saw the man step forward.", "he saw the man step forward", "NEUTRAL", []],
  ["not a step forward", "The senator said the bill was not a step forward.", "the bill was not a step forward", "NEUTRAL", []],
  ["a third party's concern believed", "The minister said investors believed the bank was concerned about Iran's involvement.", "investors believed the bank was concerned about Iran's involvement", "NEUTRAL", []],
];

describe("stance: the reported clause under a neutral cue", () => {
  it.each(CASES)("%s", (_rule, text, statement, stance, targets) => {
    const got = stanceOf(text, statement);
    expect(got.stance).toBe(stance);
    expect(got.targets).toEqual(targets);
  });

  it("gives an actor's place as the target's country", () => {
    const { countries } = stanceOf("The senator said the leaders in Kyiv were to blame for the war.", "the leaders in Kyiv were to blame for the war");
    expect(countries).toEqual(["UA"]);
  });

  it("does not give the victim's country to the act's target", () => {
    const { countries } = stanceOf("The minister said the campaign against Russia was unacceptable.", "the campaign against Russia was unacceptable");
    expect(countries).toEqual([null]);
  });
});
