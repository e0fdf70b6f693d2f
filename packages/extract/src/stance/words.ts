/** Words with their offsets, the unit every stance rule reads. Curly apostrophes read as straight ones. */
export interface Word {
  text: string;
  /** Lower case, ’ as ': what lexicon entries are compared with. */
  key: string;
  start: number;
  end: number;
}

// Dotted abbreviations first, so "U.S." is one word; then words with inner apostrophes or hyphens; a masked quote
// ("____", see pipeline/document.ts) as one mark; then any other mark.
const WORD = /(?:\p{L}\.){2,}|_+|[\p{L}\p{N}](?:[\p{L}\p{N}'’&-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;

/** The words and punctuation marks of text[from, to). "U.S." and "didn't" are one word each. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const lower = m[0].toLowerCase();
    out.push({ text: m[0], key: lower.includes("’") ? lower.replace(/’/g, "'") : lower, start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

// Asked of every word of every statement: an ASCII first letter is told by its code, any other by Unicode.
export const isWord = (w: Word | undefined) => {
  if (w === undefined) return false;
  const c = w.text.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) : /^[\p{L}\p{N}]/u.test(w.text);
};
export const isCapitalised = (w: Word | undefined) => {
  if (w === undefined) return false;
  const c = w.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w.text);
};

/**
 * When words[k] is a comma that opens a name in apposition ("her eldest son[,] Prince Charles, to …"): the index
 * of the comma that closes it, the name being one to five capitalised words; else -1.
 */
export function appositionEnd(words: Word[], k: number): number {
  // "Germany, France, Italy and Spain": a comma after a name, or a list going on after the closing one, is a list.
  if (words[k]?.key !== "," || isCapitalised(words[k - 1])) return -1;
  const close = words.findIndex((w, n) => n > k && w.key === ",");
  const length = close - k - 1;
  if (close < 0 || length < 1 || length > 5) return -1;
  const next = words[close + 1]?.key;
  if (next === "and" || next === "or") return -1;
  const name = words.slice(k + 1, close);
  return isCapitalised(name[0]) && name.every((w) => isCapitalised(w) || w.key === "and") ? close : -1;
}

/**
 * Finds phrases (lower case, words separated by single spaces, a trailing "*" for any ending) in a word list;
 * each hit gives the index of its first and one past its last word.
 */
export class PhraseSet<V> {
  private readonly first = new Map<string, Entry<V>[]>();
  /** The entries whose first word is a prefix ("*"), by the prefix's first letter: most words start none of them. */
  private readonly star = new Map<string, Entry<V>[]>();
  /** The entries whose first word is a bare "*", which every word starts. */
  private readonly anyStart: Entry<V>[] = [];

  constructor(entries: Iterable<[string, V]>) {
    const stars: Entry<V>[] = [];
    for (const [phrase, value] of entries) {
      const words = phrase.toLowerCase().replace(/’/g, "'").split(" ");
      const parts = words.map((w) => (w.endsWith("*") ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false }));
      const entry = { parts, value };
      const list = parts[0]!.prefix ? stars : this.first.get(parts[0]!.word) ?? [];
      list.push(entry);
      // Longest first, so "called on" wins over "called".
      list.sort((a, b) => b.parts.length - a.parts.length);
      if (!parts[0]!.prefix) this.first.set(parts[0]!.word, list);
    }
    // Each letter's list keeps the order of the whole list, so the first hit in it is the first in the whole.
    for (const entry of stars) {
      const letter = entry.parts[0]!.word.charAt(0);
      if (letter === "") {
        for (const list of this.star.values()) list.push(entry);
        this.anyStart.push(entry);
        continue;
      }
      const list = this.star.get(letter) ?? [...this.anyStart];
      list.push(entry);
      this.star.set(letter, list);
    }
  }

  /** Every word an entry can start with, or null when an entry starts with a prefix ("bribe*"): any word may. */
  openingWords(): string[] | null {
    return this.star.size || this.anyStart.length ? null : [...this.first.keys()];
  }

  /** The longest entry starting at words[i], or null. */
  at(words: Word[], i: number): { value: V; end: number } | null {
    const key = words[i]?.key;
    if (key === undefined) return null;
    const end = this.endAt(words, i, key);
    return end < 0 ? null : { value: this.found!, end };
  }

  /** The value of the last endAt hit: endAt runs for every word and allocates nothing. */
  private found: V | undefined;

  /** One past the last word of the longest entry starting at words[i] (its key), or -1. */
  private endAt(words: Word[], i: number, key: string): number {
    // Called for every word of every statement: the two lists are walked in place, not copied into one.
    const exact = this.first.get(key);
    const end = exact ? this.match(exact, words, i) : -1;
    return end >= 0 ? end : this.match(this.star.get(key.charAt(0)) ?? this.anyStart, words, i);
  }

  private match(candidates: Entry<V>[], words: Word[], i: number): number {
    for (const { parts, value } of candidates) {
      let k = 0;
      while (k < parts.length && matches(parts[k]!, words[i + k]?.key)) k++;
      if (k === parts.length) {
        this.found = value;
        return i + parts.length;
      }
    }
    return -1;
  }

  /** Every hit, left to right, not overlapping. */
  all(words: Word[]): { value: V; from: number; to: number }[] {
    const hits: { value: V; from: number; to: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      const end = this.endAt(words, i, words[i]!.key);
      if (end < 0) continue;
      hits.push({ value: this.found!, from: i, to: end });
      i = end - 1;
    }
    return hits;
  }
}

interface Part { word: string; prefix: boolean }
interface Entry<V> { parts: Part[]; value: V }

function matches(part: Part, key: string | undefined): boolean {
  if (key === undefined) return false;
  return part.prefix ? key.startsWith(part.word) : part.word === key;
}
