import { BODY_HEADS, NON_NAMES, TITLE_WORDS, isRoleNoun } from "./lexicon.ts";
import { isCountryWord } from "./affiliation.ts";
import { isDemonym } from "./mention.ts";

export interface KnownName {
  name: string;
  /** The title written before the name where it appears in full ("Russian Defense Minister"). */
  title: string | null;
}

export interface NameIndex {
  /** Fullest name by last word, so "Shoigu" finds "Sergey Shoigu". */
  byLast: Map<string, KnownName>;
  /** People named outside quotes, in text order, for pronouns with no earlier speaker. */
  mentions: { start: number; name: KnownName }[];
}

const TIED_TO_TITLE = /\b(?:of|the|for)\s+$/;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|(?:al|el)-\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al|da|del|der))*/gu;

/**
 * Person names in the article (quotes masked out): the longest capitalised run ending in each last word, titles
 * stripped, and where each person is mentioned. Built lazily, once per article.
 */
export function indexNames(masked: string): NameIndex {
  const runs: { start: number; words: string[]; title: string | null }[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(masked); m; m = CAPITALISED_RUN.exec(masked)) {
    const words = m[0].replace(/[.,]$/, "").split(/[ \u00a0]+/);
    // Read the name from the right: it stops at a title word, or at a word a connector ties to the title
    // ("Chancellor of the Exchequer Nigel Lawson" → "Nigel Lawson").
    let first = words.length - 1;
    while (first > 0 && !isTitleWord(words[first - 1]!)) first--;
    if (first === 0 && words.length > 1 && TIED_TO_TITLE.test(masked.slice(Math.max(0, m.index - 5), m.index))) first = 1;
    const nameWords = words.slice(first);
    if (!isPersonName(nameWords)) continue;
    runs.push({ start: m.index, words: nameWords, title: first > 0 ? words.slice(0, first).join(" ") : null });
  }
  const byLast = new Map<string, KnownName>();
  for (const r of runs) {
    if (r.words.length < 2) continue;
    const key = r.words[r.words.length - 1]!.toLowerCase();
    const known = byLast.get(key);
    const name = r.words.join(" ");
    if (!known || name.length > known.name.length) byLast.set(key, { name, title: r.title ?? known?.title ?? null });
    else if (!known.title && r.title) known.title = r.title;
  }
  const mentions: NameIndex["mentions"] = [];
  for (const r of runs) {
    const known = byLast.get(r.words[r.words.length - 1]!.toLowerCase());
    if (known) mentions.push({ start: r.start, name: known });
  }
  return { byLast, mentions };
}

function isPersonName(words: string[]): boolean {
  if (!words.length || words.length > 4) return false;
  const last = words[words.length - 1]!.toLowerCase();
  if (BODY_HEADS.has(last) || NON_NAMES.has(last) || isCountryWord(words.join(" "))) return false;
  return !words.some((w) => isTitleWord(w) || /\.(?:com|org)$/.test(w));
}

function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || NON_NAMES.has(w) || isRoleNoun(w) || isDemonym(word) || w.endsWith("'s") || w.endsWith("’s");
}
