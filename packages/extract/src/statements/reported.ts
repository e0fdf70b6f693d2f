import type { Candidate, Cue, Document, Span } from "../pipeline/types.ts";
import { contentAfter } from "./content-after.ts";
import { contentBefore } from "./content-before.ts";
import { trimEnd } from "./trim.ts";
import { NOUN_LIKE, QUOTE_ONLY } from "./cues.ts";

const MIN_WORDS = 2;
const MAX_CONTENT = 2000;
const COORDINATOR_TAIL = /[\s,;]*(?:and|but|while|whereas)?\s*$/u;
const COORDINATION = /(?:[,;]|\band|\bbut|\bwhile|\bwhereas)\s*$/u;

/**
 * Reported speech from each cue: "X said (that) C", "C, X said", "C, said X", "According to X, C", "C, according
 * to X", "..., adding that C". Also returns the cues that introduce a quotation, for the direct-quote stage.
 */
export function findReported(doc: Document, cues: Cue[]): { candidates: Candidate[]; quoteIntros: Set<Cue> } {
  const candidates: Candidate[] = [];
  const quoteIntros = new Set<Cue>();
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const sentence = doc.sentences[cue.sentence]!;
    // A reported clause is at most MAX_CONTENT long: it keeps pathological one-sentence inputs linear.
    const from = Math.max(sentence.start, doc.bodyStart, regionEndOfPrevious(cues, c), cue.start - MAX_CONTENT);
    const limit = Math.min(contentLimit(doc, cues, c, sentence.end), cue.end + MAX_CONTENT);
    let span: Span | null = null;
    let evidence: Candidate["evidence"] = "reported";
    if (cue.form === "label") continue;
    if (cue.form === "according") {
      evidence = "according";
      const lead = doc.masked.slice(from, cue.start);
      const tail = cue.speaker ? doc.masked.slice(cue.speaker.end, limit) : "";
      if (cue.speaker && /^\s+\p{Ll}/u.test(tail) && words(doc.text, { start: cue.speaker.end, end: limit }, 3) >= 3) {
        // "Rescuers, ..., according to the emergencies ministry recovered ten survivors": the content follows.
        span = trimEnd(doc.text, skipSpace(doc.text, cue.speaker.end), limit);
      } else if (cue.speaker && (/^[\s\p{L}]{0,12}$/u.test(lead) || words(doc.text, { start: from, end: cue.start }, 7) <= 6)) {
        // "According to X, C" and "On Sunday in London, according to X, C".
        const comma = doc.masked.indexOf(",", cue.speaker.end);
        if (comma >= 0 && comma < limit) span = trimEnd(doc.text, skipSpace(doc.text, comma + 1), limit);
        else if (!/^[\s\p{L}]{0,12}$/u.test(lead)) span = contentBefore(doc, from, cue.start);
      } else span = contentBefore(doc, from, cue.start);
    } else if (QUOTE_ONLY.has(cue.word) && cue.order === "after") {
      continue;
    } else if (cue.order === "after") {
      // "Said Ellis: "..."": an inverted cue may introduce the quotation after its speaker.
      const after = cue.speaker ? /^[\s,:]*/.exec(doc.masked.slice(cue.speaker.end, cue.speaker.end + 4))![0].length : 0;
      if (cue.speaker && doc.quoteByOpen.has(cue.speaker.end + after)) quoteIntros.add(cue);
      span = contentBefore(doc, from, cue.start);
    } else {
      const content = contentAfter(doc, cue, limit);
      if (content.introducesQuote) { quoteIntros.add(cue); continue; }
      if (QUOTE_ONLY.has(cue.word)) continue;
      if (NOUN_LIKE.has(cue.word) && !content.hasThat) continue;
      if (content.span && words(doc.text, content.span, MIN_WORDS) >= MIN_WORDS) {
        span = content.span;
        if (content.hasThat) evidence = "reported-that";
      } else if (cue.order === "before" && cue.speaker) {
        span = contentBefore(doc, from, cue.speaker.start);
        // "The museum, Mr. Obama said, would make visitors face ...": a parenthetical attribution reports the
        // whole sentence around it.
        if (span && isParenthetical(doc, content.restAt, limit)) span = trimEnd(doc.text, span.start, limit);
      }
    }
    if (!span || words(doc.text, span, MIN_WORDS) < MIN_WORDS) continue;
    // A postposed attribution right after a quotation belongs to the quote ("...," he said).
    if (isWholeQuote(doc, span)) continue;
    candidates.push({ ...span, kind: "indirect", evidence, cue, inheritsFrom: null, sentence: cue.sentence });
  }
  return { candidates, quoteIntros };
}

const CONTINUES_CLAUSE = /^[\s,]*,\s*(?!and\b|but\b|or\b|adding\b|saying\b|according\b)[\p{Ll}\p{N}"“'‘]/u;

function isParenthetical(doc: Document, restAt: number, limit: number): boolean {
  const after = doc.masked.slice(restAt, Math.min(limit, restAt + 40));
  return CONTINUES_CLAUSE.test(after) && words(doc.text, { start: restAt, end: limit }, 3) >= 3;
}

/** A coordinated cue later in the sentence ends this cue's content: "X said A, adding that B" → A | B. */
function contentLimit(doc: Document, cues: Cue[], c: number, sentenceEnd: number): number {
  const next = cues[c + 1];
  if (!next || next.sentence !== cues[c]!.sentence) return sentenceEnd;
  const region = next.order === "before" && next.speaker ? next.speaker.start : next.start;
  const before = doc.masked.slice(Math.max(0, region - 12), region);
  if (next.form === "participle" || next.form === "according" || COORDINATION.test(before)) {
    return region - (COORDINATOR_TAIL.exec(before)?.[0].length ?? 0);
  }
  return sentenceEnd;
}

/** Postposed content starts after an earlier cue's attribution in the same sentence. */
function regionEndOfPrevious(cues: Cue[], c: number): number {
  const prev = cues[c - 1];
  if (!prev || prev.sentence !== cues[c]!.sentence) return 0;
  if (cues[c]!.form === "verb" && cues[c]!.order === "before") return 0;
  return Math.max(prev.end, prev.speaker?.end ?? 0);
}

function isWholeQuote(doc: Document, span: Span): boolean {
  const lead = doc.masked.slice(span.start, span.start + 3);
  return /^\s*(?:["“«„‘]|'')/.test(lead) && !/[\p{L}\p{N}]/u.test(doc.masked.slice(span.start, span.end).replace(/_/g, ""));
}

/** Words in the span, counted up to `enough` (callers only ask "at least n?"). */
function words(text: string, span: Span, enough = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const letter = isWordChar(text.charCodeAt(i));
    if (letter && !inWord && ++n >= enough) return n;
    inWord = letter;
  }
  return n;
}

/** ASCII letters and digits, and anything beyond Latin-1 punctuation (accented and non-Latin letters). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 192 && code !== 215 && code !== 247 && (code < 0x2000 || code > 0x206f) && code !== 0x3000);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
