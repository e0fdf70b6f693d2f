import { BODY_HEADS, NON_NAMES, TITLE_WORDS, isRoleNoun } from "./lexicon.ts";
import { isCountryWord } from "./affiliation.ts";
import { isDemonym } from "./mention.ts";
import { keepsDot } from "./tokens.ts";
import { indexAcronyms } from "./acronyms.ts";
import { isPlaceName } from "./place-name.ts";

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
  /** Acronyms spelled out in the article: "FSB" → "the Federal Security Service". */
  acronyms: Map<string, string>;
}

/** Particles inside a name never end one ("Ban de ..." is a name and the start of a phrase). */
const PARTICLES = new Set(["de", "van", "von", "bin", "al", "da", "del", "der"]);
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
    const all = m[0].replace(/[.,]$/, "").split(/[ \u00a0]+/);
    const words = withinSentence(all);
    const start = words.length < all.length ? m.index + m[0].indexOf(` ${words[0]}`, m[0].indexOf(all[all.length - words.length - 1]!)) + 1 : m.index;
    while (words.length > 1 && PARTICLES.has(words[words.length - 1]!)) words.pop();
    // "Like Donald Trump", "Even Lindsey Graham": a capitalised function word opening a sentence is no title.
    while (words.length > 1 && NON_NAMES.has(words[0]!.toLowerCase())) words.shift();
    // Read the name from the right: it stops at a title word, or at a word a connector ties to the title
    // ("Chancellor of the Exchequer Nigel Lawson" → "Nigel Lawson").
    let first = words.length - 1;
    while (first > 0 && !isTitleWord(words[first - 1]!)) first--;
    if (first === 0 && words.length > 1 && TIED_TO_TITLE.test(masked.slice(Math.max(0, start - 5), start))) first = 1;
    const nameWords = words.slice(first);
    if (!isPersonName(nameWords)) continue;
    runs.push({ start, words: nameWords, title: first > 0 ? words.slice(0, first).join(" ") : null });
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
  return { byLast, mentions, acronyms: indexAcronyms(masked) };
}

/** A capitalised run stops at a sentence end ("Benghazi. Bob"): the words after the last full stop. */
function withinSentence(words: string[]): string[] {
  for (let i = words.length - 2; i >= 0; i--) if (words[i]!.endsWith(".") && !keepsDot(words[i]!)) return words.slice(i + 1);
  return words;
}

function isPersonName(words: string[]): boolean {
  if (!words.length || words.length > 4) return false;
  const last = words[words.length - 1]!.toLowerCase();
  if (BODY_HEADS.has(last) || NON_NAMES.has(last) || isCountryWord(words.join(" ")) || isPlaceName(words.join(" "))) return false;
  return !words.some((w) => isTitleWord(w) || /\.(?:com|org)$/.test(w));
}

function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || NON_NAMES.has(w) || isRoleNoun(w) || isDemonym(word) || w.endsWith("'s") || w.endsWith("’s");
}
