import type { Paragraph, Quote } from "../pipeline/types.ts";
import { isSpace } from "./paragraphs.ts";

/**
 * Quote spans in one linear pass. Curly, guillemet and low-9 quotes pair with their own closer; ASCII '"' toggles.
 * Single curly quotes open a quote only at a word start (‘ after a space), because ’ is also the apostrophe.
 * A paragraph that ends inside a quote continues into the next paragraph when that one opens with a quote mark
 * (the wire convention for multi-paragraph quotes); otherwise the quote closes, unbalanced, at the paragraph end.
 */
const CLOSER: Record<string, string> = { "“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "”": "”" };

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let closer = "";
  let startParagraph = 0;
  for (const p of paragraphs) {
    let i = p.start;
    if (open >= 0) {
      // Carried-over quote: the continuation paragraph must open with a quote mark, or the quote ended unclosed.
      const first = text[p.start]!;
      if (CLOSER[first] !== undefined && first !== "‘") i = p.start + 1;
      else {
        const prev = paragraphs[p.index - 1]!;
        pushQuote(quotes, text, open, prev.end, prev.end, false, startParagraph);
        open = -1;
      }
    }
    for (; i < p.end; i++) {
      const c = text[i]!;
      if (open >= 0) {
        if (c === closer && (closer !== "’" || !isLetter(text.charCodeAt(i + 1)))) {
          pushQuote(quotes, text, open, i, i + 1, true, startParagraph);
          open = -1;
        } else if (c === text[open] && c !== '"' && c !== "‘") {
          // The same opener again before any closer: the first quote was left unclosed.
          pushQuote(quotes, text, open, i, i, false, startParagraph);
          open = i;
        }
        continue;
      }
      const close = CLOSER[c];
      if (close === undefined || c === "”") continue;
      if (c === "‘" && isLetter(text.charCodeAt(i - 1))) continue;
      open = i;
      closer = close;
      startParagraph = p.index;
    }
  }
  if (open >= 0) {
    const last = paragraphs[paragraphs.length - 1]!;
    pushQuote(quotes, text, open, last.end, last.end, false, startParagraph);
  }
  return quotes;
}

function pushQuote(quotes: Quote[], text: string, open: number, end: number, close: number, closed: boolean, paragraph: number) {
  let start = open + 1;
  let e = end;
  while (start < e && isSpace(text.charCodeAt(start))) start++;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) quotes.push({ start, end: e, open, close, closed, paragraph });
}

function isLetter(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 191;
}
