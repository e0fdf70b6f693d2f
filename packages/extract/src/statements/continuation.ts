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
    if (prev && prevParagraph === paragraph) c.inheritsFrom = prev;
    else {
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

/** Nothing but quote marks and punctuation between two quotes. */
function adjacent(doc: Document, c: Candidate, next: Candidate): boolean {
  return !/[\p{L}\p{N}]/u.test(doc.masked.slice(c.end, next.start).replace(/_/g, ""));
}

function paragraphOf(doc: Document, c: Candidate): number {
  return doc.sentences[c.sentence]!.paragraph;
}
