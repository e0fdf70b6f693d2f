import { BODY_HEADS, DETERMINERS, NON_NAMES, NOT_SPEAKER_HEADS, isCapitalised, isRoleNoun } from "./lexicon.ts";
import type { Token } from "./tokens.ts";

/** Shared vocabulary and token tests for reading speaker phrases. */
export const MAX_WORDS = 12;
/** Prepositions that tie a place or firm to a role noun ("a source in the Defense Ministry"). */
export const TIE = new Set(["in", "at", "from", "with", "for", "close", "near", "inside", "within", "on", "to"]);
/** Small words inside names and titles ("Secretary of State", "Ludwig van Beethoven"). */
export const CONNECTORS = new Set(["of", "for", "and", "&", "de", "del", "da", "van", "von", "der", "al", "bin", "la", "le", "on", "to"]);
export const FUNCTION_WORDS = new Set(["that", "this", "what", "which", "who", "whom", "there", "here", "it", "one", "also", "not", "never", "only", "then", "now", "still", "just", "even", "and", "or", "but", "if", "as", "so", "way", "time", "thing", "things", "day", "year", "week"]);
const WEEKDAY_OR_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|night|morning|evening|afternoon|week|month|year|weekend)$/;

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
  return (isCapitalised(t.text) && !NON_NAMES.has(t.lower)) || isRoleNoun(t.lower) || BODY_HEADS.has(t.lower);
}

/** "on Wednesday", "last week", "in 2010" standing between a speaker and the cue. */
export function isAdverbialTime(tokens: Token[], i: number): boolean {
  if (i >= 1 && /^(?:1[89]|20)\d\d$/.test(tokens[i]!.text) && tokens[i - 1]!.lower === "in") return true;
  return i >= 1 && WEEKDAY_OR_TIME.test(tokens[i]!.lower) && /^(?:on|last|this|late|early)$/.test(tokens[i - 1]!.lower);
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
