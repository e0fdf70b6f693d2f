// An office of a state written without its country ("President Donald Trump", "Health Minister Veronika
// Skvortsova") belongs to the country the story is about: wire copy names the country of a foreign official
// ("Polish President", "Iran's foreign minister") and leaves it out for the country it files from or is about. That
// country is the dateline's, else one the lead names at least twice as often as any other (article-context.ts): a
// story about two countries names both countries' officials bare ("President Zelensky" beside Washington).
import { countryOfWord, leadingCountry } from "./country-words.ts";
import { foldText } from "../text-key.ts";

const OFFICE = /\b(?:president|vice president|prime minister|premier|minister|chancellor|secretary of state|foreign secretary|home secretary|interior secretary|defen[cs]e secretary|senator|congressman|congresswoman|governor|ambassador|speaker of the house|attorney general)\b/;
/** Offices of companies, clubs, cities and international bodies, and titles that say whose office it is. */
const NOT_NATIONAL = /\b(?:company|firm|club|bank|board|executive|chief|federation|association|union|commission|council|committee|league|university|college|society|academy|institute|foundation|relations|city|mayor|their|its|his|her|of|for|to|at)\b/;

/** A title naming an office of a state ("Russian Defense Minister", "President", "Senator"), not of a company or club. */
export function isNationalTitle(title: string | null): boolean {
  if (!title) return false;
  const folded = foldText(title);
  return OFFICE.test(folded) && !NOT_NATIONAL.test(folded) && !/\p{Ll}['’]s\b/u.test(title.replace(/^\S+['’]s\s/, (m) => (isCountryPossessive(m) ? "" : m)));
}

/** "Russia's ", "Iran's ": a country's possessive opens a national title. */
function isCountryPossessive(word: string): boolean {
  return countryOfWord(foldText(word.replace(/['’]s\s$/, ""))) !== null;
}

/** True when the title names a national office and no country: then the story's country is the holder's. */
export function isBareNationalTitle(title: string | null): boolean {
  if (!isNationalTitle(title)) return false;
  const words = foldText(title!.replace(/['’]s\b/g, "")).split(" ");
  return !words.some((word, i) => countryOfWord(word) !== null || leadingCountry(words.slice(i)) !== null);
}
