import type { Candidate, Cue, Document, Quote } from "../pipeline/types.ts";
import { frameCue } from "./quote-frame.ts";

// Only punctuation, or the start of a speaker phrase that reading backwards from the cue cut short
// ("..." a narrator in the Clinton ad asks).
const BETWEEN_QUOTE_AND_ATTRIBUTION = /^[\s,—–-]*(?:(?:a|an|one|another)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+(?:in|at|of|for|from|with|on)\s+)?$/u;

/**
 * Direct statements from quotations. A quote is attributed by the cue right after it ("...," he said), by the cue
 * that introduces it (he said: "..."), or by a labelling cue before it (called the talks "lousy"). A quote inside a
 * reported clause makes that clause a partial-quote statement. A quote that opens its sentence with no cue of its
 * own is kept for the continuation stage; any other quote is a scare quote, title or name, and is dropped.
 */
export function findDirect(doc: Document, cues: Cue[], reported: Candidate[], quoteIntros: Set<Cue>): Candidate[] {
  const out: Candidate[] = [];
  let r = 0;
  for (const quote of doc.quotes) {
    if (quote.open < doc.bodyStart) continue;
    while (r < reported.length && reported[r]!.end < quote.open) r++;
    const host = reported[r];
    if (host && host.start <= quote.open && quote.end <= host.end + 1) {
      host.kind = "direct";
      host.evidence = "partial";
      continue;
    }
    const sentence = sentenceAt(doc, quote.open);
    const after = cueAfter(doc, cues, quote);
    if (after) {
      out.push(make(quote, "direct", "quote-attributed", after, sentence));
      continue;
    }
    const before = cueBefore(doc, cues, quote, quoteIntros);
    if (before) {
      out.push(make(quote, "direct", before.form === "label" ? "label" : "quote-attributed", before, sentence));
      continue;
    }
    const lead = doc.masked.slice(doc.sentences[sentence]!.start, quote.open);
    if (!/^[\s(]*$/.test(lead)) continue;
    // A quote that opens its sentence may be framed by a verb no lexicon lists ("..., an angry Hollande retaliated").
    const framed = frameCue(doc, quote, sentence);
    out.push(framed ? make(quote, "direct", "quote-attributed", framed, sentence) : make(quote, "direct", "quote-adjacent", null, sentence));
  }
  return out;
}

function make(quote: Quote, kind: "direct", evidence: Candidate["evidence"], cue: Cue | null, sentence: number): Candidate {
  return { start: quote.start, end: quote.end, kind, evidence, cue, inheritsFrom: null, sentence };
}

/** "...," he said. / "...," said Peskov. / "..." — Shoigu stressed. */
function cueAfter(doc: Document, cues: Cue[], quote: Quote): Cue | null {
  const cue = cues[firstCueFrom(cues, quote.close)];
  if (!cue || cue.start > quote.close + 200) return null;
  if (cue.form === "participle") return null;
  // '"...," according to a court filing by X.': only a source right after the quote's own close vouches for it.
  if (cue.form === "according" && !/^[\s,—–-]*$/.test(doc.masked.slice(quote.close, cue.start))) return null;
  const region = cue.order === "before" && cue.speaker ? cue.speaker.start : cue.start;
  if (region < quote.close || !BETWEEN_QUOTE_AND_ATTRIBUTION.test(doc.masked.slice(quote.close, region))) return null;
  // A new paragraph opens its own statement: an attribution never reaches back over a paragraph break.
  if (doc.masked.slice(quote.close, region).includes("\n")) return null;
  // A new sentence after the quote attributes it only when it says nothing else ("..." Shoigu said.), not when it
  // carries its own speech ("..." He said "...").
  if (cue.sentence !== sentenceAt(doc, quote.end)) {
    const rest = doc.masked.slice(cue.end, doc.sentences[cue.sentence]!.end);
    if (/["“«„_]/.test(rest) || rest.split(/\s+/).length > 6) return null;
  }
  return cue;
}

/** He said: "..." / He said, "..." / He called the talks "rather assertive". */
function cueBefore(doc: Document, cues: Cue[], quote: Quote, intros: Set<Cue>): Cue | null {
  const sentence = sentenceAt(doc, quote.open);
  const i = firstCueFrom(cues, quote.open) - 1;
  const cue = cues[i];
  if (!cue || cue.end > quote.open) return null;
  if (intros.has(cue)) {
    // Only other quotes (the first half of an interrupted quote) may stand between an introducing cue and this one.
    return cue.sentence === sentence || /^[\s:,]*$/.test(doc.masked.slice(cue.end, quote.open)) ? cue : null;
  }
  if (cue.form === "label" && cue.sentence === sentence && !/["“”«»„]|''/.test(doc.masked.slice(cue.end, quote.open))) return cue;
  return null;
}

/** Index of the first cue starting at or after `offset` (cues are in text order). */
function firstCueFrom(cues: Cue[], offset: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function sentenceAt(doc: Document, offset: number): number {
  const s = doc.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
