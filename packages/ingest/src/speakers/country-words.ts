// Country names and demonyms, folded, to recognise the country an organisation's name carries
// ("Russian Foreign Ministry", "U.S. State Department") and strip it from the organisation's key.
import { countryWordIndex } from "@dictum/geo";
import { foldText } from "../text-key.ts";

// @dictum/geo's names, aliases, demonyms and words, folded. Not the demonyms of a country's nations: "Scottish
// Government" and "Welsh Government" are not the UK government, so their keys keep the word. The EU is no country,
// but its bodies carry its name the way national ones carry a country's ("EU Commission").
const TABLE = countryWordIndex(foldText, ["name", "alias", "demonym", "word"]);
for (const [word, code] of Object.entries({ eu: "EU", "european union": "EU" })) TABLE.set(word, code);
const LONGEST = 4;

/** Splits a leading country word off folded tokens: ["russian", "foreign", "ministry"] → { code: "RU", rest: [...] }. */
export function leadingCountry(tokens: readonly string[]): { code: string; rest: string[] } | null {
  for (let n = Math.min(LONGEST, tokens.length - 1); n >= 1; n--) {
    const code = TABLE.get(tokens.slice(0, n).join(" "));
    if (code) return { code, rest: tokens.slice(n) };
  }
  return null;
}

/** The country a folded word names, if any ("russian" → "RU"). */
export function countryOfWord(word: string): string | null {
  return TABLE.get(word) ?? null;
}
