// Country names and demonyms, folded, to recognise the country an organisation's name carries
// ("Russian Foreign Ministry", "U.S. State Department") and strip it from the organisation's key.
import countries from "world-countries";
import { foldText } from "../text-key.ts";

const EXTRA: Record<string, string> = {
  us: "US", "u s": "US", usa: "US", american: "US", america: "US", uk: "GB", "u k": "GB", british: "GB", britain: "GB",
  "great britain": "GB", soviet: "RU", eu: "EU", "european union": "EU",
};

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  for (const country of countries) {
    for (const word of [country.name.common, country.name.official, country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      if (word) table.set(foldText(word), country.cca2);
    }
  }
  for (const [word, code] of Object.entries(EXTRA)) table.set(word, code);
  return table;
}

const TABLE = buildTable();
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
