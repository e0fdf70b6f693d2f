import type { Span } from "../pipeline/types.ts";

/** Words in the span, counted up to `enough` (callers only ask "at least n?"), without a regex per character. */
export function countWords(text: string, span: Span, enough = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const letter = isWordChar(text.charCodeAt(i));
    if (letter && !inWord && ++n >= enough) return n;
    inWord = letter;
  }
  return n;
}

/** ASCII letters and digits, and anything past Latin-1 that is not general punctuation (accented, non-Latin). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 192 && code !== 215 && code !== 247 && (code < 0x2000 || code > 0x206f) && code !== 0x3000);
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
