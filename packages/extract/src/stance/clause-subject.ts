/**
 * Targets that only the cue's content clause names (the guide: "warned that the U.S. and Japan were on the verge
 * of a serious trade conflict", said by a US official, aims at Japan): for a warning, a complaint or a demand with
 * no object of its own, the names that open the clause, as its subject, less the speaker's own country, which the
 * words before the cue name ("U.S. Trade Representative …").
 */
import type { Document } from "../pipeline/types.ts";
import { sentenceAt, type Governing, type Span } from "./cue.ts";
import type { TargetContext } from "./targets.ts";
import { wordsOf } from "./words.ts";

/** A finite verb: the subject before it is over. */
const VERBS = new Set(["is", "was", "were", "are", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do"]);
const JOINS = new Set(["and", ",", "the"]);
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
