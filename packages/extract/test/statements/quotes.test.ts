import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/statements/paragraphs.ts";
import { findQuotes } from "../../src/statements/quotes.ts";

const quotesOf = (text: string) => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

describe("findQuotes", () => {
  it.each([
    ["ascii", '"The search and rescue operation is complete," Chupriyan told TASS.', ["The search and rescue operation is complete,"]],
    ["curly", "“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”", ["Here comes Big Daddy,", "The Donald. Big Daddy."]],
    ["guillemets", "Peskov said: «We will not comment on this.»", ["We will not comment on this."]],
    ["low-9 opener", "Er sagte: „Das ist gut“ und ging.", ["Das ist gut"]],
    ["doubled apostrophes (NYT)", "''This isn't tax reform,'' said Douglas Holtz-Eakin.", ["This isn't tax reform,"]],
    ["nested single quotes stay inside", "“The left is saying, ‘Yeah, normally that’s true,’ and so on,” Limbaugh said.", ["The left is saying, ‘Yeah, normally that’s true,’ and so on,"]],
    ["apostrophes are not quotes", "It’s the Kremlin’s view, and the leaders’ meeting went ahead.", []],
    ["single curly quote as a quote", "Black lawmakers call Trump a ‘disgusting fraud’ on Friday.", ["disgusting fraud"]],
    ["same opener twice: the first was never closed", "“We were there. “Now we are not,” he said.", ["We were there.", "Now we are not,"]],
    ["unbalanced ascii closes at paragraph end", 'He said "this is wrong\n\nThe next paragraph is narration.', ["this is wrong"]],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it("runs a quote on into a paragraph that closes it", () => {
    const text = 'David Steel said "this was a strangely deceptive budget.\n\nThe Chancellor had six billion stg to give back."\n\nSteel left.';
    expect(quotesOf(text)).toEqual(["this was a strangely deceptive budget.\n\nThe Chancellor had six billion stg to give back."]);
  });

  it("starts a new passage when the next paragraph reopens the quote", () => {
    const text = 'He replied "I think we will hold the election late.\n\n"There is not any compulsion."';
    expect(quotesOf(text)).toEqual(["I think we will hold the election late.", "There is not any compulsion."]);
  });

  it("stays linear on thousands of quote marks", () => {
    const text = '"a" '.repeat(50_000) + '"unclosed ' + "x ".repeat(100_000);
    const t = performance.now();
    const quotes = quotesOf(text);
    expect(quotes.length).toBe(50_001);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
