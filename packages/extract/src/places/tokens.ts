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
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "\"", "“", "”", "«", "»", "("]);

export const keyOf = (word: string) =>
  word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'");

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let boundary = true;
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    const start = m.index;
    if (/^['’][sS]$/.test(word)) {
      const previous = tokens[tokens.length - 1];
      if (previous && previous.end === start) previous.possessive = true;
      last = start + word.length;
      continue;
    }
    if (text.slice(last, start).includes("\n")) boundary = true;
    const isPunctuation = word.length === 1 && !/[\p{L}\p{N}]/u.test(word);
    tokens.push({ text: word, key: keyOf(word), start, end: start + word.length, sentenceStart: boundary && !isPunctuation, possessive: false });
    if (!isPunctuation) boundary = false;
    if (SENTENCE_END.has(word)) boundary = true;
    last = start + word.length;
  }
  return tokens;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
export const isWord = (word: string) => /^[\p{L}\p{N}]/u.test(word);
