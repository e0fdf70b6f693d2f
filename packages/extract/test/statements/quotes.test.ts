import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../src/statements/paragraphs.ts";
import { findQuotes } from "../../src/statements/quotes.ts";

const quotesOf = (text: string) => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

describe("findQuotes", () => {
  it.each([
    ["ascii", '"The evacuation of the village is finished," Petrov told TASS.', ["The evacuation of the village is finished,"]],
    ["curly", "“Here comes the champion,” she said, laughing. “The one. The only.”", ["Here comes the champion,", "The one. The only."]],
    ["guillemets", "Peskov said: «We will not comment on this.»", ["We will not comment on this."]],
    ["low-9 opener", "Er sagte: „Das ist gut“ und ging.", ["Das ist gut"]],
    ["doubled apostrophes (NYT)", "''This isn't a rescue plan,'' said Martha Quinn.", ["This isn't a rescue plan,"]],
    ["nested single quotes stay inside", "“The critics are saying, ‘Well, usually that’s fine,’ and so on,” Harmon said.", ["The critics are saying, ‘Well, usually that’s fine,’ and so on,"]],
    ["apostrophes are not quotes", "It’s the Kremlin’s view, and the leaders’ meeting went ahead.", []],
    ["single curly quote as a quote", "Black lawmakers call Trump a ‘disgusting fraud’ on Friday.", ["disgusting fraud"]],
    ["same opener twice: the first was never closed", "“We were there. “Now we are not,” he said.", ["We were there.", "Now we are not,"]],
    // Mixed typography (polnear/train shape): the other style's double mark closes the quote where a closer stands.
    ["straight opener, curly closer", '"This is a long process,” said Ann Ruiz. "Some will give up.”', ["This is a long process,", "Some will give up."]],
    ["curly opener, straight closer", '“Look at all these people," Dale said. “They came early," he added.', ["Look at all these people,", "They came early,"]],
    ["straight quotes nested in curly ones stay inside", '“He said "no" to me,” Bennett said.', ['He said "no" to me,']],
    ["curly quotes nested in straight ones stay inside", '"It is “rather odd” to do that," Smith said.', ["It is “rather odd” to do that,"]],
    ["unbalanced ascii closes at paragraph end", 'He said "this is wrong\n\nThe next paragraph is narration.', ["this is wrong"]],
  ])("%s", (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it("runs a quote on into a paragraph that closes it", () => {
    const text = 'Alan Price said "this was a badly balanced plan.\n\nThe council had two million pounds to spend."\n\nPrice left.';
    expect(quotesOf(text)).toEqual(["this was a badly balanced plan.\n\nThe council had two million pounds to spend."]);
  });

  it("starts a new passage when the next paragraph reopens the quote", () => {
    const text = 'He replied "I think we will finish the bridge in May.\n\n"There is not any hurry."';
    expect(quotesOf(text)).toEqual(["I think we will finish the bridge in May.", "There is not any hurry."]);
  });

  it("stays linear on thousands of quote marks", () => {
    const text = '"a" '.repeat(50_000) + '"unclosed ' + "x ".repeat(100_000);
    const t = performance.now();
    const quotes = quotesOf(text);
    expect(quotes.length).toBe(50_001);
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
