import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/statements/paragraphs.ts";
import { findQuotes } from "../../src/statements/quotes.ts";
import { splitSentences } from "../../src/statements/sentences.ts";

function sentencesOf(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  return splitSentences(text, paragraphs, findQuotes(text, paragraphs)).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it.each([
    ["abbreviations and initials", "Sen. Tim Scott (R-S.C.) told The Washington Post. He met John Q. Adams on Feb. 3.", ["Sen. Tim Scott (R-S.C.) told The Washington Post.", "He met John Q. Adams on Feb. 3."]],
    ["a quote is atomic", '"The committee promised everyone that it is leaving. And this is true," Ivanov specified. He left.', ['"The committee promised everyone that it is leaving. And this is true," Ivanov specified.', "He left."]],
    ["a quote ending with a full stop ends the sentence", 'Orlov noted it is hard "to find a solution." "For example, did it help anyone?" he asked.', ['Orlov noted it is hard "to find a solution."', '"For example, did it help anyone?" he asked.']],
    ["dotted acronyms mid-sentence", "The U.S. Economy is strong, said Toshiaki Kakimoto.", ["The U.S. Economy is strong, said Toshiaki Kakimoto."]],
    ["paragraphs never join", "First line without stop\nSecond line.", ["First line without stop", "Second line."]],
  ])("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
