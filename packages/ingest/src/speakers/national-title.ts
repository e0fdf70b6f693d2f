// An office of a state written without its country ("President Donald Trump", "Health Minister Veronika
// Skvortsova") belongs to the country the story is about: wire copy names the country of a foreign official
// ("Polish President", "Iran's foreign minister") and leaves it out for the story's own. The story's country is the
// dateline's, or the one its text names most (article-context.ts); without one, nothing is inferred.
import { countryOfWord, leadingCountry } from "./country-words.ts";
import { foldText } from "../text-key.ts";

const OFFICE = /\b(?:president|vice president|prime minister|premier|minister|chancellor|secretary of state|foreign secretary|home secretary|interior secretary|defen[cs]e secretary|senator|congressman|congresswoman|governor|ambassador|speaker of the house|attorney general)\b/;
/** Offices of companies, clubs and international bodies, and titles that say whose office it is ("of", "'s"). */
const NOT_NATIONAL = /\b(?:company|firm|club|bank|board|executive|chief|federation|association|union|commission|council|committee|league|university|college|society|institute|foundation|of|for|to|at)\b/;

/** True when the title names a national office and no country or organisation: then the story's country is the holder's. */
export function isBareNationalTitle(title: string | null): boolean {
  if (!title) return false;
  const folded = foldText(title);
  if (!OFFICE.test(folded) || NOT_NATIONAL.test(folded) || /['’]s\b/.test(title)) return false;
  const words = folded.split(" ");
  return !words.some((word, i) => countryOfWord(word) !== null || leadingCountry(words.slice(i)) !== null);
}
