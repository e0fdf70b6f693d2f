/**
 * Targets that only the cue's content clause names (the guide: "warned that the U.S. and Japan were on the verge
 * of a serious trade conflict", said by a US official, aims at Japan): for a warning, a complaint or a demand with
 * no object of its own, the names that open the clause, as its subject, less the speaker's own country, which the
 * words before the cue name ("U.S. Trade Representative …").
 */
import type { Document } from "../pipeline/types.ts";
import { sentenceAt, type Governing, type Span } from "./cue.ts";
import { CUES } from "./lexicon.ts";
import type { TargetContext } from "./targets.ts";
import { wordsOf } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** A finite verb: the subject before it is over. */
const VERBS = new Set(stanceWords.clauseSubjectVerbs);
const JOINS = new Set(stanceWords.clauseSubjectJoins);
const MAX_WORDS = 8;

/** The clause's subject when it is names only ("the U.S. and Japan", "Russia"), or null. */
export function clauseSubject(doc: Document, cue: Governing, span: Span): Span | null {
  if (cue.position !== "before" || (cue.stance !== "WARNS" && cue.stance !== "CRITICISES" && cue.stance !== "DEMANDS")) return null;
  const words = wordsOf(doc.text, span.start, Math.min(span.end, span.start + 160));
  let n = 0;
  while (n < Math.min(words.length, MAX_WORDS + 1) && !VERBS.has(words[n]!.key)) n++;
  if (n === 0 || n > MAX_WORDS || !VERBS.has(words[n]?.key ?? "")) return null;
  const subject = words.slice(0, n);
  const names = subject.filter((w) => !JOINS.has(w.key));
  if (!names.length || !names.every((w) => /^\p{Lu}/u.test(w.text))) return null;
  if (JOINS.has(subject[n - 1]!.key)) return null;
  return { start: subject[0]!.start, end: subject[n - 1]!.end };
}

/** Countries the words before the cue name, in its clause: the speaker's own ("Japanese Finance Minister X warned"). */
export function speakerCountries(doc: Document, cue: Governing, context: TargetContext): Set<string> {
  const sentence = sentenceAt(doc, cue.start);
  const before = doc.masked.slice(Math.max(sentence?.start ?? 0, cue.start - 200), cue.start);
  const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(",")) + 1);
  return new Set(context.placesOf(clause).flatMap((p) => (p.countryCode ? [p.countryCode] : [])));
}

/** A singular pronoun opening reported speech stands for the speaker ("the ministry said it condemned …"). */
const SELF_PRONOUNS = new Set(stanceWords.clauseSubjectSelfPronouns);
const MODALS = new Set(stanceWords.clauseSubjectModals);

/**
 * How many words at the start of a reported statement stand for its speaker: "he"/"she"/"it", or a subject that
 * names only the speaker's own country ("Mexico's foreign secretary said [the Mexican government] would press
 * …"); 0 when none does. "They" may be anyone, and a quoted statement's "he" is someone else.
 */
export function selfSubject(doc: Document, cue: Governing | null, span: Span, context: TargetContext): number {
  if (cue?.position !== "before" || /["“«]\s*$/u.test(doc.text.slice(Math.max(0, span.start - 2), span.start))) return 0;
  const words = wordsOf(doc.text, span.start, Math.min(span.end, span.start + 120));
  if (SELF_PRONOUNS.has(words[0]?.key ?? "")) return 1;
  // "said, however, he expects …", "said, for example, he would support …": a connective may open the clause.
  const opening = connectiveEnd(words);
  if (opening > 0 && SELF_PRONOUNS.has(words[opening]?.key ?? "")) return opening + 1;
  const n = words.slice(0, 6).findIndex((w) => MODALS.has(w.key) || VERBS.has(w.key));
  if (n < 1) return 0;
  // Only a subject with a capitalised word can name a country ("the Mexican government"), and it matters only when
  // a stance cue follows it; most statements have neither, and are spared the place finder.
  if (!words.slice(0, n).some((w) => /^\p{Lu}/u.test(w.text))) return 0;
  const cued = words.slice(n, n + 4).some((_, k) => {
    const hit = CUES.at(words, n + k);
    return hit !== null && hit.value.stance !== "NEUTRAL";
  });
  if (!cued) return 0;
  const subject = doc.text.slice(words[0]!.start, words[n - 1]!.end);
  const named = new Set(context.placesOf(subject).flatMap((p) => (p.countryCode ? [p.countryCode] : [])));
  if (!named.size) return 0;
  const own = speakerCountries(doc, cue, context);
  return [...named].every((c) => own.has(c)) ? n : 0;
}

const CONNECTIVES = new Set(stanceWords.clauseSubjectConnectives);
/** The index after a connective that opens the words ("however", "for example", with its comma), or 0. */
function connectiveEnd(words: ReturnType<typeof wordsOf>): number {
  for (const n of [1, 2]) {
    if (!CONNECTIVES.has(words.slice(0, n).map((w) => w.key).join(" "))) continue;
    return words[n]?.key === "," ? n + 1 : n;
  }
  return 0;
}
