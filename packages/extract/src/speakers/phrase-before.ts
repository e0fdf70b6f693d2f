import type { Span } from "../pipeline/types.ts";
import { BETWEEN_SUBJECT_AND_VERB, BODY_HEADS, DETERMINERS, NON_NAMES, NOT_SPEAKER_HEADS, PRONOUNS, TITLE_WORDS, isCapitalised, isRoleNoun, singular } from "./lexicon.ts";
import { CONNECTORS, FUNCTION_WORDS, MAX_WORDS, TIE, adverbialTimeLength, determinerWithin, isAdverbialTime, openingParenthesis, roleNounBefore } from "./phrase-words.ts";
import { isPlaceName } from "./place-name.ts";
import { unclosedApposition } from "./apposition.ts";
import { tokenize } from "./tokens.ts";
import type { Token } from "./tokens.ts";
import speechWords from "../lexicons/speech-words.json" with { type: "json" };
import verbs from "../lexicons/speech-verbs.json" with { type: "json" };

const DEMONSTRATIVE_SINGULAR = new Set(speechWords.demonstrativesSingular);
const AGENT_PARTICIPLES = new Set(verbs.agentParticiples);
const CLAUSE_OPENERS = /^(?:and|but|or|so|then|as|because|while|although)$/;
/** Dashes that set off an aside ("Mr Bez - himself a former Porsche executive - said"); a lone "-" is a spaced one. */
const DASHES = new Set(["--", "—", "–", "-"]);

/**
 * The speaker phrase that ends right before a cue: "Russian Defense Minister Sergey Shoigu told", "the Russian
 * defense chief said", "a source in the Defense Ministry said", "he noted". Reads backwards from the cue over
 * names, titles, role nouns and their modifiers, and stops at a clause boundary. Null when no speaker stands there.
 */
export function phraseBefore(masked: string, from: number, cue: number): Span | null {
  const tokens = tokenize(masked, Math.max(from, cue - 240), cue);
  const phrase = phraseEndingAt(tokens, tokens.length - 1, true);
  if (!phrase) return null;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  return relativeAntecedent(tokens, phrase) ?? unclosedApposition(tokens, first, phrase, (last) => phraseEndingAt(tokens, last, false)) ?? phrase;
}

const RELATIVE = new Set(speechWords.relativePronouns);

/**
 * "Democrats who backed the accord said", "The company that built the bridge said": a phrase that ends a
 * restrictive relative clause is its object; the speaker is the noun the clause qualifies.
 */
function relativeAntecedent(tokens: Token[], phrase: Span): Span | null {
  const first = tokens.findIndex((t) => t.start === phrase.start);
  for (let j = first - 1; j >= 1 && j >= first - 6; j--) {
    const t = tokens[j]!;
    if (t.punct) return null;
    if (!RELATIVE.has(t.text)) continue;
    // "a group that U.S. officials have said ...": right after the pronoun, the phrase is the clause's own subject.
    if (j === first - 1) return null;
    // "told Reuters that on Monday the minister said": the clause's verb comes right after a relative pronoun.
    const verb = tokens[j + 1]!;
    if (!/^\p{Ll}+$/u.test(verb.text) || TIE.has(verb.lower) || DETERMINERS.has(verb.lower) || FUNCTION_WORDS.has(verb.lower)) return null;
    const before = tokens[j - 1]!;
    // "said that ...", "so that ...": after a verb or a function word "that" is a complementiser.
    if (before.punct || !(isCapitalised(before.text) || isRoleNoun(before.lower) || BODY_HEADS.has(before.lower))) return null;
    return phraseEndingAt(tokens, j - 1, false);
  }
  return null;
}

function phraseEndingAt(tokens: Token[], last: number, allowAside: boolean): Span | null {
  if (allowAside && last >= 0 && (tokens[last]!.text === "," || DASHES.has(tokens[last]!.text))) return phraseBeforeAside(tokens, last);
  const head = findHead(tokens, last);
  if (!head || "start" in head) return head;
  return extendLeft(tokens, head.index, head.isRole);
}

/**
 * Up to three comma-separated asides may stand between the name and the cue: "Christian Roeher, Secretary-General
 * of the European Chamber of Commerce, said", "Schiff, 56, who has served ..., told". An aside that opens a clause
 * ("..., and the meeting deteriorated, said") is not one.
 */
function phraseBeforeAside(tokens: Token[], comma: number): Span | null {
  // "Marco Rubio, whose hometown, Miami, is projected to flood, argues": commas inside a relative clause set off
  // no asides of their own; the speaker stands before the comma that opens it.
  for (let r = comma - 1; r >= 2 && r >= comma - 40; r--) {
    const t = tokens[r]!;
    // ", and Solaris Paper, which ...": a second subject joined on is no relative clause of the first.
    if ((t.punct && /^[.;:!?"“”]$/.test(t.text)) || (t.lower === "and" && tokens[r - 1]!.text === ",")) break;
    if (!/^(?:who|whose|which)$/.test(t.text) || tokens[r - 1]!.text !== ",") continue;
    const name = phraseEndingAt(tokens, r - 2, false);
    if (name && isCapitalised(tokens.find((x) => x.start === name.start)!.text)) return { start: name.start, end: tokens[comma - 1]!.end };
    break;
  }
  let segments = 0;
  let end = comma;
  for (let j = comma - 1; j >= 0 && j >= comma - 40 && segments < 3; j--) {
    if (tokens[j]!.text !== "," && !DASHES.has(tokens[j]!.text)) continue;
    segments++;
    const aside = tokens[j + 1];
    if (!aside || CLAUSE_OPENERS.test(aside.lower)) return null;
    const name = phraseEndingAt(tokens, j - 1, false);
    // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": a place is an aside too, and
    // so is the town written before its state or country ("Houston, Texas").
    const segment = tokens.slice(j + 1, end).map((t) => t.text).join(" ");
    end = j;
    const from = name ? tokens.findIndex((t) => t.start === name.start) : -1;
    const words = name ? tokens.slice(from, j) : [];
    const located = from > 0 && /^(?:in|from|of|at|near|outside)$/.test(tokens[from - 1]!.lower);
    const town = isPlaceName(segment) && words.every((t) => isCapitalised(t.text)) && (words.length === 1 || (located && words.length <= 2));
    if (name && (town || isPlaceName(words.map((t) => t.text).join(" ")))) { segments--; continue; }
    // "Cory James, 22, of Flint, Mich., said", "Trump, speaking at a rally in Wilmington, N.C., warned": a name a
    // preposition governs is where the speaker is or comes from, never the subject of the cue.
    if (name && located && words.every((t) => isCapitalised(t.text))) { segments--; continue; }
    if (name && (j < 2 || tokens[j - 2]!.text !== "," || isCapitalised(tokens[j - 1]!.text))) {
      // A dash sets off a parenthesis ("Mr Bez - himself a former executive - said"): the name alone is the speaker.
      if (DASHES.has(tokens[j]!.text)) return name;
      const found = { start: name.start, end: tokens[comma - 1]!.end };
      // "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said": a phrase that a comma
      // opens and that names no person is itself an apposition; a person's name before it is the speaker.
      if (from >= 2 && tokens[from - 1]!.text === "," && !isPersonName(words)) {
        const earlier = phraseEndingAt(tokens, from - 2, false);
        const at = earlier ? tokens.findIndex((t) => t.start === earlier.start) : -1;
        if (earlier && isPersonName(tokens.slice(at, from - 1))) return { start: earlier.start, end: tokens[comma - 1]!.end };
      }
      return found;
    }
  }
  return null;
}

/** Two or three capitalised words, no place: "Matthew Prince", not "CloudFlare" or "chief executive of CloudFlare". */
function isPersonName(words: Token[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((t) => isCapitalised(t.text) && !t.punct) && !isPlaceName(words.map((t) => t.text).join(" "));
}

/** The head word of the phrase, or a whole phrase when the head settles it (pronouns, polls, relative "who"). */
function findHead(tokens: Token[], last: number): Span | { index: number; isRole: boolean } | null {
  let i = last;
  // "he also said", "Smith on Wednesday said", "the ministry has repeatedly said"
  while (i >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.lower) || isAdverbialTime(tokens, i))) i -= adverbialTimeLength(tokens, i) || 1;
  if (i < 0) return null;
  // Parenthesis after a name: "the Federal Security Service (FSB) said", "Rep. Stephen Lynch (D-Mass.) said"
  // "Fiat Chrysler Automobiles NV (FCHA.MI) (FCAU.N) said": wire copy writes one ticker after another.
  while (i >= 0 && tokens[i]!.text === ")") {
    i = openingParenthesis(tokens, i) - 1;
    if (i < 0) return null;
  }
  const head = tokens[i]!;
  // Polls: "63 percent said", "Another 19 percent said", "Sixty-six percent said", "42% say", "Two in three said"
  const poll = pollSubject(tokens, i);
  if (poll) return poll;
  // "He’s claiming": a pronoun with a contracted auxiliary speaks; a possessive ("Theresa May's deal") never does.
  if (/^(?:he|she|it|they)['’]s$/.test(head.lower)) return { start: head.start, end: head.end - 2 };
  if (head.punct || /['’]s$/.test(head.lower)) return null;
  const pronoun = PRONOUNS[head.lower];
  if (pronoun !== undefined) return pronoun === "self" ? null : { start: head.start, end: head.end };
  // "Trump, who says ...": a relative pronoun speaks for the noun it follows.
  // Only a lower-case "who": "the WHO said" is the World Health Organization.
  if (head.text === "who" || (head.text === "which" && i >= 1 && isCapitalised(tokens[i - 1]!.text))) return i >= 1 ? phraseEndingAt(tokens, tokens[i - 1]!.text === "," ? i - 2 : i - 1, false) : null;
  const isName = isCapitalised(head.text) && (!NON_NAMES.has(head.lower) || /^\p{Lu}{2,}$/u.test(head.text));
  // A role noun ("officials said"), or any noun a determiner or possessive opens ("the clip says", "one slide says").
  const isRole = isRoleNoun(head.lower) || (!isName && isOpenedNoun(tokens, i));
  return isName || isRole ? { index: i, isRole } : null;
}

function isOpenedNoun(tokens: Token[], i: number): boolean {
  const w = tokens[i]!;
  // "the provincial daily said": a body noun in -ly is no adverb.
  return /^\p{Ll}[\p{Ll}-]+$/u.test(w.text) && !FUNCTION_WORDS.has(w.lower) && !NOT_SPEAKER_HEADS.has(w.lower) && (!w.lower.endsWith("ly") || BODY_HEADS.has(w.lower)) && determinerWithin(tokens, i, 3);
}

/** Reads left from the head over names, titles, connectors and a role noun's modifiers. */
function extendLeft(tokens: Token[], i: number, headIsRole: boolean): Span | null {
  let first = i;
  let words = 1;
  let roleSeen = headIsRole;
  for (let k = i - 1; k >= 0 && words < MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (t.text === ")") { const open = openingParenthesis(tokens, k); if (open < 0) break; k = open; continue; }
    if (t.punct) break;
    if (DETERMINERS.has(t.lower)) {
      // "the shootings that Obama mentioned", "noted that experts say": "that" before a name or a plural is a
      // complementiser or relative pronoun, not a determiner of the speaker phrase.
      if (DEMONSTRATIVE_SINGULAR.has(t.lower) && (isCapitalised(tokens[k + 1]!.text) || singular(tokens[k + 1]!.lower) !== tokens[k + 1]!.lower)) break;
      first = k;
      // "the head of the committee", "a source in the Defense Ministry": the determiner closes the phrase unless a
      // preposition ties it to a role noun further left.
      if (k > 0 && tokens[k - 1]!.lower === "of") { words++; continue; }
      let tie = k - 1;
      if (tie > 0 && tokens[tie]!.lower === "to" && tokens[tie - 1]!.lower === "close") tie--;
      // "Mark Stone from the Red Cross said", "Laura Chen at the World Bank": a person's name before "from"/"at" and a
      // body heads the phrase, as a role noun does ("a source in the Defense Ministry").
      if (tie > 0 && TIE.has(tokens[tie]!.lower) && (isRoleNoun(tokens[tie - 1]!.lower) || namesEmployee(tokens, tie))) {
        first = k = tie - 1;
        words += 2;
        continue;
      }
      break;
    }
    if (isCapitalised(t.text)) {
      if (NON_NAMES.has(t.lower)) break;
      first = k;
    } else if ((t.lower === "and" || t.lower === "&") && k > 0 && !isCapitalised(tokens[k - 1]!.text) && !isRoleNoun(tokens[k - 1]!.lower)) {
      // "people changed their minds and several said": "and" joins two names or two roles, not a clause to a subject.
      break;
    } else if ((CONNECTORS.has(t.lower) && !TIE.has(t.lower)) || TITLE_WORDS.has(t.lower) || isRoleNoun(t.lower)) {
      if (!CONNECTORS.has(t.lower)) first = k;
      if (isRoleNoun(t.lower)) roleSeen = true;
    } else if (roleSeen && (/['’]s$/.test(t.lower) || determinerWithin(tokens, k, 3))) {
      first = k;
    } else if (roleSeen && first === k + 1 && isRoleNoun(tokens[k + 1]!.lower) && bodyBeforeModifiers(tokens, k) >= 0) {
      // "Birmingham City University criminology professor David Wilson told": lower-case modifiers of the role with
      // the body's name before them belong to the phrase.
      const body = bodyBeforeModifiers(tokens, k);
      words += k - body;
      first = k = body;
    } else if (isPluralBeforeOf(tokens, k)) {
      // "..., sponsors of the measure said", "but supporters of the law say": a plural noun that "of" ties to the
      // phrase heads it (the sponsors speak, not the measure) when the phrase starts there.
      first = k;
      break;
    } else {
      // "one portfolio manager for a large securities house in Frankfurt said": a preposition joins the place or
      // firm to the role noun it qualifies, a few words further left.
      // "Jane Doe from Ohio said": a person's name before "from"/"at" and a place is the person from there.
      const anchor = !TIE.has(t.lower) ? -1 : namesEmployee(tokens, k) ? k - 1 : roleNounBefore(tokens, k);
      if (anchor < 0) break;
      words += k - anchor;
      first = k = anchor;
      roleSeen = true;
      continue;
    }
    words++;
  }
  // Never start on a connector ("of", "and").
  while (first < i && CONNECTORS.has(tokens[first]!.lower)) first++;
  // "bankers polled by Reuters said": the agent of a participle is not the speaker; the noun before it is.
  if (first >= 2 && tokens[first - 1]!.lower === "by" && AGENT_PARTICIPLES.has(tokens[first - 2]!.lower)) {
    return phraseEndingAt(tokens, first - 3, false);
  }
  return { start: tokens[first]!.start, end: tokens[i]!.end };
}

/** "Mark Stone from", "Laura Chen at": two capitalised name words before "from" or "at" at `tie`. */
function namesEmployee(tokens: Token[], tie: number): boolean {
  if (tie < 2 || !EMPLOYER_TIES.has(tokens[tie]!.lower)) return false;
  const name = (t: Token) => !t.punct && isCapitalised(t.text) && !NON_NAMES.has(t.lower) && !BODY_HEADS.has(t.lower) && !TITLE_WORDS.has(t.lower);
  return name(tokens[tie - 1]!) && name(tokens[tie - 2]!);
}

const EMPLOYER_TIES = new Set(["from", "at"]);

/** Where a capitalised name stands right before one or two lower-case modifiers ending at k; else -1. */
function bodyBeforeModifiers(tokens: Token[], k: number): number {
  const modifier = (t: Token | undefined) => t !== undefined && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !FUNCTION_WORDS.has(t.lower) && !CONNECTORS.has(t.lower) && !DETERMINERS.has(t.lower) && !TIE.has(t.lower) && PRONOUNS[t.lower] === undefined && !/(?:ed|ing|ly)$/.test(t.lower);
  if (!modifier(tokens[k])) return -1;
  const j = modifier(tokens[k - 1]) ? k - 2 : k - 1;
  const name = tokens[j];
  return name !== undefined && !name.punct && isCapitalised(name.text) && !NON_NAMES.has(name.lower) ? j : -1;
}

/** A lower-case plural right before "of" that opens its phrase: after punctuation, a conjunction or nothing. */
function isPluralBeforeOf(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (tokens[k + 1]?.lower !== "of" || !/^\p{Ll}{3,}s$/u.test(t.text) || /ss$/.test(t.text)) return false;
  if (FUNCTION_WORDS.has(t.lower) || NOT_SPEAKER_HEADS.has(t.lower) || NOT_SPEAKER_HEADS.has(singular(t.lower))) return false;
  const before = tokens[k - 1];
  return before === undefined || (before.punct && before.text !== ")") || CLAUSE_OPENERS.test(before.lower);
}

const NUMBER_WORD = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)$/;

function pollSubject(tokens: Token[], i: number): Span | null {
  const head = tokens[i]!;
  let start = -1;
  if (head.lower === "%" && i >= 1 && /^\d/.test(tokens[i - 1]!.text)) start = i - 1;
  else if (head.lower === "percent" && i >= 1 && NUMBER_WORD.test(tokens[i - 1]!.lower)) start = i - 1;
  else if (NUMBER_WORD.test(head.lower) && i >= 2 && tokens[i - 1]!.lower === "in" && NUMBER_WORD.test(tokens[i - 2]!.lower)) start = i - 2;
  if (start < 0) return null;
  if (start >= 1 && /^(?:another|only|just|about|nearly|some|almost|roughly)$/.test(tokens[start - 1]!.lower)) start--;
  return { start: tokens[start]!.start, end: head.end };
}
