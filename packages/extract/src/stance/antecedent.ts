/**
 * What "it" or "this" stands for, when a stance is aimed at it (the guide: a pronoun target is replaced by the
 * nearest full mention): "questioned the governor's plan. She called it 'a disgrace'" aims at the governor's plan,
 * so at the governor; "the budget is not glamourous, but it is sound" praises the budget. "It", "this" and "that"
 * stand for the nearest phrase with a common noun as its head, which a name (the speaker's, "Schiff called it")
 * never is. "He", "she", "him" and "her" are the nearest name that does not
 * introduce words ("Durbin said" is a speaker, not whom his words are about).
 */
import type { Document } from "../pipeline/types.ts";
import type { Span } from "./cue.ts";
import { sentenceAt } from "./cue.ts";
import { phraseEndingAt, phraseFrom, possessorOf, tagSpan, type Tagged } from "./noun-phrase.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };
import time from "../lexicons/time-words.json" with { type: "json" };

const RESOLVED = new Set(stanceWords.antecedentResolved);
const PERSONAL = new Set(stanceWords.antecedentPersonal);
/** A name right before one of these is a speaker introducing words ("Durbin said"), not whom they are about. */
const SPEECH = new Set(stanceWords.antecedentSpeech);
/** Heads that stand for no one's act or policy ("the fact", "a lot"). */
const VAGUE = new Set(stanceWords.antecedentVague);
/** How far back the antecedent is looked for: the pronoun's sentence and the one before, at most this many characters. */
const WINDOW = 400;

export const resolvable = (word: string) => RESOLVED.has(word.toLowerCase()) || PERSONAL.has(word.toLowerCase());

/**
 * The nearest full mention before a non-personal pronoun, its possessor when it has one ("the President's power").
 * `before` ends the search earlier: a cue's object is looked for before the cue's sentence, whose own nouns are
 * its subject ("the Labour leader called it …").
 */
export function antecedent(doc: Document, pronoun: Span, before = pronoun.start): Span | null {
  const word = doc.text.slice(pronoun.start, pronoun.end).toLowerCase();
  if (!resolvable(word)) return null;
  const here = sentenceAt(doc, before) ?? sentenceAt(doc, pronoun.start);
  const previous = here ? doc.sentences[doc.sentences.indexOf(here) - 1] : undefined;
  const from = Math.max(doc.bodyStart <= before ? doc.bodyStart : 0, before - WINDOW, previous?.start ?? here?.start ?? 0);
  if (from >= before) return null;
  const tokens = tagSpan(doc.text, { start: from, end: before });
  if (PERSONAL.has(word)) return person(tokens);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.pos !== "NOUN" || VAGUE.has(t.text.toLowerCase()) || !/^\p{L}/u.test(t.text)) continue;
    // The head of a phrase, not a modifier inside one ("the [budget] deficit") nor a title ("Labour [leader] Neil
    // Kinnock"): the next token is no noun.
    if (tokens[i + 1]?.pos === "NOUN" || tokens[i + 1]?.pos === "PROPN") continue;
    const phrase = phraseEndingAt(tokens, i + 1);
    return phrase ? possessorOf(tokens, phrase) : null;
  }
  return null;
}


/**
 * "Trump congratulated Moore for his victory and urged him to …": "him"/"her" as a cue's object stands for a name
 * earlier in the cue's own sentence, not its subject (the sentence's first name, or the name right before the
 * cue), nor a name after a preposition; null when there is none, and the sentences before are searched instead.
 */
export function personInSentence(doc: Document, pronoun: Span, cueStart: number): Span | null {
  const word = doc.text.slice(pronoun.start, pronoun.end).toLowerCase();
  const sentence = sentenceAt(doc, cueStart);
  if (!PERSONAL.has(word) || !sentence || cueStart - sentence.start > WINDOW) return null;
  const tokens = tagSpan(doc.text, { start: sentence.start, end: cueStart });
  const found = person(tokens);
  if (!found) return null;
  const from = tokens.findIndex((t) => t.start === found.start);
  const after = tokens.slice(tokens.findIndex((t) => t.end === found.end) + 1);
  const subject = from === 0 || after.every((t) => t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART");
  return subject ? null : found;
}

/**
 * "he", "she": the nearest name before, the run of capitalised tokens the tagger reads as a name; not one that
 * introduces words ("Durbin said"), nor one after a preposition, where names are mostly places ("in Moscow").
 */
function person(tokens: Tagged[]): Span | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]!.pos !== "PROPN" || tokens[i + 1]?.pos === "PROPN") continue;
    let from = i;
    while (from > 0 && tokens[from - 1]!.pos === "PROPN") from--;
    if (SPEECH.has(tokens[i + 1]?.text.toLowerCase() ?? "") || tokens[from - 1]?.pos === "ADP") continue;
    // "a [Jewish] journalist", "the [European] champions": a name that modifies a noun names no one.
    if (tokens[i + 1]?.pos === "NOUN") continue;
    // "[Citizens] have …": one capitalised word opening a sentence is any word the tagger read as a name.
    if (from === i && opensSentence(tokens, from) && !/^\p{Lu}{2,}$/u.test(tokens[i]!.text)) continue;
    return { start: tokens[from]!.start, end: tokens[i]!.end };
  }
  return null;
}

const opensSentence = (tokens: Tagged[], i: number) => i === 0 || /^[.!?"“”«»]$/u.test(tokens[i - 1]!.text);

const MAIN_VERB_SKIP = new Set(["ADP", "ADV", "PART", "CCONJ"]);
const ACTOR_HEADS = new Set(stanceWords.readingActors);
const CALENDAR = new Set([...time.weekdays, ...time.months]);
/** "June 5", "Monday": a weekday or month written as a name (not "the march"). */
const isCalendarName = (text: string) => /^\p{Lu}\p{Ll}+$/u.test(text) && CALENDAR.has(text.toLowerCase());
/**
 * "criticized [OneWest] for its practices, accusing it of …", "cut ties with [Qatar], accusing it of …", "railed
 * against [China]'s trade practices, blaming them for …": "it"/"them" as the object of a participle cue after a
 * comma stands for the object of the clause before the comma, the first phrase after its verb that agrees in number
 * ("it" a name or a singular noun; "them" a plural or a coordination), as its possessor when it has one.
 */
export function objectBeforeParticiple(doc: Document, pronoun: Span, cue: Span): Span | null {
  const word = doc.text.slice(pronoun.start, pronoun.end).toLowerCase();
  if (word !== "it" && word !== "them") return null;
  const before = doc.text.slice(Math.max(0, cue.start - 3), cue.start);
  const cueWord = doc.text.slice(cue.start, cue.end).toLowerCase();
  if (!/,\s*$/.test(before) || !/ing$/.test(cueWord.split(" ")[0]!)) return null;
  const sentence = sentenceAt(doc, cue.start);
  if (!sentence || cue.start - sentence.start > WINDOW) return null;
  const comma = doc.text.lastIndexOf(",", cue.start);
  const tokens = tagSpan(doc.text, { start: sentence.start, end: comma });
  const verb = tokens.findIndex((t, i) => i > 0 && t.pos === "VERB");
  if (verb < 0) return null;
  for (let i = verb + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (MAIN_VERB_SKIP.has(t.pos) || t.pos === "PRON") continue;
    if (!["NOUN", "PROPN", "DET", "ADJ", "NUM"].includes(t.pos)) return null;
    const phrase = phraseFrom(tokens, i);
    if (!phrase) continue;
    const inside = tokens.filter((x) => x.start >= phrase.start && x.end <= phrase.end);
    const owned = possessorOf(tokens, phrase);
    const head = inside[inside.length - 1]!;
    const plural = inside.some((x) => x.text.toLowerCase() === "and") || (head.pos === "NOUN" && /s$/.test(head.text));
    if (isCalendarName(head.text)) continue;
    if (owned.end !== phrase.end) return owned;
    // "it" an actor (a name, an institution); "them" any group.
    const actor = head.pos === "PROPN" || ACTOR_HEADS.has(head.text.toLowerCase());
    if (word === "it" ? !plural && actor : plural || head.pos === "PROPN") return phrase;
    // "cut ties [with Qatar]": past a phrase of the wrong number to the next.
    i = tokens.findIndex((x) => x.start >= phrase.end) - 1;
    if (i < 0) return null;
  }
  return null;
}
