// The day a story is dated: record, then dateline, then a date line in the text, else unknown (never the day it
// was read). Texts are written for these tests.
import { describe, expect, it } from "vitest";
import { articleDay, dateLineOf } from "../../src/dates/article-day.ts";
import { parseDateline } from "../../src/dateline/index.ts";
import { extractArticle } from "../../src/index.ts";

const article = (text: string, publishedAt: string | null = null) => ({ id: "t", source: null, url: null, title: null, publishedAt, text });

describe("the dateline's date", () => {
  it.each([
    ["MOSCOW, February 3. /TASS/. The minister said on Monday that talks would go on.", { year: null, month: 2, day: 3 }],
    ["HEMPSTEAD, N.Y., Sept. 26, 2016 (UPI) — The candidate said the debate was unfair.", { year: 2016, month: 9, day: 26 }],
    ["PORTLAND, Ore., Feb 26 - The partnership said it would pay a dividend.", { year: null, month: 2, day: 26 }],
    ["MOSCOW (Reuters) - Russia said on Monday it would reply.", null],
  ])("%j", (text, date) => {
    expect(parseDateline(text)?.date).toEqual(date);
  });
});

describe("articleDay", () => {
  it("takes the record's date first", () => {
    expect(articleDay("2021-07-28T10:00:00+03:00", { year: 2020, month: 1, day: 2 }, "")).toEqual({ day: "2021-07-28", source: "record" });
  });
  it("then a dateline that gives its year", () => {
    expect(articleDay(null, { year: 2016, month: 9, day: 26 }, "")).toEqual({ day: "2016-09-26", source: "dateline" });
  });
  it("leaves a year-less dateline unknown rather than guessing the year", () => {
    expect(articleDay(null, { year: null, month: 2, day: 3 }, "MOSCOW, February 3. /TASS/. Text.")).toEqual({ day: null, source: null });
  });
  it("then a date line in the text", () => {
    expect(articleDay(null, null, "Talks resume in Geneva\n\nPublished: 3 February 2005\n\nThe envoy said talks would resume.")).toEqual({ day: "2005-02-03", source: "text" });
    expect(dateLineOf("Thursday, February 3, 2005\nThe envoy said so.")).toBe("2005-02-03");
    expect(dateLineOf(" date 2021-07-28 DUSHANBE, July 28. /TASS/. Text")).toBe("2021-07-28");
  });
  it("finds no date line in a sentence that mentions a date", () => {
    expect(dateLineOf("Profits rose 76% for the three months to December 2004, the firm said.")).toBeNull();
  });
});

describe("statements of an undated article", () => {
  it("have an unknown date, not today's", () => {
    const text = "Quarterly profits at the firm jumped 76%, it said on Friday.\n\n\"We are very pleased with the results,\" chief executive Jane Smith said.";
    const result = extractArticle(article(text));
    expect(result.statements.length).toBeGreaterThan(0);
    expect(result.datedOn).toBeNull();
    expect(result.statements.map((s) => s.saidOn)).toEqual(result.statements.map(() => null));
  });
  it("are dated from a dateline with a year, and its weekday words count back from it", () => {
    const text = "HEMPSTEAD, N.Y., Sept. 28, 2016 (UPI) — The candidate said on Monday that the debate was unfair to her party.";
    const result = extractArticle(article(text));
    expect(result).toMatchObject({ datedOn: "2016-09-28", datedBy: "dateline" });
    expect(result.statements[0]?.saidOn).toBe("2016-09-26");
  });
});
