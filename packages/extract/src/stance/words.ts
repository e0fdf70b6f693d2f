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
  private readonly first = new Map<string, { parts: string[]; value: V }[]>();
  /** The entries whose first word is a prefix ("*"), looked up once. */
  private readonly star: { parts: string[]; value: V }[] | undefined;

  constructor(entries: Iterable<[string, V]>) {
    for (const [phrase, value] of entries) {
      const parts = phrase.toLowerCase().replace(/’/g, "'").split(" ");
      const head = parts[0]!.endsWith("*") ? "*" : parts[0]!;
      const list = this.first.get(head) ?? [];
      list.push({ parts, value });
      // Longest first, so "called on" wins over "called".
      list.sort((a, b) => b.parts.length - a.parts.length);
      this.first.set(head, list);
    }
    this.star = this.first.get("*");
  }

  /** The longest entry starting at words[i], or null. */
  at(words: Word[], i: number): { value: V; end: number } | null {
    // Called for every word of every statement: the two lists are walked in place, not copied into one.
    return this.match(this.first.get(words[i]?.key ?? ""), words, i) ?? this.match(this.star, words, i);
  }

  private match(candidates: { parts: string[]; value: V }[] | undefined, words: Word[], i: number): { value: V; end: number } | null {
    if (!candidates) return null;
    for (const { parts, value } of candidates) {
      let k = 0;
      while (k < parts.length && matches(parts[k]!, words[i + k]?.key)) k++;
      if (k === parts.length) return { value, end: i + parts.length };
    }
    return null;
  }

  /** Every hit, left to right, not overlapping. */
  all(words: Word[]): { value: V; from: number; to: number }[] {
    const hits: { value: V; from: number; to: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      const hit = this.at(words, i);
      if (!hit) continue;
      hits.push({ value: hit.value, from: i, to: hit.end });
      i = hit.end - 1;
    }
    return hits;
  }
}

function matches(part: string, key: string | undefined): boolean {
  if (key === undefined) return false;
  return part.endsWith("*") ? key.startsWith(part.slice(0, -1)) : part === key;
}
