import countries from "world-countries";

/**
 * Country adjectives and names for a speaker's affiliation ("Russian Defense Minister" → RU). Read from
 * world-countries so that titles need no separate list; a few historical and short forms are added.
 */
const BY_WORD = new Map<string, string>();
for (const c of countries) {
  const demonym = c.demonyms?.eng?.m;
  if (demonym) BY_WORD.set(demonym.toLowerCase(), c.cca2);
  BY_WORD.set(c.name.common.toLowerCase(), c.cca2);
}
for (const [word, code] of Object.entries({
  american: "US", "u.s.": "US", us: "US", soviet: "RU", british: "GB", "u.k.": "GB", uk: "GB", dutch: "NL",
  chinese: "CN", "south korean": "KR", "north korean": "KP", iranian: "IR", syrian: "SY", israeli: "IL",
  palestinian: "PS", ukrainian: "UA", kremlin: "RU", "white house": "US", pentagon: "US", "west german": "DE",
  tass: "RU", filipino: "PH", emirati: "AE", saudi: "SA", afghan: "AF", pakistani: "PK", indian: "IN",
})) BY_WORD.set(word, code);

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
