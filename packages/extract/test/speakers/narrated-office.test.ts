import { describe, expect, it } from "vitest";
import { samePerson } from "../../src/speakers/names.ts";
import { speakers } from "../statements/helpers.ts";

// Sentences written for this table, in the shapes wire and election copy use.
describe("an office description means the person the narration just named", () => {
  const filler = " The plant employs about 400 people and makes parts for trucks and buses sold across the region.".repeat(7);
  it.each([
    // No speaker yet: the person the narration named, whose title says nothing against the office.
    ['Sherrod Brown introduced the bill on Monday.\n\n"It is time to act," the Ohio senator said.', ["Sherrod Brown"]],
    ['Olaf Berger met bankers in Frankfurt on Tuesday.\n\n"Rates must stay low," the minister said.', ["Olaf Berger"]],
    // A person named since the latest statement, not the latest speaker, when no speaker holds the office.
    ['Governor Ann Lee said the roads were open.\n\nSherrod Brown toured the plant later.\n\n"We need the jobs," the senator said.', ["Ann Lee", "Sherrod Brown"]],
    // A title that fits wins over a speaker holding the same office.
    ['Senator Tom Reed said taxes would fall.\n\nLater Sen. Maria Diaz visited the plant.\n\n"We need the jobs," the senator said.', ["Tom Reed", "Maria Diaz"]],
    // "Sen." is a senator's title: the speaker who holds it, over a person named since with another office.
    ['Sen. Tom Reed said taxes would fall.\n\nGovernor Ann Lee toured the plant.\n\n"We need the jobs," the senator said.', ["Tom Reed", "Tom Reed"]],
    // Negative: another office in the title rules the person out.
    ['Governor Ann Lee toured the plant.\n\n"We need the jobs," the senator said.', ["the senator"]],
    // Negative: a person named in the statement's own content is not its speaker.
    ["Taxes will rise if Tom Reed wins, the senator said.", ["the senator"]],
    // Negative: a plain role ("the trader") is someone new, named or not.
    ['Olaf Berger met bankers in Frankfurt on Tuesday.\n\n"Rates must stay low," the trader said.', ["the trader"]],
    // Negative: a title of another party rules a person out; the person before, untitled, is who is meant.
    ['Jane Roe spoke in Iowa on Monday.\n\nRepublican Sen. Tom Dale toured a farm nearby.\n\n"We will win," the Democratic candidate said.', ["Jane Roe"]],
    // A place in a race is held beside an office: the senator who spoke is "the candidate".
    ['Sen. Tom Reed said taxes would fall.\n\n"We will win," the candidate said.', ["Tom Reed", "Tom Reed"]],
    // Negative: a deputy is not the office ("Deputy Governor" for "the governor"), nor is another office.
    ['Deputy Governor Oleg Rudin said 40 people were missing.\n\nThe governor promised each family a payout.', ["Oleg Rudin", "The governor"]],
    ['Deputy Minister Ivan Sokol said 40 people were missing.\n\nThe governor promised each family a payout.', ["Ivan Sokol", "The governor"]],
    // Negative: narration further back than a paragraph or two no longer anchors the description.
    [`Sherrod Brown introduced the bill on Monday.${filler}\n\n"It is time to act," the senator said.`, ["the senator"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("people who share a surname stay apart", () => {
  it.each([
    ["Donald J. Trump", "Donald Trump", true],
    ["Hillary Rodham Clinton", "Hillary Clinton", true],
    ["H. Clinton", "Hillary Clinton", true],
    ["Republican Donald Trump", "Donald Trump", true],
    ["Trump", "Ivana Trump", true],
    ["Bill Clinton", "Hillary Clinton", false],
    ["Ivana Trump", "Donald Trump", false],
    ["Ivana Trump", "Ivana Lopez", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });

  it.each([
    // Each full name is its own person; a bare surname is the one the article names most often.
    ['Donald Trump said the wall would be built. Donald Trump spoke in Ohio.\n\nIvana Trump, his first wife, said he would win.\n\n"We will win big," Trump said.', ["Donald Trump", "Ivana Trump", "Donald Trump"]],
    // The title of one is not the other's.
    ['Former Secretary of State Hillary Clinton said the deal was good.\n\nBill Clinton said the campaign was strong.', ["Hillary Clinton", "Bill Clinton"]],
    // One person written two ways stays one.
    ['Donald J. Trump said the wall would be built.\n\nDonald Trump said Mexico would pay.\n\n"Believe me," Trump said.', ["Donald J. Trump", "Donald J. Trump", "Donald J. Trump"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("'it' means a body the narration names by description", () => {
  it.each([
    // "The company" is the subject of the sentence before: it means the company that spoke, not the ministry since.
    ["Acme Corp said sales rose in the first quarter. The Labour Ministry said the plan was unfair.\n\nThe company cut 300 jobs on Monday. It said the cuts were needed to stay competitive.", ["Acme Corp", "The Labour Ministry", "Acme Corp"]],
    // Negative: with no body described in the narration, "it" is still the body that spoke last.
    ["Acme Corp said sales rose in the first quarter. The Labour Ministry said the plan was unfair.\n\nTalks will resume on Monday. It said the cuts were not needed.", ["Acme Corp", "The Labour Ministry", "The Labour Ministry"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("'he'/'she' carries on from a pronoun subject", () => {
  it.each([
    // The names after "She was married to" are her objects: the next "she" is still the woman who spoke.
    ["Ruth Vale said the film was her best.\n\nVale had one son with her first husband, Tom Reyes. She was later married to Carl Moss and Jim Pike, whom she divorced in 1990. She said Reyes had been cruel to her.", ["Ruth Vale", "Ruth Vale"]],
    // Negative: a person the narration names as a subject is who "she" means next.
    ["Ruth Vale said the film was her best.\n\nLater, Ann Cole joined the cast. She said the script was weak.", ["Ruth Vale", "Ann Cole"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("misspelt surnames, not other names", () => {
  it.each([
    // Two edits across lengths make another name: "Francis" is not "Massimo Franco".
    ['Massimo Franco, a columnist, said the pope was political.\n\n"God will hold them accountable," Francis said.', ["Massimo Franco", "Francis"]],
    // A transposition at one length is still a misspelling; so is one letter more.
    ['Helmut Schlesinger said the bank was watching.\n\n"Let us wait," Schelsinger said.', ["Helmut Schlesinger", "Helmut Schlesinger"]],
    ['Rudy Giuliani said the charges were weak.\n\n"It is over," Guiliani said.', ["Rudy Giuliani", "Rudy Giuliani"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a subjectless cue after a 'where'/'when' clause", () => {
  it.each([
    // No comma between the clause and the cue: the clause's subject speaks.
    ["The mayor was taken to the city hospital, where Dr. Anna Berg was met with applause upon announcing the operation had gone well.", ["Anna Berg"]],
    // Negative: a comma before the cue leaves it to the main clause ("…, adding").
    ["Tom Reed left the hall early, when Anna Berg took the stage, saying the vote was rigged.", ["Tom Reed"]],
    // Negative: a subordinate clause before the main clause is not its subject.
    ["As voters went to the polls, the campaign sent an email and accused the rival of lying.", ["the campaign"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
