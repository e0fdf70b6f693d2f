import type { Candidate, Document } from "../pipeline/types.ts";

/**
 * Quotes with no cue of their own carry a neighbour's speaker: the statement before them in the same paragraph
 * ("According to him, ... "..." "I can say one thing ...""), else the attributed quote after them in the same
 * paragraph (""A." "B," he said."), else the last statement of the paragraph before (a continuation paragraph).
 * Quotes that find no neighbour are dropped: a quote nobody said is not a statement.
 */
export function linkContinuations(doc: Document, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  // The next attributed direct quote after each position, found in one backward pass.
  const nextDirect: (Candidate | undefined)[] = new Array(candidates.length);
  for (let i = candidates.length - 1, next: Candidate | undefined; i >= 0; i--) {
    nextDirect[i] = next;
    const c = candidates[i]!;
    if (c.cue && c.kind === "direct") next = c;
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.cue || c.inheritsFrom) { kept.push(c); continue; }
    const paragraph = paragraphOf(doc, c);
    const prev = kept[kept.length - 1];
    const prevParagraph = prev ? paragraphOf(doc, prev) : -1;
    if (prev && prevParagraph === paragraph) {
      // ""A," said X. Narration about Y. "B." "C," said Y.": narration between the statement before and a run of
      // quotes that an attribution closes makes the run that attribution's, not a continuation of "A".
      const closing = narrationBetween(doc, prev, c) ? closingAttribution(doc, candidates, i) : null;
      c.inheritsFrom = closing ?? prev;
    } else {
      const next = nextDirect[i];
      const continues = prev !== undefined && prevParagraph === paragraph - 1;
      // ""A." "B," he said." takes the later attribution; ""A." Mendes was stunned. He said: "B."" does not when the
      // paragraph before ends on a statement: narration between them makes "A" that statement's continuation.
      if (next && paragraphOf(doc, next) === paragraph && (!continues || adjacent(doc, c, next))) c.inheritsFrom = next;
      else if (continues) c.inheritsFrom = prev;
    }
    if (c.inheritsFrom) {
      c.evidence = "continuation";
      kept.push(c);
    }
  }
  return kept;
}

/** A sentence with no quote in it stands wholly between the statement before (and its cue) and this quote. */
function narrationBetween(doc: Document, prev: Candidate, c: Candidate): boolean {
  const last = Math.max(prev.sentence, prev.cue?.sentence ?? prev.sentence, sentenceOfOffset(doc, prev.end));
  for (let s = last + 1; s < c.sentence; s++) {
    const sentence = doc.sentences[s]!;
    const text = doc.masked.slice(sentence.start, sentence.end);
    if (!/[_"“”«»]/.test(text) && /\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}/u.test(text)) return true;
  }
  return false;
}

/** The quote-attributed statement (cue after it) that closes the run of adjacent quotes starting at index i. */
function closingAttribution(doc: Document, candidates: Candidate[], i: number): Candidate | null {
  let previous = candidates[i]!;
  for (let j = i + 1; j < candidates.length; j++) {
    const next = candidates[j]!;
    if (next.kind !== "direct" || !adjacent(doc, previous, next)) return null;
    if (next.cue) return next.evidence === "quote-attributed" && next.cue.start >= next.end ? next : null;
    previous = next;
  }
  return null;
}

function sentenceOfOffset(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Nothing but quote marks and punctuation between two quotes. */
function adjacent(doc: Document, c: Candidate, next: Candidate): boolean {
  return !/[\p{L}\p{N}]/u.test(doc.masked.slice(c.end, next.start).replace(/_/g, ""));
}

function paragraphOf(doc: Document, c: Candidate): number {
  return doc.sentences[c.sentence]!.paragraph;
}
