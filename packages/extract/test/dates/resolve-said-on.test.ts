import { describe, expect, it } from "vitest";
import { resolveSaidOn } from "../../src/dates/index.ts";

// [article date, attribution words (from the corpora), expected date said]
const cases: [string | null, string, string | null][] = [
  // weekdays: the latest such day on or before the article date (2021-07-28 and 2017-10-11 are Wednesdays)
  ["2021-07-28", "Russian Foreign Minister Sergei Lavrov told reporters on Wednesday", "2021-07-28"],
  ["2021-07-28", "Merkel said on Monday", "2021-07-26"],
  ["2021-07-28", "Trump said on Thursday", "2021-07-22"],
  ["2017-10-11", "Lawmakers said on Wednesday night", "2017-10-11"],
  ["2017-10-11", "Brownback said on Tuesday night", "2017-10-10"],
  ["2016-09-19", "Obama said on Saturday night", "2016-09-17"],
  ["2016-09-19", "the White House said Sunday", "2016-09-18"],
  ["2021-07-28", "he told reporters last Wednesday", "2021-07-21"],
  ["2021-07-28", "Pentagon said on Friday", "2021-07-23"],
  // a weekday across a month and a year boundary (1987-01-05 is a Monday)
  ["1987-01-05", "Weinberger said on Saturday", "1987-01-03"],
  ["2024-03-01", "the ministry said on Thursday", "2024-02-29"],
  // yesterday, last night, today
  ["1987-03-05", "Yeutter said yesterday", "1987-03-04"],
  ["1987-03-17", "Tanjug said last night", "1987-03-16"],
  ["1987-01-01", "Ozal said last night", "1986-12-31"],
  ["1987-03-05", "Iraq said today", "1987-03-05"],
  ["1987-03-05", "the president said in a speech tonight", "1987-03-05"],
  ["1987-03-05", "officials said the day before yesterday", "1987-03-03"],
  // vague: the article date stands
  ["1987-03-05", "officials said earlier this week", "1987-03-05"],
  ["1987-03-05", "Baker said last week", "1987-03-05"],
  ["1987-03-05", "the company said recently", "1987-03-05"],
  ["1987-03-05", "Shoigu specified", "1987-03-05"],
  // explicit dates, in the article's year or the year before when they would come after it
  ["2021-07-28", "the minister said on July 26", "2021-07-26"],
  ["2021-07-28", "the minister said on 26 July", "2021-07-26"],
  ["2021-12-10", "the ministry said on Dec. 3", "2021-12-03"],
  ["1987-03-05", "Douglas said on December 30", "1986-12-30"],
  ["1987-03-09", "Speakes said on January 14", "1987-01-14"],
  ["2017-10-11", "Abadi said on Oct 5", "2017-10-05"],
  ["2017-10-11", "Abadi said on Sept. 28", "2017-09-28"],
  ["2017-10-11", "Abadi said on 3rd of October", "2017-10-03"],
  ["2017-10-11", "the court ruled on Dec. 3, 2015", "2015-12-03"],
  ["2017-12-01", "On Feb. 14, Trump asked", "2017-02-14"],
  ["2016-11-09", "During his second debate with Clinton on Oct. 9, Trump vowed", "2016-10-09"],
  ["2017-01-05", "the central bank said on Dec. 28", "2016-12-28"],
  ["2024-03-05", "the agency said on Feb. 29", "2024-02-29"],
  ["2023-03-05", "the agency said on Feb. 29", "2023-03-05"],
  ["2000-03-01", "officials said yesterday", "2000-02-29"],
  ["1900-03-01", "officials said yesterday", "1900-02-28"],
  // full timestamps keep the writer's own calendar day
  ["2021-07-28T23:30:00-05:00", "he said yesterday", "2021-07-27"],
  // the first date in the words wins
  ["2021-07-28", "Shoigu said on Monday that last week's talks", "2021-07-26"],
  // a weekday dates the speaking before an explicit date or a vague period elsewhere in the sentence
  ["2016-11-26", "Trump, who takes office on Jan. 20, said on Thursday that", "2016-11-24"],
  ["2021-07-28", "Lavrov, who met Blinken last week, told reporters on Monday", "2021-07-26"],
  ["2021-07-28", "Baker said last week, a day after the July 1 meeting,", "2021-07-28"],
];

const negative: [string | null, string, string | null][] = [
  // no article date, no date said
  [null, "Shoigu told reporters on Wednesday", null],
  ["not a date", "said yesterday", null],
  ["2021-02-30", "said yesterday", null],
  // lower-case "may" and "march" are verbs, not months
  ["2021-07-28", "officials may 5 times have said", "2021-07-28"],
  ["2021-07-28", "protesters march 3 miles, police said", "2021-07-28"],
  // a plan for next Friday is not when the words were said
  ["2021-07-28", "he said he will travel next Friday", "2021-07-28"],
  // deadlines, spans and dates after the story are not when the words were said
  ["2021-07-28", "the ministry said the troops would leave by Friday", "2021-07-28"],
  ["2021-07-28", "the talks, which run until July 30, officials said", "2021-07-28"],
  ["2021-07-28", "officials said, in force since 1 July", "2021-07-28"],
  ["2017-10-12", "Dillon said, referring to Jan. 1, 2019", "2017-10-12"],
  // plurals are habits, not days
  ["2021-07-28", "he says on Mondays", "2021-07-28"],
  // an impossible date is skipped
  ["2021-07-28", "said on February 30", "2021-07-28"],
  // dates of coming events in the attribution sentence (isot-reuters) are not when the words were said
  ["2017-12-11", "A replacement for him as speaker was expected to be decided at an extraordinary meeting on Dec. 19, said", "2017-12-11"],
  ["2016-03-26", "has increasingly turned her attention toward a potential Nov. 8 general election showdown, claiming", "2016-03-26"],
  ["2017-01-11", "Trump, who will be sworn into office on Jan. 20, warned", "2017-01-11"],
  ["2016-07-22", "said Leah Daughtry, the chief executive officer of the committee organizing the July 25-28 convention", "2016-07-22"],
];

describe("resolveSaidOn", () => {
  it.each(cases)("%s + %j → %s", (publishedAt, words, expected) => {
    expect(resolveSaidOn(publishedAt, words)).toBe(expected);
  });
  it.each(negative)("%s + %j → %s (no shift)", (publishedAt, words, expected) => {
    expect(resolveSaidOn(publishedAt, words)).toBe(expected);
  });
});
