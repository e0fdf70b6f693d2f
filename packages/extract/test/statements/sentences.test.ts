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
    ["abbreviations and initials", "Sen. Lindsey Graham (R-S.C.) told The Huffington Post. He met David M. Holland on Jan. 5.", ["Sen. Lindsey Graham (R-S.C.) told The Huffington Post.", "He met David M. Holland on Jan. 5."]],
    ["a quote is atomic", '"The US declared far and wide that they are leaving. And this is true," Shoigu specified. He left.', ['"The US declared far and wide that they are leaving. And this is true," Shoigu specified.', "He left."]],
    ["a quote ending with a full stop ends the sentence", 'Shoigu noted it is hard "to find a place." "For example, did it lead to anything good?" he asked.', ['Shoigu noted it is hard "to find a place."', '"For example, did it lead to anything good?" he asked.']],
    ["dotted acronyms mid-sentence", "The U.S. Economy is strong, said Toshiaki Kakimoto.", ["The U.S. Economy is strong, said Toshiaki Kakimoto."]],
    ["paragraphs never join", "First line without stop\nSecond line.", ["First line without stop", "Second line."]],
  ])("%s", (_name, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
