import type { Cue, Document, Span } from "../pipeline/types.ts";
import { contentBefore } from "./content-before.ts";
import { trimEnd } from "./trim.ts";
import { countWords, skipSpace } from "./words.ts";

const SHORT_LEAD = /^[\s\p{L}]{0,12}$/u;
// "... after, according to him, the network censured ...", "because, according to Trump, the media would ...": a
// conjunction or complementiser right before the source opens the clause it vouches for.
const CLAUSE_OPENER_BEFORE = /(?:^|[\s,])(?:after|because|since|when|while|although|though|that|but|and|yet|so|if|as|before|until|unless|whereas|once)\s*,?\s*$/iu;

/**
 * The clause an "according to X" source vouches for, wherever the source stands: "According to X, C",
 * "On Sunday in London, according to X, C", "C, according to X", and "Rescuers, ..., according to the emergencies
 * ministry recovered ten survivors" (the clause runs on after the source).
 */
export function accordingContent(doc: Document, cue: Cue, from: number, limit: number): Span | null {
  const source = cue.speaker;
  if (!source) return null;
  const lead = doc.masked.slice(from, cue.start);
  const tail = doc.masked.slice(source.end, Math.min(limit, source.end + 4));
  if (/^\s+\p{Ll}/u.test(tail) && countWords(doc.text, { start: source.end, end: limit }, 3) >= 3) {
    return trimEnd(doc.text, skipSpace(doc.text, source.end), limit);
  }
  if (SHORT_LEAD.test(lead) || CLAUSE_OPENER_BEFORE.test(lead) || countWords(doc.text, { start: from, end: cue.start }, 7) <= 6) {
    const comma = doc.masked.indexOf(",", source.end);
    if (comma >= 0 && comma < limit) return trimEnd(doc.text, skipSpace(doc.text, comma + 1), limit);
    if (SHORT_LEAD.test(lead)) return null;
  }
  return contentBefore(doc, from, cue.start);
}
