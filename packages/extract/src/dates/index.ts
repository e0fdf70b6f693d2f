import { addDays, formatDay, isAfter, isRealDay, parseDay, weekday } from "./calendar.ts";
import type { Day } from "./calendar.ts";
import lexicon from "./lexicon.json" with { type: "json" };

const MONTHS: Record<string, number> = lexicon.months;
const WEEKDAYS: Record<string, number> = lexicon.weekdays;
const RELATIVE: Record<string, number> = lexicon.relativeDays;

const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const MONTH = `(${alternatives(Object.keys(MONTHS))})\\.?`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";

/** "July 26", "Dec. 3, 2020" */
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+${DAY}\\b${YEAR}`, "gi");
/** "26 July", "3rd of December 2020" */
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])${YEAR}`, "gi");
/** "on Wednesday", "Monday night", "last Friday"; "next Friday" is a plan, not when something was said. */
const WEEKDAY = new RegExp(`\\b(?:(last|next|this|coming)\\s+)?(${alternatives(Object.keys(WEEKDAYS))})(?![a-z])`, "gi");
const RELATIVE_DAY = new RegExp(`\\b(${alternatives(Object.keys(RELATIVE))})\\b`, "gi");

interface Cue {
  at: number;
  resolve: (article: Day) => Day | null;
}

/** Month and weekday names are proper nouns: "may" and "march" in lower case are verbs. */
const capitalised = (word: string) => word[0] !== word[0]!.toLowerCase();

function explicitDate(month: number, dayOfMonth: number, year: string | undefined, article: Day): Day | null {
  if (year) {
    const day = { year: +year, month, day: dayOfMonth };
    return isRealDay(day) ? day : null;
  }
  const sameYear = { year: article.year, month, day: dayOfMonth };
  // a date later than the story without a year was last year's ("on Dec. 30" in a January story)
  const day = isRealDay(sameYear) && isAfter(sameYear, article) ? { ...sameYear, year: article.year - 1 } : sameYear;
  return isRealDay(day) ? day : null;
}

function findCues(words: string): Cue[] {
  const cues: Cue[] = [];
  for (const m of words.matchAll(MONTH_DAY)) {
    if (!capitalised(m[1]!)) continue;
    const [month, dayOfMonth, year] = [MONTHS[m[1]!.toLowerCase()]!, +m[2]!, m[3]];
    cues.push({ at: m.index, resolve: (article) => explicitDate(month, dayOfMonth, year, article) });
  }
  for (const m of words.matchAll(DAY_MONTH)) {
    if (!capitalised(m[2]!)) continue;
    const [dayOfMonth, month, year] = [+m[1]!, MONTHS[m[2]!.toLowerCase()]!, m[3]];
    cues.push({ at: m.index, resolve: (article) => explicitDate(month, dayOfMonth, year, article) });
  }
  for (const m of words.matchAll(WEEKDAY)) {
    const qualifier = m[1]?.toLowerCase();
    if (!capitalised(m[2]!) || qualifier === "next" || qualifier === "coming") continue;
    const target = WEEKDAYS[m[2]!.toLowerCase()]!;
    // "on Wednesday" may be the story's own day; "last Wednesday" is always an earlier one
    const minimumBack = qualifier === "last" ? 1 : 0;
    cues.push({
      at: m.index,
      resolve: (article) => {
        const back = (weekday(article) - target + 7) % 7;
        return addDays(article, -(back < minimumBack ? back + 7 : back));
      },
    });
  }
  for (const m of words.matchAll(RELATIVE_DAY)) {
    const offset = RELATIVE[m[1]!.toLowerCase()]!;
    cues.push({ at: m.index, resolve: (article) => addDays(article, offset) });
  }
  return cues.sort((a, b) => a.at - b.at);
}

/**
 * The day a statement was made: the article date moved by the first relative date in the attribution words
 * ("told reporters on Wednesday", "said yesterday", "announced on July 26"). Pure: the article date stands in
 * for "today". Returns YYYY-MM-DD, or null when the article has no (valid) date.
 */
export function resolveSaidOn(publishedAt: string | null, attribution: string): string | null {
  if (!publishedAt) return null;
  const article = parseDay(publishedAt);
  if (!article) return null;
  for (const cue of findCues(attribution)) {
    const day = cue.resolve(article);
    if (day) return formatDay(day);
  }
  return formatDay(article);
}
