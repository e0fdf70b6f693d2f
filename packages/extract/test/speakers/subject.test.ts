import { describe, expect, it } from "vitest";
import { clauseSubject } from "../../src/speakers/subject.ts";
import { rows } from "../statements/helpers.ts";

/** The speaker of the statement whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return rows(text).find(([, , t]) => t.startsWith(opening))?.[1];
}

describe("a participle or coordinated cue speaks for the subject of its clause", () => {
  it.each([
    // [article, statement opening, speaker]
    ["Mayor Ann Holt opened the new bridge on Friday.\n\nThe governor, Paul Reyes, visited the site later, saying the bridge had cost too much.", "the bridge had cost", "Paul Reyes"],
    ["Officials met in Geneva.\n\nSenator Maria Lopez of Texas backed the plan on Tuesday, saying it would \"protect families.\"", "it would", "Maria Lopez"],
    ["The Daily Ledger obtained a copy of the memo and said it showed the budget was short.", "it showed", "The Daily Ledger"],
    ["Campaign manager Tom Reed spoke first.\n\nSpeaking at a rally in Dayton, Ohio, Jane Miller spoke against her rival, saying he was \"a total failure.\"", "he was", "Jane Miller"],
    ["Analysts were divided.\n\nHe met them later. Karen Blake, a former trade envoy, also spoke against the tariff, saying farmers would pay.", "farmers would pay", "Karen Blake"],
  ])("%#: %s", (text, opening, speaker) => {
    expect(speakerOf(text, opening)).toBe(speaker);
  });
});

describe("clauseSubject", () => {
  const at = (sentence: string, cue: string) => {
    const span = clauseSubject(sentence, 0, sentence.indexOf(cue));
    return span ? sentence.slice(span.start, span.end) : null;
  };
  it.each([
    ["Trump escalated his attacks on Saturday, saying more suits would follow.", "saying", "Trump"],
    ["Bush, Florida's former governor, also attacked his rival, calling him a loser.", "calling", "Bush, Florida's former governor"],
    ["Speaking in Salem, the senator went after the governor, calling him weak.", "calling", "the senator"],
    // The nearest main clause before the cue, not a subordinate or complement clause's subject.
    ["As voters went to the polls, the Reed campaign sent out an email and accused its rival of lying.", "accused", "the Reed campaign"],
    ["Police arrested two men on Friday and Mayor Ann Holt closed the park, saying it was unsafe.", "saying", "Mayor Ann Holt"],
    ["Senator Lopez thinks the economy is growing, adding that wages will follow.", "adding", "Senator Lopez"],
    ["When the crowd began to chant, Silverman stepped back and joked, “You are being ridiculous.”", "joked", "Silverman"],
    // No finite verb with a subject before the cue: nothing to read.
    ["Speaking to reporters, saying little.", "saying", null],
    ["To win the state, calling voters matters.", "calling", null],
  ])("%s", (sentence, cue, subject) => {
    expect(at(sentence, cue)).toBe(subject);
  });
});
