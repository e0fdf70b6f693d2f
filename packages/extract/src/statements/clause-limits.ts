import type { Cue, Document, Span } from "../pipeline/types.ts";
import { trimEnd } from "./trim.ts";
import { countWords } from "./words.ts";

// "X said A, adding that B", "X said A and B said C", "X said A, which he said would B": the later cue's clause
// (coordinated, or a relative clause with its own cue) is not part of A.
const COORDINATOR_TAIL = /[\s,;]*(?:and|but|while|whereas|which|who|despite|after|amid|with|without)?\s*$/u;
const COORDINATION = /(?:[,;]|\band|\bbut|\bwhile|\bwhereas|,\s*which|,\s*who)\s*$/u;
// "..., Peskov said, answering a question from TASS": a participle after the attribution is about the saying, not
// the rest of a parenthesised sentence.
const CONTINUES_CLAUSE = /^[\s,]*,\s*(?!(?:and|but|or|according)\b|\p{Ll}+ing\b)[\p{Ll}\p{N}"“'‘]/u;

/** A coordinated cue later in the sentence ends this cue's content: "X said A, adding that B" → A | B. */
export function contentLimit(doc: Document, cues: Cue[], c: number, sentenceEnd: number): number {
  const next = cues[c + 1];
  if (!next || next.sentence !== cues[c]!.sentence) return sentenceEnd;
  const region = next.order === "before" && next.speaker ? next.speaker.start : next.start;
  const before = doc.masked.slice(Math.max(0, region - 14), region);
  if (next.form === "participle" || next.form === "according" || COORDINATION.test(before)) {
    return region - (COORDINATOR_TAIL.exec(before)?.[0].length ?? 0);
  }
  return sentenceEnd;
}

/** Postposed content starts after an earlier cue's attribution in the same sentence. */
export function regionEndOfPrevious(cues: Cue[], c: number): number {
  const prev = cues[c - 1];
  if (!prev || prev.sentence !== cues[c]!.sentence) return 0;
  if (cues[c]!.form === "verb" && cues[c]!.order === "before") return 0;
  // "... a mall called Bulgari Tower, according to a lawsuit": a label inside the clause does not end it.
  if (cues[c]!.form === "according" && prev.form === "label") return 0;
  return Math.max(prev.end, prev.speaker?.end ?? 0);
}

/** "The museum, Mr. Obama said, would make visitors face ...": the sentence goes on after the attribution. */
export function isParenthetical(doc: Document, restAt: number, limit: number): boolean {
  const after = doc.masked.slice(restAt, Math.min(limit, restAt + 40));
  return CONTINUES_CLAUSE.test(after) && countWords(doc.text, { start: restAt, end: limit }, 3) >= 3;
}

/** The span is nothing but quotations: a postposed attribution of a quote, which the direct stage handles. */
export function isWholeQuote(doc: Document, span: Span): boolean {
  const lead = doc.masked.slice(span.start, span.start + 3);
  return /^\s*(?:["“«„‘]|'')/.test(lead) && !/[\p{L}\p{N}]/u.test(doc.masked.slice(span.start, span.end).replace(/_/g, ""));
}

// The writer's own aside after a reported clause: a relative clause on its last noun that runs to the end ("said the
// FBI had secured the cooperation of Bryan Pagliano, who worked on ..."), a contrast ("..., while her rival ...",
// "... -- even as ...") or a new coordinated clause after such an aside ("..., which was one of his promises, but
// Congress ..."), or a new clause about someone else ("..., but Mr. Obama was furious").
const ASIDE = /,\s*but\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Dr\.?\s+)?(?!I\b)\p{Lu}\p{Ll}+\s+(?!said|says|told)\p{Ll}|,\s*(?:who|which|whose)\b(?=[^,;]*$)|,\s*(?:who|which|whose)\b[^,]*,\s*(?:but|and|while|although|though)\b|,\s*(?:while|whereas|even\s+as)\b|\s*(?:—|–|--)\s*(?:and|but|even|while|although|though)\b/u;

/** A reported clause read after its cue ends before the writer's aside that follows it. */
export function withoutAside(doc: Document, span: Span): Span {
  const m = ASIDE.exec(doc.masked.slice(span.start, span.end));
  if (!m || countWords(doc.text, { start: span.start, end: span.start + m.index }, 3) < 3) return span;
  return trimEnd(doc.text, span.start, span.start + m.index) ?? span;
}
