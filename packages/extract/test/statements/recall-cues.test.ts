import { describe, expect, it } from "vitest";
import { rows } from "./helpers.ts";

type Row = [string, string | null, string];

// Sentences written for these tests (none is taken from a scored gold set). The shape is common in polnear/train
// ("punctuated his list by saying", "deflected questions before saying", "responded by noting that").
describe("a speech gerund after by / before / after / while continues its clause's speaker", () => {
  it.each<[string, string, Row[]]>([
    ["by saying C", "Mayor Ortiz ended the meeting by saying the bridge would reopen in May.",
      [["indirect", "Ortiz", "the bridge would reopen in May"]]],
    ["before saying a quotation", 'Senator Hale dodged questions about the audit before saying, "We will publish everything next week."',
      [["direct", "Hale", "We will publish everything next week."]]],
    ["by noting that C: the gerund's clause, not the verb's", "Governor Reyes responded by noting that the state had balanced its budget.",
      [["indirect", "Reyes", "the state had balanced its budget"]]],
    ["while insisting that C", "Ms Okafor left the hall while insisting that the plan would save money.",
      [["indirect", "Okafor", "the plan would save money"]]],
    ["after saying C, in a passive clause", "Mayor Ortiz was applauded after saying the bridge would reopen.", [["indirect", "Ortiz", "the bridge would reopen"]]],
  ])("%s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a gerund after a noun is no cue", "The habit of saying yes to every donor cost the campaign dearly."],
    ["'without saying' reports nothing", "The senator left the room without saying a word to reporters."],
  ])("negative: %s", (_, text) => {
    expect(rows(text)).toEqual([]);
  });

  // Known failure: "in" is also a preposition before words that look like cues ("in pledged delegates"), so the
  // cue reader skips what follows it.
  it.fails.each<[string, string, Row[]]>([
    ["in saying that C", "Senator Hale erred in saying that the plant would close.", [["indirect", "Hale", "the plant would close"]]],
  ])("known failure: %s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

// Sentences written for these tests; the shape ("According to the newspaper, “...”", "“...,” according to Judicial
// Watch") stands several times in polnear/train, where no statement was found.
describe("an according-to source attributes the quotation beside it", () => {
  it.each<[string, string, Row[]]>([
    ["According to X, “...”", "According to the county paper, “The new levy will fall hardest on renters. Few of them were asked.”",
      [["direct", "the county paper", "The new levy will fall hardest on renters. Few of them were asked."]]],
    ["According to X: “...”", "According to the watchdog: “The ministry spent the fund on consultants.”",
      [["direct", "the watchdog", "The ministry spent the fund on consultants."]]],
    ["“...,” according to X", "“The audit found no record of the payments,” according to the state comptroller.",
      [["direct", "the state comptroller", "The audit found no record of the payments,"]]],
    ["a partial quote inside the clause stays one statement", "According to the watchdog, the payments were “never properly recorded” by the ministry.",
      [["direct", "the watchdog", "the payments were “never properly recorded” by the ministry"]]],
  ])("%s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

// Sentences written for these tests. "added to" / "adding to" stands dozens of times in the unannotated corpora and
// polnear/train ("added to the pressure", "adding to her delegate lead"), never reporting speech.
describe("cue forms that report nothing before 'to', and 'called upon'", () => {
  it.each<[string, string, Row[]]>([
    ["adding to a lead is no cue", "Mayor Ortiz won the runoff on Tuesday, adding to her lead on the council.", []],
    ["added to the pressure is no cue, the inverted cue after it is", "The strike added to the pressure on the ministry, the union said.",
      [["indirect", "the union", "The strike added to the pressure on the ministry"]]],
    ["added that C is still a cue", "Mayor Ortiz added that the bridge would reopen in May.", [["indirect", "Ortiz", "the bridge would reopen in May"]]],
    ["called upon Y to Z", "The senator called upon the governor to release the audit.", [["indirect", "The senator", "the governor to release the audit"]]],
  ])("%s", (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
