import type { Paragraph, Quote } from "../pipeline/types.ts";
import { isSpace } from "./paragraphs.ts";

/**
 * Quote spans in one linear pass. Curly, guillemet and low-9 quotes pair with their own closer; ASCII '"' and the
 * doubled apostrophe '' (New York Times style) toggle. Single curly quotes open only at a word start, because ’ is
 * also the apostrophe. Nested quotes of another style are left inside the outer one; the same opener seen again
 * before a closer means the first was never closed. A quote still open at a paragraph end runs on only when the
 * next paragraph closes it before opening another; otherwise it closes, unbalanced, at the paragraph end.
 */
const CLOSER: Record<string, string> = { "“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "''": "''" };
const SYMMETRIC = new Set(['"', "''"]);

/** The quote mark at i: "''" for a doubled apostrophe, else the character. */
function markAt(text: string, i: number): string {
  const c = text[i]!;
  return c === "'" && text[i + 1] === "'" ? "''" : c;
}

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let opener = "";
  let closer = "";
  let startParagraph = 0;
  // A double mark of the other style opened inside the open quote ("“He said "no" to me”"), awaiting its closer.
  let nested = false;
  for (const p of paragraphs) {
    if (open >= 0 && !closesFirst(text, p, closer)) {
      const prev = paragraphs[p.index - 1]!;
      pushQuote(quotes, text, open + opener.length, prev.end, prev.end, open, false, startParagraph);
      open = -1;
    }
    for (let i = p.start; i < p.end; i++) {
      // Every character of every article passes here: anything but a quote mark is skipped before a string is made.
      if (!isMarkCode(text.charCodeAt(i))) continue;
      const c = markAt(text, i);
      if (open >= 0) {
        // "A. "B." (paragraphs run together, each reopening the quote): a straight mark after a sentence end and a
        // space, right before a word, opens the next passage; the open one ends where its sentence did.
        if (c === '"' && closer === '"' && reopens(text, i)) {
          pushQuote(quotes, text, open + opener.length, i, i, open, false, startParagraph);
          open = i;
          continue;
        }
        // Mixed typography ('"This is it,” said X', '“Look," she said'): the other style's double mark closes the
        // quote when it stands where a closer stands and no quote of that style was opened inside this one.
        const mixed = !nested && ((closer === '"' && c === "”") || (closer === "”" && c === '"' && closesHere(text, i)));
        if (closer === '"' && c === "“") nested = true;
        else if (closer === '"' && c === "”" && nested) nested = false;
        else if (closer === "”" && c === '"') { if (!mixed) nested = !nested; }
        if (mixed || (c === closer && (closer !== "’" || !isLetter(text.charCodeAt(i + 1))))) {
          pushQuote(quotes, text, open + opener.length, i, i + c.length, open, true, startParagraph);
          open = -1;
        } else if (c === opener && !SYMMETRIC.has(c) && c !== "‘") {
          pushQuote(quotes, text, open + opener.length, i, i, open, false, startParagraph);
          open = i;
        }
        i += c.length - 1;
        continue;
      }
      const close = CLOSER[c];
      if (close === undefined) continue;
      if (c === "‘" && isLetter(text.charCodeAt(i - 1))) continue;
      open = i;
      opener = c;
      closer = close;
      nested = false;
      startParagraph = p.index;
      i += c.length - 1;
    }
  }
  if (open >= 0) {
    const last = paragraphs[paragraphs.length - 1]!;
    pushQuote(quotes, text, open + opener.length, last.end, last.end, open, false, startParagraph);
  }
  return quotes;
}

/** True when the paragraph's first quote mark is the awaited closer (for symmetric marks: an odd count of them). */
function closesFirst(text: string, p: Paragraph, closer: string): boolean {
  if (SYMMETRIC.has(closer)) {
    if (text.startsWith(closer, p.start)) return false;
    let n = 0;
    for (let i = p.start; i < p.end; i++) {
      if (markAt(text, i) === closer) { n++; i += closer.length - 1; }
    }
    return n % 2 === 1;
  }
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (c === closer) return true;
    if (CLOSER[c] !== undefined) return false;
  }
  return false;
}

function pushQuote(quotes: Quote[], text: string, from: number, end: number, close: number, open: number, closed: boolean, paragraph: number) {
  let start = from;
  let e = end;
  while (start < e && isSpace(text.charCodeAt(start))) start++;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) quotes.push({ start, end: e, open, close, closed, paragraph });
}

/** " ' “ ” « » „ ‘ ’: the characters CLOSER's marks are made of. */
function isMarkCode(code: number): boolean {
  return code === 34 || code === 39 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x2019) || (code >= 0x201c && code <= 0x201e);
}

function isLetter(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
}

/** A straight mark at i that closes: after a letter, digit or punctuation, before a space, punctuation or the end. */
function closesHere(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1), after = text.charCodeAt(i + 1);
  return !isSpace(before) && (Number.isNaN(after) || isSpace(after) || !isLetter(after));
}

/** A straight quote mark at i that can only open: sentence-final punctuation and a space before it, a word after. */
function reopens(text: string, i: number): boolean {
  return isSpace(text.charCodeAt(i - 1)) && /[.!?]["”’']?\s$/.test(text.slice(Math.max(0, i - 3), i)) && isLetter(text.charCodeAt(i + 1));
}
