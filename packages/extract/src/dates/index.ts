import { addDays, daysBetween, formatDay, isAfter, isRealDay, parseDay, weekday } from "./calendar.ts";
import type { Day } from "./calendar.ts";
import lexicon from "./lexicon.json" with { type: "json" };

const MONTHS: Record<string, number> = lexicon.months;
const WEEKDAYS: Record<string, number> = lexicon.weekdays;
const RELATIVE: Record<string, number> = lexicon.relativeDays;
const VAGUE: string[] = lexicon.vaguePeriods;

const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const MONTH = `(${alternatives(Object.keys(MONTHS))})\\.?`;
/** A day of the month, not the start of a range ("July 25-28" is an event's dates, not when words were said). */
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?!\\s*[-–]\\s*\\d)";
const YEAR = "(?:,?\\s+(\\d{4}))?";

/** Words before a date that make it a deadline, a plan or a span ("by Friday", "until July 26", "next Monday"). */
const NOT_WHEN_SAID = new Set(lexicon.notWhenSaid);
const QUALIFIER = `(?:\\b(last|this|${[...NOT_WHEN_SAID].join("|")})\\s+)?`;

/** "July 26", "Dec. 3, 2020" */
const MONTH_DAY = new RegExp(`${QUALIFIER}\\b${MONTH}\\s+${DAY}\\b${YEAR}`, "gi");
/** "26 July", "3rd of December 2020" */
const DAY_MONTH = new RegExp(`${QUALIFIER}\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])${YEAR}`, "gi");
/** "on Wednesday", "Monday night", "last Friday". */
const WEEKDAY = new RegExp(`${QUALIFIER}\\b(${alternatives(Object.keys(WEEKDAYS))})(?![a-z])`, "gi");
const RELATIVE_DAY = new RegExp(`\\b(${alternatives(Object.keys(RELATIVE))})\\b`, "gi");
const VAGUE_PERIOD = new RegExp(`\\b(${alternatives(VAGUE)})\\b`, "gi");

/** Most attribution words hold no date at all ("Shoigu specified"): one cheap test skips the full search. */
const MAY_HOLD_A_DATE = new RegExp(
  `\\b(?:${alternatives([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(RELATIVE), ...VAGUE])})`,
  "i",
);

interface Cue {
  /** Weekdays and "yesterday" (0) date the speaking itself in wire style; explicit dates and vague periods (1) more
   * often date an event in the same sentence ("Trump, who takes office on Jan. 20, said on Thursday"). */
  rank: 0 | 1;
  at: number;
  resolve: (article: Day) => Day | null;
}

/** Month and weekday names are proper nouns: "may" and "march" in lower case are verbs. */
const capitalised = (word: string) => word[0] !== word[0]!.toLowerCase();

/**
 * How far back a year-less date later in the calendar than the story may reach into the previous year. "On Dec. 30"
 * in a March story is last December; "on Nov. 8" in a March story is the coming election, not a past statement.
 */
const MAX_DAYS_INTO_LAST_YEAR = 120;

function explicitDate(month: number, dayOfMonth: number, year: string | undefined, article: Day): Day | null {
  if (year) {
    const day = { year: +year, month, day: dayOfMonth };
    return isRealDay(day) ? day : null;
  }
  const sameYear = { year: article.year, month, day: dayOfMonth };
  if (!isRealDay(sameYear) || !isAfter(sameYear, article)) return isRealDay(sameYear) ? sameYear : null;
  const lastYear = { ...sameYear, year: article.year - 1 };
  if (!isRealDay(lastYear) || daysBetween(lastYear, article) > MAX_DAYS_INTO_LAST_YEAR) return null;
  return lastYear;
}

const excluded = (qualifier: string | undefined) => qualifier !== undefined && NOT_WHEN_SAID.has(qualifier.toLowerCase());

function findCues(words: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of words.matchAll(MONTH_DAY)) {
    if (!capitalised(m[2]!) || excluded(m[1])) continue;
    const [month, dayOfMonth, year] = [MONTHS[m[2]!.toLowerCase()]!, +m[3]!, m[4]];
    cues.push({ rank: 1, at: m.index, resolve: (article) => explicitDate(month, dayOfMonth, year, article) });
  }
  for (const m of words.matchAll(DAY_MONTH)) {
    if (!capitalised(m[3]!) || excluded(m[1])) continue;
    const [dayOfMonth, month, year] = [+m[2]!, MONTHS[m[3]!.toLowerCase()]!, m[4]];
    cues.push({ rank: 1, at: m.index, resolve: (article) => explicitDate(month, dayOfMonth, year, article) });
  }
  for (const m of words.matchAll(WEEKDAY)) {
    const qualifier = m[1]?.toLowerCase();
    if (!capitalised(m[2]!) || excluded(qualifier)) continue;
    const target = WEEKDAYS[m[2]!.toLowerCase()]!;
    // "on Wednesday" may be the story's own day; "last Wednesday" is always an earlier one
    const minimumBack = qualifier === "last" ? 1 : 0;
    cues.push({
      rank: 0,
      at: m.index,
      resolve: (article) => {
        const back = (weekday(article) - target + 7) % 7;
        return addDays(article, -(back < minimumBack ? back + 7 : back));
      },
    });
  }
  for (const m of words.matchAll(RELATIVE_DAY)) {
    const offset = RELATIVE[m[1]!.toLowerCase()]!;
    cues.push({ rank: 0, at: m.index, resolve: (article) => addDays(article, offset) });
  }
  for (const m of words.matchAll(VAGUE_PERIOD)) cues.push({ rank: 1, at: m.index, resolve: (article) => article });
  return cues.sort((a, b) => a.rank - b.rank || a.at - b.at);
}

/**
 * The day a statement was made: the article date moved by the relative date in the attribution words
 * ("told reporters on Wednesday", "said yesterday", "announced on July 26"). Pure: the article date stands in
 * for "today". Returns YYYY-MM-DD, or null when the article has no (valid) date.
 */
export function resolveSaidOn(publishedAt: string | null, attribution: string): string | null {
  if (!publishedAt) return null;
  const article = parseDay(publishedAt);
  if (!article) return null;
  if (!MAY_HOLD_A_DATE.test(attribution)) return formatDay(article);
  for (const cue of findCues(attribution)) {
    const day = cue.resolve(article);
    // nothing reported in a story was said after the story was written: a later date is a plan
    if (day && !isAfter(day, article)) return formatDay(day);
  }
  return formatDay(article);
}
