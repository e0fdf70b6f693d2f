/**
 * Some corpora lost their apostrophes to a space ("Turkey s military", "the Commission s deputy head": Reuters
 * 2016–17 as ISOT ships it). A word, a lone "s" and a word after it is read as a possessive or "it's", written
 * back with the same length ("Turkey’s military", "the region’s leader"), so offsets still index the article text.
 */
const STRIPPED = /(?<=\b\p{L}[\p{L}.-]+) (?=s [\p{L}\p{N}])/gu;

export function restoreApostrophes(text: string): string {
  return text.includes(" s ") ? text.replace(STRIPPED, "’") : text;
}
