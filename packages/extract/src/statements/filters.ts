import type { ArticleInput } from "../types.ts";
import type { Candidate, Document } from "../pipeline/types.ts";

/**
 * Drops what is not a statement: anything in a headline paragraph (the title repeated as the first line), and
 * cue-less quotes that look like titles or names (every word capitalised) or are too short to be speech.
 */
export function dropNonStatements(doc: Document, article: ArticleInput, candidates: Candidate[]): Candidate[] {
  const headlineEnd = headlineParagraphEnd(doc, article);
  for (const c of candidates) {
    // Statements never start with whitespace (a clause read from just after a cue may).
    while (c.start < c.end && /\s/.test(doc.text[c.start]!)) c.start++;
  }
  return dropDuplicates(candidates).filter((c) => {
    if (c.end - c.start < 2) return false;
    if (c.start < headlineEnd) return false;
    // "on Fox News channel’s “Sunday Morning Futures,” Rep. Issa said": a title inside narration, even with a cue after it.
    // Most candidates have a cue and are no attributed quote: their words are never split.
    if (c.cue && !(c.kind === "direct" && c.evidence === "quote-attributed")) return true;
    const words = doc.text.slice(c.start, c.end).split(/\s+/).filter(Boolean);
    if (c.cue) return !(words.length <= 6 && isTitle(words) && !opensSentence(doc, c));
    if (words.length < 4) return false;
    // "Operation Enduring Freedom", "Pillow Talk": capitalised words with no sentence punctuation are a title.
    return !(isTitle(words) && !/[.!?,]$/.test(words[words.length - 1]!));
  });
}

function isTitle(words: string[]): boolean {
  return words.length > 1 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|for|in|on|a|an|to)$/.test(w));
}

function opensSentence(doc: Document, c: Candidate): boolean {
  const s = doc.sentences[c.sentence]!;
  return /^[\s"“‘'«(]*$/.test(doc.text.slice(s.start, c.start));
}

function headlineParagraphEnd(doc: Document, article: ArticleInput): number {
  const first = doc.paragraphs[0];
  if (!first || !article.title) return 0;
  // Compared on letters and digits: the title field and the first line differ in punctuation ("Debates.’" / "Debates’").
  const title = comparedForm(article.title);
  // Each ASCII letter or digit of the line stays one character of its compared form: a line with more of them than
  // the title has characters can be neither the title nor its beginning, and is not read further (most first lines).
  if (asciiAlnumExceeds(doc.text, first.start, first.end, title.length)) return 0;
  const line = comparedForm(doc.text.slice(first.start, first.end));
  return line.length > 0 && (line === title || (line.length < 200 && title.startsWith(line))) ? first.end : 0;
}

const comparedForm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** More than `limit` ASCII letters and digits in text[from, to). */
function asciiAlnumExceeds(text: string, from: number, to: number, limit: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122)) if (++n > limit) return true;
  }
  return false;
}

/**
 * Two cues can report the same clause ("Bloomberg reports that C, according to the Roper Center"): keep one
 * statement when two spans nearly coincide. Nested reports ("Znak.com reported its source said C") differ in length
 * and both stay.
 */
function dropDuplicates(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const prev = kept[kept.length - 1];
    if (prev) {
      const overlap = Math.min(prev.end, c.end) - Math.max(prev.start, c.start);
      const longer = Math.max(prev.end - prev.start, c.end - c.start);
      if (overlap > 0.85 * longer) continue;
    }
    kept.push(c);
  }
  return kept;
}
