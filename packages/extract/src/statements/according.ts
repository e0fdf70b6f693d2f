import type { Cue, Document, Span } from "../pipeline/types.ts";
import { contentBefore } from "./content-before.ts";
import { trimEnd } from "./trim.ts";
import { countWords, skipSpace } from "./words.ts";

const SHORT_LEAD = /^[\s\p{L}]{0,12}$/u;
// "... after, according to him, the network censured ...", "because, according to Trump, the media would ...": a
// conjunction or complementiser right before the source opens the clause it vouches for.
const CLAUSE_OPENER_BEFORE = /(?:^|[\s,])(?:after|because|since|when|while|although|though|that|but|and|yet|so|if|as|before|until|unless|whereas|once)\s*,?\s*$/iu;

// "according to an email ... obtained by X", "according to Democrats involved in the talks", "exit polls reported by
// CNN": a participle with its preposition still describes the source; a clause running on after the source
// ("according to the ministry recovered ten survivors") has a verb with an object instead.
const SOURCE_GOES_ON = /^\s+\p{Ll}+(?:ed|en|wn)\s+(?!at\s+(?:least|most)\b)(?:by|in|on|at|for|from|with|to|about|during|over|under|after|before|through|since|last|this|earlier)\b/u;
/** "..., according to Crowdpac, the most of any candidate": an appositive after the source, not a clause. */
const APPOSITIVE_LEAD = /^\s*(?:a|an|the|one|its|his|her|their)\s/iu;
const CLAUSE_WORD = /^(?:\p{L}+ed|is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|said|says|did|does|do)$/iu;

function isAppositive(rest: string): boolean {
  if (!APPOSITIVE_LEAD.test(rest)) return false;
  const words = rest.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  return words.length <= 10 && !words.some((w) => CLAUSE_WORD.test(w));
}

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
  const rest = doc.masked.slice(source.end, Math.min(limit, source.end + 40));
  if (/^\s+\p{Ll}/u.test(tail) && !SOURCE_GOES_ON.test(rest) && countWords(doc.text, { start: source.end, end: limit }, 3) >= 3) {
    return trimEnd(doc.text, skipSpace(doc.text, source.end), limit);
  }
  if (SHORT_LEAD.test(lead) || CLAUSE_OPENER_BEFORE.test(lead) || countWords(doc.text, { start: from, end: cue.start }, 7) <= 6) {
    const comma = doc.masked.indexOf(",", source.end);
    // A clause before the source ("C, according to X, a research group") makes a bare noun phrase after it an aside.
    const contentLeads = !SHORT_LEAD.test(lead) && !CLAUSE_OPENER_BEFORE.test(lead);
    if (comma >= 0 && comma < limit && !(contentLeads && isAppositive(doc.masked.slice(comma + 1, limit)))) return trimEnd(doc.text, skipSpace(doc.text, comma + 1), limit);
    if (SHORT_LEAD.test(lead)) return null;
  }
  // "Clinton leads by 271 delegates according to a count by AP": the source may follow its clause with no comma.
  const before = contentBefore(doc, from, cue.start);
  if (before || countWords(doc.text, { start: from, end: cue.start }, 4) < 4) return before;
  return trimEnd(doc.text, skipSpace(doc.text, from), cue.start);
}
