import { NON_NAMES, TITLE_WORDS, isRoleNoun } from "./lexicon.ts";
import { isDemonym } from "./mention.ts";

export interface KnownName {
  name: string;
  /** The title written before the name where it appears in full ("Russian Defense Minister"). */
  title: string | null;
}

const TIED_TO_TITLE = /\b(?:of|the|for)\s+$/;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al|da|del|der))*/gu;

/**
 * Full names in the article indexed by their last word, so "Shoigu" finds "Sergey Shoigu": the longest
 * capitalised run ending in that word, titles stripped. Built lazily, once per article.
 */
export function indexNames(text: string): Map<string, KnownName> {
  const index = new Map<string, KnownName>();
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    const words = m[0].replace(/[.,]$/, "").split(/[ \u00a0]+/);
    if (words.length < 2) continue;
    // Read the name from the right: it stops at a title word, or at a word a connector ties to the title
    // ("Chancellor of the Exchequer Nigel Lawson" → "Nigel Lawson").
    let first = words.length - 1;
    while (first > 0 && !isTitleWord(words[first - 1]!)) first--;
    if (first === 0 && TIED_TO_TITLE.test(text.slice(Math.max(0, m.index - 5), m.index))) first = 1;
    const nameWords = words.slice(first);
    if (nameWords.length < 2 || nameWords.some((w) => TITLE_WORDS.has(w.toLowerCase()))) continue;
    const key = nameWords[nameWords.length - 1]!.toLowerCase();
    const known = index.get(key);
    if (!known || nameWords.join(" ").length > known.name.length) {
      index.set(key, { name: nameWords.join(" "), title: first > 0 ? words.slice(0, first).join(" ") : known?.title ?? null });
    }
  }
  return index;
}

function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || NON_NAMES.has(w) || isRoleNoun(w) || isDemonym(word) || w.endsWith("'s") || w.endsWith("’s");
}
