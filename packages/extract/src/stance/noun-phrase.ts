/**
 * Noun phrases read from part-of-speech tags (wink-nlp, as the speaker finder uses): the subject before a modal
 * ("[The government] should act"), the object after a phrase ("thank you to [all emergency services]"), and the
 * phrase an evaluative word qualifies ("[these ignorant, arrogant Telangana ministers]").
 */
import { tag, type Tagged } from "../speakers/tagger.ts";
import type { Span } from "./cue.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export type { Tagged };
export const tagSpan = (text: string, span: Span): Tagged[] => tag(text, span.start, span.end);

const INSIDE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const POSSESSIVES = new Set(stanceWords.nounPhrasePossessives);
const inside = (t: Tagged) => INSIDE.has(t.pos) || (t.pos === "PRON" && POSSESSIVES.has(t.text.toLowerCase()));
const HEAD = new Set(["NOUN", "PROPN"]);
const PRONOUNS = new Set(stanceWords.nounPhrasePronouns);

export const isPronoun = (word: string) => PRONOUNS.has(word.toLowerCase());

/** The phrase ending at token end - 1 (inclusive), read backwards; null unless it ends in a noun. */
export function phraseEndingAt(tokens: Tagged[], end: number): Span | null {
  let from = end;
  const isPossessive = (t: Tagged | undefined) => t?.pos === "PART" && /^['’]s$/.test(t.text);
  while (from > 0) {
    const t = tokens[from - 1]!;
    // A determiner opens its phrase ("unconscionable [this state]"), unless "all"/"both" stands before it.
    if (from < end && tokens[from]!.pos === "DET" && !["all", "both", "half"].includes(t.text.toLowerCase())) break;
    if (inside(t) || isPossessive(t) || (t.pos === "PUNCT" && t.text === "," && isAdjective(tokens[from - 2]) && isAdjective(tokens[from]))) from--;
    else if (t.pos === "ADV" && isAdjective(tokens[from])) from--;
    else break;
  }
  // The tagger reads some nouns after a determiner as adjectives ("this individual"): a determiner and a last word
  // make a phrase.
  const last = tokens[end - 1]!;
  if (from >= end || !(HEAD.has(last.pos) || (last.pos === "ADJ" && end - from === 2 && tokens[from]!.pos === "DET"))) return null;
  return { start: tokens[from]!.start, end: last.end };
}

/** The phrase starting at token i: determiners and modifiers, a noun, and "and"/"of" continuations. */
export function phraseFrom(tokens: Tagged[], i: number): Span | null {
  let j = i;
  let head = -1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (inside(t) || (t.pos === "ADV" && isAdjective(tokens[j + 1]))) {
      if (HEAD.has(t.pos)) head = j;
      j++;
    } else if (head >= 0 && (t.text === "and" || t.text === "of") && startsPhrase(tokens[j + 1])) j++;
    // "Japan, Britain and France": a list of names.
    else if (head >= 0 && t.text === "," && tokens[head]!.pos === "PROPN" && tokens[j + 1]?.pos === "PROPN") j++;
    else break;
  }
  if (head < 0) return null;
  return { start: tokens[i]!.start, end: tokens[head]!.end };
}

/** The phrase a modifier at token i belongs to, when a noun follows it ("arrogant ministers", "a bribes budget"). */
export function phraseAround(tokens: Tagged[], i: number): Span | null {
  let j = i;
  while (j + 1 < tokens.length && (INSIDE.has(tokens[j + 1]!.pos) || (tokens[j + 1]!.text === "," && isAdjective(tokens[j + 2])))) j++;
  while (j > i && !HEAD.has(tokens[j]!.pos)) j--;
  // A word that is itself the head ("hypocrisy", "barbarity") qualifies no one.
  if (j === i) return null;
  return phraseEndingAt(tokens, j + 1);
}

const isAdjective = (t: Tagged | undefined) => t?.pos === "ADJ";
const startsPhrase = (t: Tagged | undefined) => t !== undefined && (inside(t) || t.pos === "ADV");

/** "Israel's actions were …" judges Israel: an act with a named author names its actor (the guide). */
export function possessorOf(tokens: Tagged[], phrase: Span): Span {
  const inside = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
  const mark = inside.findIndex((t, n) => n > 0 && t.pos === "PART" && /^['’]s$/.test(t.text));
  return mark > 0 ? { start: phrase.start, end: inside[mark - 1]!.end } : phrase;
}
