import type { Span } from "../pipeline/types.ts";
import { BODY_HEADS, BETWEEN_SUBJECT_AND_VERB, DETERMINERS, NOT_SPEAKER_HEADS, NON_NAMES, PRONOUNS, TITLE_WORDS, isCapitalised, isRoleNoun } from "./lexicon.ts";
import { tokenize } from "./tokens.ts";
import type { Token } from "./tokens.ts";

const MAX_WORDS = 12;
const TIE = new Set(["in", "at", "from", "with", "for", "close", "near", "inside", "on", "to"]);
const FUNCTION_WORDS = new Set(["that", "this", "what", "which", "who", "whom", "there", "here", "it", "one", "also", "not", "never", "only", "then", "now", "still", "just", "even", "and", "or", "but", "if", "as", "so", "way", "time", "thing", "things", "day", "year", "week", "way"]);
const CONNECTORS = new Set(["of", "for", "and", "&", "de", "del", "da", "van", "von", "der", "al", "bin", "la", "le", "on", "to"]);
const WEEKDAY_OR_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|night|morning|evening|afternoon|week|month|year|weekend)$/;

/**
 * The speaker phrase that ends right before a cue: "Russian Defense Minister Sergey Shoigu told", "the Russian
 * defense chief said", "a source in the Defense Ministry said", "he noted". Reads backwards from the cue over
 * names, titles, role nouns and their modifiers, and stops at a clause boundary. Null when no speaker stands there.
 */
export function phraseBefore(masked: string, from: number, cue: number): Span | null {
  const tokens = tokenize(masked, Math.max(from, cue - 240), cue);
  return phraseEndingAt(tokens, tokens.length - 1, true);
}

const AGENT_PARTICIPLES = /^(?:polled|quoted|cited|interviewed|surveyed|contacted|questioned|asked|reached|consulted)$/;

function phraseEndingAt(tokens: Token[], last: number, allowApposition: boolean): Span | null {
  let i = last;
  // Apposition: "Christian Roeher, Secretary-General of the European Chamber of Commerce, said"
  // Up to three comma-separated asides may stand between the name and the cue ("Schiff, 56, who has ..., told").
  if (allowApposition && i >= 0 && tokens[i]!.text === ",") {
    let segments = 0;
    for (let j = i - 1; j >= 0 && j >= i - 40 && segments < 3; j--) {
      if (tokens[j]!.text !== "," && tokens[j]!.text !== "--" && tokens[j]!.text !== "—") continue;
      segments++;
      // The aside must read as a description ("the director of ...", "56", "who has served ..."), not a clause.
      const aside = tokens[j + 1];
      if (!aside || /^(?:and|but|or|so|then|as|because|while|although)$/.test(aside.lower)) return null;
      const name = phraseEndingAt(tokens, j - 1, false);
      if (name && (j < 2 || tokens[j - 2]!.text !== "," || isCapitalised(tokens[j - 1]!.text))) return { start: name.start, end: tokens[i - 1]!.end };
    }
    return null;
  }
  // "he also said", "Smith on Wednesday said", "the ministry has repeatedly said"
  while (i >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.lower) || isAdverbialTime(tokens, i))) {
    i -= isAdverbialTime(tokens, i) ? 2 : 1;
  }
  if (i < 0) return null;
  let head = tokens[i]!;
  // Parenthesis after a name: "the Federal Security Service (FSB) said", "Rep. Stephen Lynch (D-Mass.) said"
  if (head.text === ")") {
    const open = openingParenthesis(tokens, i);
    if (open < 1) return null;
    i = open - 1;
    head = tokens[i]!;
  }
  // Polls: "63 percent said", "Another 19 percent said"
  if (head.lower === "percent" && i >= 1 && /^\d/.test(tokens[i - 1]!.text)) {
    const start = i >= 2 && /^(?:another|only|just|about|nearly|some)$/.test(tokens[i - 2]!.lower) ? i - 2 : i - 1;
    return { start: tokens[start]!.start, end: head.end };
  }
  // "He’s claiming": a pronoun with a contracted auxiliary speaks; a possessive ("Theresa May's deal") never does.
  const contracted = /^(?:he|she|it|they)['’]s$/.exec(head.lower);
  if (contracted) return { start: head.start, end: head.start + head.lower.length - 2 };
  if (head.punct || /['’]s$/.test(head.lower)) return null;
  const end = tokens[i === tokens.length - 1 ? i : i]!.end;
  const lastHead = head;
  if (PRONOUNS[head.lower] !== undefined) {
    const self = PRONOUNS[head.lower] === "self";
    return self ? null : { start: head.start, end: lastHead.end };
  }
  // "Trump, who says ...": a relative pronoun speaks for the noun it follows.
  if (head.lower === "who" && i >= 1) return phraseEndingAt(tokens, tokens[i - 1]!.text === "," ? i - 2 : i - 1, false);
  const headIsName = isCapitalised(head.text) && !NON_NAMES.has(head.lower);
  // A role noun ("officials said"), or any noun a determiner or possessive opens ("the clip says", "one slide says").
  const headIsRole = isRoleNoun(head.lower) || (!headIsName && /^\p{Ll}[\p{Ll}-]+$/u.test(head.text) && !FUNCTION_WORDS.has(head.lower) && !NOT_SPEAKER_HEADS.has(head.lower) && !head.lower.endsWith("ly") && determinerWithin(tokens, i, 3));
  if (!headIsName && !headIsRole) return null;
  let first = i;
  let words = 1;
  let roleSeen = headIsRole;
  for (let k = i - 1; k >= 0 && words < MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (t.text === ")") { const open = openingParenthesis(tokens, k); if (open < 0) break; k = open; continue; }
    if (t.punct) break;
    if (DETERMINERS.has(t.lower)) {
      first = k;
      // "the head of the committee", "a source in the Defense Ministry": the determiner closes the phrase unless a
      // preposition ties it to a role noun further left.
      if (k > 0 && tokens[k - 1]!.lower === "of") { words++; continue; }
      let tie = k - 1;
      if (tie > 0 && tokens[tie]!.lower === "to" && tokens[tie - 1]!.lower === "close") tie--;
      if (tie > 0 && TIE.has(tokens[tie]!.lower) && isRoleNoun(tokens[tie - 1]!.lower)) {
        first = tie - 1;
        k = tie - 1;
        words += 2;
        continue;
      }
      break;
    }
    if (isCapitalised(t.text)) {
      if (NON_NAMES.has(t.lower)) break;
      first = k;
    } else if ((CONNECTORS.has(t.lower) && !TIE.has(t.lower)) || TITLE_WORDS.has(t.lower) || isRoleNoun(t.lower)) {
      if (!CONNECTORS.has(t.lower)) first = k;
      if (isRoleNoun(t.lower)) roleSeen = true;
    } else if (roleSeen && t.lower.endsWith("'s")) {
      first = k;
    } else if (roleSeen && determinerWithin(tokens, k, 3)) {
      first = k;
    } else {
      // "one portfolio manager for a large securities house in Frankfurt said": a preposition joins the place or
      // firm to the role noun it qualifies, a few words further left.
      const anchor = TIE.has(t.lower) ? roleNounBefore(tokens, k) : -1;
      if (anchor < 0) break;
      first = anchor;
      words += k - anchor;
      k = anchor;
      roleSeen = true;
      continue;
    }
    words++;
  }
  // Never start on a connector ("of", "and").
  while (first < i && CONNECTORS.has(tokens[first]!.lower)) first++;
  // "bankers polled by Reuters said": the agent of a participle is not the speaker; the noun before it is.
  if (first >= 2 && tokens[first - 1]!.lower === "by" && AGENT_PARTICIPLES.test(tokens[first - 2]!.lower)) {
    return phraseEndingAt(tokens, first - 3, false);
  }
  return { start: tokens[first]!.start, end };
}

/**
 * The speaker phrase right after an inverted cue: "..., said Dmitry Peskov, the Kremlin spokesman." Up to the next
 * comma or the sentence end.
 */
export function phraseAfter(masked: string, cueEnd: number, to: number): Span | null {
  const tokens = tokenize(masked, cueEnd, Math.min(to, cueEnd + 160));
  if (!tokens.length) return null;
  const first = tokens[0]!;
  if (first.punct) return null;
  if (!(isCapitalised(first.text) || DETERMINERS.has(first.lower) || PRONOUNS[first.lower] !== undefined || isRoleNoun(first.lower))) return null;
  if (PRONOUNS[first.lower] !== undefined) return PRONOUNS[first.lower] === "self" ? null : { start: first.start, end: first.end };
  let last = 0;
  // Lower-case modifiers are read only shortly after a determiner: "an economist at a U.S. securities house".
  let determiner = DETERMINERS.has(first.lower) ? 0 : -9;
  for (let k = 1; k < tokens.length && k < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.punct && t.text !== "(" && t.text !== ")") break;
    if (DETERMINERS.has(t.lower)) determiner = k;
    else if (!t.punct && !isCapitalised(t.text) && !CONNECTORS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !isRoleNoun(t.lower)) {
      if (k - determiner >= 4) break;
    }
    if (!t.punct) last = k;
  }
  // End on a name, role or body noun: "an economist at a U.S. securities house", not "... at a".
  while (last > 0 && !isHeadWord(tokens[last]!)) last--;
  const lastTok = tokens[last]!;
  if (!isHeadWord(lastTok)) return null;
  return { start: first.start, end: lastTok.end };
}

/** The source after "according to": any words up to the next comma or the sentence end ("according to exit polls"). */
export function sourceAfter(masked: string, cueEnd: number, to: number): Span | null {
  const tokens = tokenize(masked, cueEnd, Math.min(to, cueEnd + 200));
  let last = -1;
  for (let k = 0; k < tokens.length && k < 25; k++) {
    const t = tokens[k]!;
    if (t.punct && t.text !== "(" && t.text !== ")" && t.text !== "-") break;
    if (t.punct) continue;
    last = k;
    // "according to the emergencies ministry recovered ...": the source ends at its head noun when a verb follows.
    const next = tokens[k + 1];
    if (next && !next.punct && (BODY_HEADS.has(t.lower) || isRoleNoun(t.lower)) && /^\p{Ll}+ed$/u.test(next.text) && !CONNECTORS.has(next.lower) && !isRoleNoun(next.lower)) break;
  }
  if (last < 0 || /^_/.test(tokens[0]!.text)) return null;
  // Apposition: "according to the El Paso mayor, Dee Margo, ..."
  const comma = tokens[last + 1];
  if (comma?.text === ",") {
    let k = last + 2;
    while (k < tokens.length && !tokens[k]!.punct && isCapitalised(tokens[k]!.text) && k < last + 6) k++;
    if (k > last + 2 && tokens[k]?.text === ",") last = k - 1;
  }
  return { start: tokens[0]!.start, end: tokens[last]!.end };
}

/** The nearest role noun within ten words before a preposition, with no punctuation in between. */
function roleNounBefore(tokens: Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
    const t = tokens[j]!;
    if (t.punct || NON_NAMES.has(t.lower) && !DETERMINERS.has(t.lower) && !TIE.has(t.lower) && t.lower !== "of") return -1;
    if (isRoleNoun(t.lower) && !NOT_SPEAKER_HEADS.has(t.lower)) return j;
  }
  return -1;
}

function openingParenthesis(tokens: Token[], close: number): number {
  for (let j = close - 1; j >= 0 && j >= close - 8; j--) if (tokens[j]!.text === "(") return j;
  return -1;
}

function isHeadWord(t: Token): boolean {
  return (isCapitalised(t.text) && !NON_NAMES.has(t.lower)) || isRoleNoun(t.lower) || BODY_HEADS.has(t.lower);
}

function isAdverbialTime(tokens: Token[], i: number): boolean {
  if (i >= 1 && /^(?:1[89]|20)\d\d$/.test(tokens[i]!.text) && tokens[i - 1]!.lower === "in") return true;
  return i >= 1 && WEEKDAY_OR_TIME.test(tokens[i]!.lower) && /^(?:on|last|this|late|early)$/.test(tokens[i - 1]!.lower);
}

function determinerWithin(tokens: Token[], k: number, n: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - n; j--) {
    const t = tokens[j]!;
    if (t.punct) return false;
    if (DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower)) return true;
  }
  return false;
}
