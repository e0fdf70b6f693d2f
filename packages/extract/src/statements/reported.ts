import type { Candidate, Cue, Document, Span } from "../pipeline/types.ts";
import { accordingContent } from "./according.ts";
import { contentLimit, isParenthetical, isWholeQuote, regionEndOfPrevious, withoutAside } from "./clause-limits.ts";
import { contentAfter } from "./content-after.ts";
import { contentBefore } from "./content-before.ts";
import { COMPLEMENT_ONLY, NOUN_LIKE, QUOTE_ONLY } from "./cues.ts";
import { trimEnd } from "./trim.ts";
import { countWords, skipSpace } from "./words.ts";

const MIN_WORDS = 2;
/** "As X said, C", "But as X noted, C": the speaker phrase opens the sentence after "as". */
const AS_SOURCE = /^[\s,]*(?:(?:but|and|yet|so)\s+)?as\s+$/iu;
/** A reported clause is at most this long (gold clauses: 99.9% under 820 characters); it keeps one-sentence inputs linear. */
const MAX_CONTENT = 1000;

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
    const from = Math.max(sentence.start, doc.bodyStart, regionEndOfPrevious(cues, c), cue.start - MAX_CONTENT);
    const limit = relativeClauseEnd(doc, cue, Math.min(contentLimit(doc, cues, c, sentence.end), cue.end + MAX_CONTENT));
    let span: Span | null = null;
    let evidence: Candidate["evidence"] = "reported";
    if (cue.order === "passive") {
      // "was described by MPs and analysts as being politically astute": what follows the agent.
      const at = cue.speaker!.end + /^\s*(?:(?:as|that)\s+)?/u.exec(doc.masked.slice(cue.speaker!.end, cue.speaker!.end + 8))![0].length;
      span = at < limit ? trimEnd(doc.text, at, limit) : null;
      if (span) span = withoutAside(doc, span);
    } else if (cue.form === "label") {
      // "called the talks "lousy"" is the direct stage's; "called Mr. Y an outstanding leader" reports a claim.
      const content = contentAfter(doc, cue, limit);
      if (!content.complement || !content.span) continue;
      span = withoutAside(doc, content.span);
    } else if (cue.form === "according") {
      // "According to the newspaper, “...”", "According to HuffPo: “...”": the source introduces the quotation.
      if (cue.speaker && doc.quoteByOpen.has(cue.speaker.end + /^[\s,:]*/.exec(doc.masked.slice(cue.speaker.end, cue.speaker.end + 4))![0].length)) { quoteIntros.add(cue); continue; }
      evidence = "according";
      span = accordingContent(doc, cue, from, limit);
      if (span && span.start > cue.start) span = withoutAside(doc, span);
    } else if (cue.order === "after") {
      // "Said Ellis: "..."": an inverted cue may introduce the quotation after its speaker.
      if (cue.speaker && doc.quoteByOpen.has(cue.speaker.end + /^[\s,:]*/.exec(doc.masked.slice(cue.speaker.end, cue.speaker.end + 4))![0].length)) quoteIntros.add(cue);
      if (QUOTE_ONLY.has(cue.word)) continue;
      span = contentBefore(doc, from, cue.start);
    } else {
      const content = contentAfter(doc, cue, limit);
      if (content.introducesQuote) { quoteIntros.add(cue); continue; }
      if (COMPLEMENT_ONLY.has(cue.word) && !content.complement) continue;
      // "..., the Daily Caller reports.": a noun-like verb that ends its clause is postposed speech, not a noun.
      if (QUOTE_ONLY.has(cue.word) || (NOUN_LIKE.has(cue.word) && !content.hasThat && !endsClause(doc, content.restAt, limit))) continue;
      // ""...," Obama said at the White House after ...": what follows a quote's own attribution is about the saying,
      // unless "that" or an object's complement opens a new report.
      if (content.span && !content.hasThat && !content.complement && attributesQuote(doc, cue, from)) content.span = null;
      if (content.span && countWords(doc.text, content.span, MIN_WORDS) >= MIN_WORDS) {
        span = withoutAside(doc, content.span);
        if (content.hasThat) evidence = "reported-that";
      } else if (cue.order === "before" && cue.speaker && AS_SOURCE.test(doc.masked.slice(from, cue.speaker.start))) {
        // "As Purple PAC's Crane said, the two standard-bearers have become ...": the clause after the comma.
        const comma = /^\s*,/.exec(doc.masked.slice(content.restAt, limit));
        if (comma) span = trimEnd(doc.text, skipSpace(doc.text, content.restAt + comma[0].length), limit);
      } else if (cue.order === "before" && cue.speaker && !inRelativeClause(doc, cue)) {
        // "..., said Peter King, a congressman who has criticized Trump": a relative clause reports nothing before it.
        span = contentBefore(doc, from, cue.speaker.start);
        // A parenthetical attribution reports the whole sentence around it.
        if (span && isParenthetical(doc, content.restAt, limit)) span = trimEnd(doc.text, span.start, limit);
      }
    }
    if (!span || countWords(doc.text, span, MIN_WORDS) < MIN_WORDS) continue;
    // A postposed attribution right after a quotation belongs to the quote ("...," he said).
    if (isWholeQuote(doc, span)) continue;
    // Field by field: spans come from several functions, and a spread of objects of varied shapes is slow in V8.
    candidates.push({ start: span.start, end: span.end, kind: "indirect", evidence, cue, inheritsFrom: null, sentence: cue.sentence });
  }
  return { candidates, quoteIntros };
}

function endsClause(doc: Document, at: number, limit: number): boolean {
  return /^[\s.,;:!?]*$/.test(doc.masked.slice(at, limit));
}

/** The cue's speaker follows a quotation that opens the sentence (""...," X said"), not a title inside narration. */
function attributesQuote(doc: Document, cue: Cue, from: number): boolean {
  const at = cue.speaker ? cue.speaker.start : cue.start;
  const close = /["”’»']\s*[,—–-]*\s*$/u.exec(doc.masked.slice(Math.max(from, at - 6), at));
  if (!close) return false;
  // Quotes do not overlap, so they are in order of their closing marks too: the last one closing before `at`.
  const { quotes } = doc;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.close <= at) lo = mid + 1;
    else hi = mid;
  }
  const quote = quotes[lo - 1];
  return quote !== undefined && quote.close > at - 7 && /^[\s(]*$/.test(doc.masked.slice(from, quote.open));
}

/** The cue follows a relative "who" ("a congressman who has criticized ..."). */
function inRelativeClause(doc: Document, cue: Cue): boolean {
  return /\bwho\s+(?:\p{Ll}+\s+){0,2}$/u.test(doc.masked.slice(Math.max(0, cue.start - 30), cue.start));
}

/** "Trump, who has accused Bill Clinton of lying, will attend": a cue inside a relative clause reports up to its comma. */
function relativeClauseEnd(doc: Document, cue: Cue, limit: number): number {
  if (!inRelativeClause(doc, cue)) return limit;
  const comma = doc.masked.indexOf(",", cue.end);
  return comma >= 0 && comma < limit ? comma : limit;
}
