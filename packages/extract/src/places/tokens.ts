/** Word tokens for place matching: abbreviations ("U.S."), words with inner apostrophes ("d'Ivoire"), and the
 * punctuation that matters for context ("-", ",", sentence ends). A trailing possessive "'s" is dropped and noted. */
export interface Token {
  text: string;
  /** Lower case, accents removed: the lookup key. */
  key: string;
  start: number;
  end: number;
  /** First token of a sentence, paragraph or quotation: its capital letter says nothing. */
  sentenceStart: boolean;
  /** Followed by "'s" / "’s". */
  possessive: boolean;
}

const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*|['’][sS]\b|[-,.;:!?()"“”«»]/gu;
const POSSESSIVE = /^['’][sS]$/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "\"", "“", "”", "«", "»", "("]);

/** Plain ASCII (most words of English news) has no marks to strip and no curly apostrophe: lower-casing is the key,
 * and a word already in lower case is its own key. Read by character code: this runs for every token. */
export function keyOf(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'");
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let boundary = true;
  let last = 0;
  // Called on every article and every statement: the next line break is looked up once, not sliced out per token.
  let newline = text.indexOf("\n");
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const word = m[0];
    const start = m.index;
    if (word.length === 2 && POSSESSIVE.test(word)) {
      const previous = tokens[tokens.length - 1];
      if (previous && previous.end === start) previous.possessive = true;
      last = start + word.length;
      continue;
    }
    if (newline >= 0 && newline < last) newline = text.indexOf("\n", last);
    if (newline >= 0 && newline < start) boundary = true;
    const isPunctuation = word.length === 1 && !LETTER_OR_DIGIT.test(word);
    tokens.push({ text: word, key: keyOf(word), start, end: start + word.length, sentenceStart: boundary && !isPunctuation, possessive: false });
    if (!isPunctuation) boundary = false;
    if (word.length === 1 && SENTENCE_END.has(word)) boundary = true; // every mark in it is one character
    last = start + word.length;
  }
  return tokens;
}

// Both run for every token of every article: an ASCII first letter is told by its code, anything else by Unicode.
export const isCapitalised = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(word);
};
export const isWord = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) : /^[\p{L}\p{N}]/u.test(word);
};
