/**
 * Where to mark a statement in its article: the stored [start, end) offsets when they still point at the quoted
 * words; otherwise the first place the words occur (exact = false), or null when they are not in the text.
 */
export function locateQuote(text: string, start: number, end: number, quote: string): { start: number; end: number; exact: boolean } | null {
  if (start >= 0 && end <= text.length && start < end && text.slice(start, end) === quote) return { start, end, exact: true };
  const found = quote ? text.indexOf(quote) : -1;
  return found >= 0 ? { start: found, end: found + quote.length, exact: false } : null;
}
