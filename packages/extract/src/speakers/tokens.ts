import type { Span } from "../pipeline/types.ts";

export interface Token extends Span {
  text: string;
  lower: string;
  /** True for punctuation tokens. */
  punct: boolean;
}

// Words keep inner apostrophes, dots, hyphens and ampersands ("O'Neill", "U.S.", "Znak.com", "AT&T").
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]|\.(?=[\p{L}\p{N}]))*\.?|[^\s\p{L}\p{N}]/gu;

const ABBREVIATION = /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Gen|Col|Lt|Sgt|Capt|Maj|Jr|Sr|St|Fr|Prof|Rev|Inc|Corp|Co|Ltd|(?:\p{L}\.)+\p{L})\.$/u;

/** "Mr.", "J.", "U.S.": a word whose final dot abbreviates it rather than ending the sentence. */
export function keepsDot(word: string): boolean {
  return ABBREVIATION.test(word);
}

/** An ASCII first character is told by its code (every token asks), any other by Unicode. */
function startsWithLetterOrDigit(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) : /[\p{L}\p{N}]/u.test(t[0]!);
}

/** Tokens of text[from, to), offsets into the full text. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    // A trailing dot belongs to the token only for abbreviations and initials ("Mr.", "J."), not sentence ends.
    if (t.length > 1 && t.endsWith(".") && !keepsDot(t)) {
      t = t.slice(0, -1);
    }
    const start = from + m.index;
    out.push({ start, end: start + t.length, text: t, lower: t.toLowerCase(), punct: !startsWithLetterOrDigit(t) });
    if (t.length < m[0].length) TOKEN.lastIndex = m.index + t.length;
  }
  return out;
}
