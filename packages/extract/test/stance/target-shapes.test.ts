/**
 * Target shapes found short on the tuning data (issue 12): a possessive before a person is not an act's author
 * ("urged his parishioners"), a boycott names whom it is done to, coordinated actors are listed one by one
 * ("parents and schools", "X and other critics"), a rejected claim's maker after the rejecting words, a quoted
 * wrongdoing's subject, the speaker's own speech verb after a modal ("I can just tell you"). Sentences written for
 * these tests, with negative cases beside each.
 */
import { describe, expect, it } from "vitest";
import { stanceOf, type Case } from "./read-stance.ts";

const CASES: Case[] = [
  // "his"/"her" before an act stands for its author; before a person or group, the group is the target.
  ["his act is his", "The mayor praised Governor Tom Reed. Later the commission criticised his handling of the floods.", "his handling of the floods", "CRITICISES", ["Governor Tom Reed"]],
  ["his remarks are his", "The envoy met Minister Ali Reza. The senator condemned his remarks on the war.", "his remarks on the war", "CRITICISES", ["Minister Ali Reza"]],
  ["his people are themselves", "The pastor endorsed Senator Ann Cole, urging his parishioners to vote for her.", "his parishioners to vote for her", "DEMANDS", ["his parishioners"]],

  // A boycott aims at whom it is done to; a name before other acts is their agent.
  ["a boycott of X", "The senator called for a boycott of Acme after the ruling.", "a boycott of Acme after the ruling", "DEMANDS", ["Acme"]],
  ["an X boycott", "The senator called for an Acme boycott after the ruling.", "an Acme boycott after the ruling", "DEMANDS", ["Acme"]],
  ["a Senate inquiry names its agent", "The senator called for a Senate inquiry into the crash.", "a Senate inquiry into the crash", "DEMANDS", []],

  // Coordinated actors, one target each.
  ["two actors side by side", "The governor said parents and schools should talk to children about drugs.", "parents and schools should talk to children about drugs", "DEMANDS", ["parents", "schools"]],
  ["one group with a shared modifier", "The pope urged the presidents and prime ministers of the world to act.", "the presidents and prime ministers of the world to act", "DEMANDS", ["the presidents and prime ministers of the world"]],
  ["two nouns that are not actors", "The minister said bread and milk should be cheaper.", "bread and milk should be cheaper", "NEUTRAL", []],

  // The maker of a rejected claim, after the words that reject it.
  ["claims by X, rejected before", "The lawyer said his client was the target of baseless accusations by the mayor and other critics.", "his client was the target of baseless accusations by the mayor and other critics", "DENIES", ["the mayor", "other critics"]],
  ["an unfounded claim by no one", "The lawyer said the accusations were unfounded.", "the accusations were unfounded", "DENIES", []],

  // A wrongdoing in quotation marks is still its subject's.
  ["a quoted wrongdoing", "The candidate complained that the vote had been \u201crigged\u201d against him.", "the vote had been \u201crigged\u201d against him", "CRITICISES", ["the vote"]],

  // The speaker's own speech verb after a modal keeps the words the speaker's; another's does not.
  ["'I can just tell you'", "\"I can just tell you, the council ignores the law,\" the mayor said.", "I can just tell you, the council ignores the law,", "CRITICISES", ["the council"]],
  ["'I was told' reports another", "\"I was told the council ignores the law,\" the mayor said.", "I was told the council ignores the law,", "NEUTRAL", []],
  ["a third party's words", "\"The auditor can only say the council ignores the law,\" the mayor said.", "The auditor can only say the council ignores the law,", "NEUTRAL", []],
];

describe("stance: target shapes", () => {
  it.each(CASES)("%s", (_rule, text, statement, stance, targets) => {
    const got = stanceOf(text, statement);
    expect(got.stance).toBe(stance);
    expect(got.targets).toEqual(targets);
  });
});
