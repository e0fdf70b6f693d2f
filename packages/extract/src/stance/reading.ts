/**
 * What every content rule shares: the reading it gives, the actors and acts a stance can be aimed at, negation
 * and questions within the statement's words, and the subject a predicate judges ("[the budget] is sound",
 * "[it] has failed", with "it" read as what it stands for).
 */
import type { Document } from "../pipeline/types.ts";
import { antecedent } from "./antecedent.ts";
import type { Span } from "./cue.ts";
import { NEGATORS, type Active } from "./lexicon.ts";
import { isPronoun, phraseEndingAt, phraseFrom, possessorOf, type Tagged } from "./noun-phrase.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export interface Reading {
  stance: Active;
  /** Whom the words aim at, when they name it. */
  target: Span | null;
}
/** A content rule, matched on words; it reads the tags (costly, so only once a rule's words match) to finish. */
export type Rule = (tokens: Tagged[]) => Reading | null;

/** Whom a demand made with a modal can address: an institution, an office, a group of actors, or a name. */
export const ACTORS = new Set(stanceWords.readingActors);
/** What praise can be about besides actors: what they do and decide. */
export const ACTS = new Set(stanceWords.readingActs);
/** Heads too general to name anyone ("the cunning thing in this budget"). */
const GENERIC = new Set(stanceWords.readingGeneric);

export const tokenAt = (tokens: Tagged[], offset: number) => tokens.findIndex((t) => t.start >= offset);

/** A negator among the three words before words[i], in its clause. */
export function negatedAt(words: Word[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const w = words[k]!;
    if (w.key === "," || w.key === ";" || w.key === ".") return false;
    if (w.key.endsWith("n't")) return true;
    const hit = NEGATORS.at(words, k);
    if (hit && hit.end <= i) return true;
  }
  return false;
}

/** The sentence around the word ends with a question mark. */
export function inQuestion(text: string, word: Word): boolean {
  const rest = text.slice(word.end, word.end + 300);
  const end = /[.!?]/.exec(rest);
  return end?.[0] === "?";
}

/** A phrase that is only a pronoun or an abstract word names no one. */
export function actorOnly(tokens: Tagged[], span: Span | null): Span | null {
  if (!span) return null;
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  if (inside.every((t) => isPronoun(t.text) || t.pos === "DET")) return null;
  if (GENERIC.has(inside[inside.length - 1]?.text.toLowerCase() ?? "")) return null;
  return span;
}

/**
 * Whom a phrase judges: itself, or, when its head is too general to name anyone, what it is about ("the cunning
 * thing in [this budget]", "the problem with [the plan]"); null for a pronoun or a general word alone.
 */
export function aboutWhom(tokens: Tagged[], span: Span): Span | null {
  const own = actorOnly(tokens, span);
  // "the West's double standards" judge the West (the guide: an act with a named author names its actor).
  if (own) return authorAfter(tokens, own) ?? possessorOf(tokens, own);
  const next = tokens.findIndex((t) => t.start >= span.end);
  const word = tokens[next]?.text.toLowerCase();
  if (next < 0 || !["in", "of", "about", "with"].includes(word ?? "")) return null;
  return actorOnly(tokens, phraseFrom(tokens, next + 1));
}

/** "the statements (made) by [President Trump]": the named author of an act, when an actor names it. */
export function authorAfter(tokens: Tagged[], span: Span): Span | null {
  let k = tokens.findIndex((t) => t.start >= span.end);
  if (k < 0) return null;
  if (tokens[k]!.pos === "VERB" && /(?:ed|en|de)$/.test(tokens[k]!.text)) k++;
  if (tokens[k]?.text.toLowerCase() !== "by") return null;
  const author = phraseFrom(tokens, k + 1);
  const head = author ? tokens.filter((t) => t.start >= author.start && t.end <= author.end).pop() : undefined;
  return head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? author : null;
}

/**
 * The subject before token k (an auxiliary or a verb): the phrase ending there, or what "it"/"this" stands for.
 * `pronoun` is true when the subject is a pronoun, resolved or not, so a caller can tell "he is brave" (someone)
 * from "is brave" (no subject in the words).
 */
export function subjectBefore(doc: Document, tokens: Tagged[], k: number): { span: Span | null; pronoun: boolean } {
  // "the government [had] betrayed", "Japan [is not] doing enough": back over auxiliaries and adverbs.
  // "the contest had been “rigged”": back over quotation marks too.
  while (k > 1 && (tokens[k - 1]!.pos === "AUX" || tokens[k - 1]!.pos === "PART" || tokens[k - 1]!.pos === "ADV" || QUOTES.test(tokens[k - 1]!.text)) && tokens[k - 1]!.text !== "'s") k--;
  // "the new ban, like the original one, discriminates": back over a parenthesis between commas.
  if (tokens[k - 1]?.text === ",") {
    const open = tokens.slice(Math.max(0, k - 10), k - 1).map((t) => t.text).lastIndexOf(",");
    if (open >= 0) k = Math.max(0, k - 10) + open;
  }
  const before = tokens[k - 1];
  if (!before) return { span: null, pronoun: false };
  if (before.pos === "PRON" || isPronoun(before.text)) {
    return { span: antecedent(doc, before), pronoun: true };
  }
  const phrase = actorOnly(tokens, phraseEndingAt(tokens, k));
  return { span: phrase && coordinated(tokens, possessorOf(tokens, headOf(tokens, phrase))), pronoun: false };
}

/** A token of quote marks only. */
export const QUOTES = /^["“”‘’']+$/u;
const SUBJECT_PREPOSITIONS = new Set(stanceWords.readingSubjectPrepositions);
const PLACE_PREPOSITIONS = new Set(stanceWords.readingPlacePrepositions);
const AUTHORED = new Set(stanceWords.targetsAuthored);

/**
 * "[the campaign] against Russia was unacceptable", "[the governor's handling] of the crisis was a disgrace": the
 * phrase right before a verb may be a preposition's object inside a longer subject, the victim or the topic of
 * what is judged, not its author; the subject is the head before the preposition. An actor's place stays with it
 * ("the leaders in Kyiv", "the government of Japan": its country), and so does an act's author ("the decision of
 * the cabinet", which the target's reader turns into its author).
 */
function headOf(tokens: Tagged[], phrase: Span): Span {
  const p = tokens.findIndex((t) => t.start === phrase.start);
  const preposition = tokens[p - 1]?.text.toLowerCase() ?? "";
  if (p < 2 || !SUBJECT_PREPOSITIONS.has(preposition)) return phrase;
  const head = phraseEndingAt(tokens, p - 1) ?? gerundAfterPossessor(tokens, p - 2);
  if (!head) return phrase;
  const last = tokens[p - 2]!.text.toLowerCase();
  const keep = (ACTORS.has(last) && PLACE_PREPOSITIONS.has(preposition)) || (preposition === "of" && AUTHORED.has(last));
  return keep ? { start: head.start, end: phrase.end } : head;
}

/**
 * "Sen. Marco Rubio, Gov. Chris Christie and [Jeb Bush]": a name's subject runs back over the names joined to it;
 * with `nouns`, over the actor nouns joined to one too ("parents and [schools]").
 */
export function coordinated(tokens: Tagged[], span: Span, nouns?: Set<string>): Span {
  let from = tokens.findIndex((t) => t.start === span.start);
  const joinable = (t: Tagged | undefined) => t?.pos === "PROPN" || (nouns !== undefined && nouns.has(t?.text.toLowerCase() ?? ""));
  const last = tokens.filter((t) => t.end <= span.end).pop();
  if (from < 0 || !joinable(last)) return span;
  for (;;) {
    const join = tokens[from - 1];
    if (!join || !(join.text === "," || join.text.toLowerCase() === "and")) return { start: tokens[from]!.start, end: span.end };
    const previous = phraseEndingAt(tokens, from - 1);
    const head = previous ? tokens[from - 2] : undefined;
    if (!previous || !joinable(head)) return { start: tokens[from]!.start, end: span.end };
    from = tokens.findIndex((t) => t.start === previous.start);
  }
}

/** "[the governor's handling]": a gerund after a possessor is the head of a noun phrase, though tagged a verb. */
function gerundAfterPossessor(tokens: Tagged[], k: number): Span | null {
  const gerund = tokens[k], mark = tokens[k - 1];
  if (gerund?.pos !== "VERB" || !gerund.text.endsWith("ing") || mark?.pos !== "PART" || !/^['’]s$/.test(mark.text)) return null;
  const owner = phraseEndingAt(tokens, k - 1);
  return owner ? { start: owner.start, end: gerund.end } : null;
}
