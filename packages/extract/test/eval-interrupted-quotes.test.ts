import { describe, expect, it } from "vitest";
import { joinedPassages, splitInterruptedQuotes } from "../scripts/eval/interrupted-quotes.ts";

// Sentences written for this test, in PolNeAR's way of joining the parts of an interrupted quote.
const article = "Intro line.\n\n“We will not give up on this town,” the mayor said on Monday. “The mill reopens in May.”\n\nShe left.";
const start = article.indexOf("“We");
const joined = "“We will not give up on this town,” “The mill reopens in May.”";

describe("PolNeAR interrupted quotes to the guide's convention", () => {
  it("finds the article passages a joined text is made of, in order", () => {
    expect(joinedPassages(article, start, joined)).toEqual([
      { start, text: "“We will not give up on this town,”" },
      { start: article.indexOf("“The mill"), text: "“The mill reopens in May.”" },
    ]);
  });

  it("gives null when the parts are not in the article in that order", () => {
    expect(joinedPassages(article, start, "“The mill reopens in May.” “We will not give up on this town,”")).toBeNull();
  });

  it("cuts joined quotes only; substrings and indirect content clauses stay as published", () => {
    const gold = [{ id: "a", statements: [
      { kind: "direct", start, text: joined, speaker: "Ana Ruiz" },
      { kind: "direct", start: article.indexOf("“The mill"), text: "“The mill reopens in May.”", speaker: "Ana Ruiz" },
      { kind: "indirect", start, text: "We will not give up The mill reopens", speaker: null },
      { kind: "indirect", start, text: joined, speaker: null }, // a quote labelled indirect is cut too
      { kind: "direct", start: 0, text: "Intro line. “The mill reopens in May.”", speaker: null }, // narration + quote: kept
    ] }];
    const [out] = splitInterruptedQuotes(gold, new Map([["a", article]]));
    expect(out!.statements.map((s) => [s.kind, s.text, s.speaker])).toEqual([
      ["direct", "“We will not give up on this town,”", "Ana Ruiz"],
      ["direct", "“The mill reopens in May.”", "Ana Ruiz"],
      ["direct", "“The mill reopens in May.”", "Ana Ruiz"],
      ["indirect", "We will not give up The mill reopens", null],
      ["indirect", "“We will not give up on this town,”", null],
      ["indirect", "“The mill reopens in May.”", null],
      ["direct", "Intro line. “The mill reopens in May.”", null],
    ]);
  });
});
