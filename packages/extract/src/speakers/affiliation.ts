import { countryWordIndex } from "@dictum/geo";
import { INSTITUTION_COUNTRIES } from "./lexicon.ts";

/**
 * Country words for a speaker's affiliation ("Russian Defense Minister" → RU): @dictum/geo's names, demonyms and
 * short forms, lower-cased as written, and the institutions that stand for their state in a title. Not aliases or
 * the nations' demonyms: "America", "Holland" and "English" are also names ("America Ferrera", "Bryan English").
 */
const BY_WORD = countryWordIndex((word) => word.toLowerCase(), ["name", "demonym", "word"]);
for (const [word, code] of Object.entries(INSTITUTION_COUNTRIES)) BY_WORD.set(word, code);

/** Demonyms only ("American", "Russian"), not words that are also a country's name or short form ("Vatican"). */
const DEMONYMS = countryWordIndex((word) => word.toLowerCase(), ["demonym"]);
const NAMES = countryWordIndex((word) => word.toLowerCase(), ["name", "word"]);

export function isDemonymWord(word: string): boolean {
  const w = word.toLowerCase();
  return DEMONYMS.has(w) && !NAMES.has(w);
}

export function isCountryWord(word: string): boolean {
  return BY_WORD.has(word.toLowerCase());
}

/** The first country a title names or qualifies: "Russian Defense Minister" → "RU"; none → null. */
export function affiliationCountry(title: string | null): string | null {
  if (!title) return null;
  const words = title.toLowerCase().replace(/[,()]/g, " ").split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "";
    const code = BY_WORD.get(two) ?? BY_WORD.get(words[i]!.replace(/'s$|’s$/, ""));
    if (code) return code;
  }
  return null;
}
