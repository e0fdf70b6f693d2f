import abbreviationData from "../lexicons/speech-abbreviations.json" with { type: "json" };
import type { Paragraph, Quote, Sentence } from "../pipeline/types.ts";
import { isSpace } from "./paragraphs.ts";

const ABBREVIATIONS = new Set(abbreviationData.abbreviations);
const CLOSING = new Set(['"', "”", "’", "»", ")", "'"]);
const DOTTED = /^(?:[a-z]\.)+[a-z]$/;
const OPENING = new Set(['"', "“", "‘", "«", "„", "(", "'"]);

/**
 * Sentences inside each paragraph. A quote is atomic: "A. B," he said. is one sentence, but a quote that ends
 * with its own full stop ends the sentence: ... consequences." "For example ... is two.
 */
export function splitSentences(text: string, paragraphs: Paragraph[], quotes: Quote[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c !== "." && c !== "?" && c !== "!") continue;
      while (q < quotes.length && quotes[q]!.close <= i) q++;
      let j = i + 1;
      while (j < p.end && CLOSING.has(text[j]!)) j++;
      const quote = quotes[q];
      // Inside a quote, only a terminator right before the quote's own closing mark can end the sentence.
      // A quote mark that is never closed must not swallow the paragraph's sentence breaks.
      if (quote && quote.open < i && i < quote.close && j < quote.close) continue;
      if (j >= p.end || !isSpace(text.charCodeAt(j))) continue;
      let k = j;
      while (k < p.end && isSpace(text.charCodeAt(k))) k++;
      if (k >= p.end) continue;
      const next = text[k]!;
      if (!(isUpper(next) || OPENING.has(next) || isDigit(next))) continue;
      if (c === "." && isAbbreviation(text, i)) continue;
      sentences.push({ start, end: j, paragraph: p.index });
      start = k;
    }
    if (start < p.end) sentences.push({ start, end: p.end, paragraph: p.index });
  }
  return sentences;
}

/** "Mr.", "Jan.", initials ("J. Smith") and dotted acronyms ("U.S. officials") do not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  let w = dot;
  while (w > 0 && !isSpace(text.charCodeAt(w - 1)) && !OPENING.has(text[w - 1]!)) w--;
  const word = text.slice(w, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (word.length === 1 && isUpper(text[w]!)) return true;
  return DOTTED.test(word);
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
