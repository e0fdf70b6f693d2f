import { BODY_HEADS, CONNECTORS, DETERMINERS, FUNCTION_WORDS, NON_NAMES, NOT_SPEAKER_HEADS, TIE, isCapitalised, isRoleNoun } from "./lexicon.ts";
import type { Token } from "./tokens.ts";
import time from "../lexicons/time-words.json" with { type: "json" };

/** Shared vocabulary and token tests for reading speaker phrases. */
export const MAX_WORDS = 12;
/** The word lists live in lexicons/speech-words.json (loaded in lexicon.ts); re-exported for the phrase readers. */
export { CONNECTORS, FUNCTION_WORDS, TIE };
const WEEKDAY_OR_TIME = new Set([...time.weekdays, ...time.relativeDays, ...time.dayParts, ...time.periods]);
const TIME_LEADS = new Set(time.timeLeads);

/** The nearest role noun within ten words before a preposition, with no punctuation in between. */
export function roleNounBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const t = tokens[j]!;
    if (t.punct || (NON_NAMES.has(t.lower) && !DETERMINERS.has(t.lower) && !TIE.has(t.lower) && t.lower !== "of")) return -1;
    if (isRoleNoun(t.lower) && !NOT_SPEAKER_HEADS.has(t.lower)) return j;
  }
  return -1;
}

export function openingParenthesis(tokens: Token[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 8; j--) if (tokens[j]!.text === "(") return j;
  return -1;
}

/** A word a speaker phrase can end on: a name, a role or the head of a body. */
export function isHeadWord(t: Token): boolean {
  // "said the 46-year-old": an age stands for the person, as a role noun would.
  return (isCapitalised(t.text) && !NON_NAMES.has(t.lower)) || isRoleNoun(t.lower) || BODY_HEADS.has(t.lower) || /^\d{1,3}-year-old$/.test(t.lower);
}

/** "on Wednesday", "last week", "in 2010" standing between a speaker and the cue. */
export function isAdverbialTime(tokens: Token[], i: number): boolean {
  return adverbialTimeLength(tokens, i) > 0;
}

const WEEKDAYS = new Set([...time.weekdays, ...time.relativeDays]);
const DAY_PARTS = new Set(time.dayParts);

/**
 * How many tokens, ending at i, make a time adverbial: 2 for "on Wednesday", "last week", "in 2010"; 3 for "on
 * Thursday evening", "late Monday night" (a weekday before a day part); 0 for none.
 */
export function adverbialTimeLength(tokens: Token[], i: number): number {
  if (tokens[i]!.lower === "ago") return agoLength(tokens, i);
  if (i >= 1 && /^(?:1[89]|20)\d\d$/.test(tokens[i]!.text) && tokens[i - 1]!.lower === "in") return 2;
  if (i >= 2 && DAY_PARTS.has(tokens[i]!.lower) && WEEKDAYS.has(tokens[i - 1]!.lower) && TIME_LEADS.has(tokens[i - 2]!.lower)) return 3;
  return i >= 1 && WEEKDAY_OR_TIME.has(tokens[i]!.lower) && TIME_LEADS.has(tokens[i - 1]!.lower) ? 2 : 0;
}

/** A determiner or possessive within n words before token k, with no punctuation in between. */
export function determinerWithin(tokens: Token[], k: number, n: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - n; j--) {
    const t = tokens[j]!;
    if (t.punct) return false;
    if (DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower)) return true;
  }
  return false;
}

const AGO_UNITS = /^(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/;
const AGO_COUNTS = /^(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many|some)$/;

/** "two weeks ago", "less than a month ago", "a few days ago": its length in tokens ending at "ago", else 0. */
function agoLength(tokens: Token[], i: number): number {
  if (i < 2 || !AGO_UNITS.test(tokens[i - 1]!.lower)) return 0;
  let j = i - 2;
  if (tokens[j]!.lower === "few" && j > 0 && tokens[j - 1]!.lower === "a") j--;
  if (!AGO_COUNTS.test(tokens[j]!.lower)) return 0;
  // "less than two weeks ago", "just over a year ago", "about a month ago"
  if (j >= 2 && tokens[j - 1]!.lower === "than" && /^(?:less|more)$/.test(tokens[j - 2]!.lower)) j -= 2;
  else if (j >= 1 && /^(?:about|nearly|almost|just|only|some)$/.test(tokens[j - 1]!.lower)) j--;
  return i - j + 1;
}
