// Country words: the English words and phrases that name a country in running text, built once from `countries`
// for every package that reads them (a speaker's affiliation in extract, organisation keys in ingest). Each reader
// folds words its own way (lower-cased as written, or punctuation folded away), so this is a list plus an index
// builder, not one fixed map.
import { countries, extras } from "./countries.ts";

/** name: the common name; alias: official name and other names ("Britain", "America"); demonym: "British";
 * nation: the demonym of a nation within the country ("Scottish" → GB), which names a part of it; word: a short
 * form or old adjective that stands before a noun ("US officials", "UK minister", "Soviet troops"). */
export type CountryWordKind = "name" | "alias" | "demonym" | "nation" | "word";

export interface CountryWord { word: string; iso2: string; kind: CountryWordKind }

// Sovereign states before territories, larger before smaller: "American" is the US, not American Samoa, and
// "Congolese" the larger Congo, as places and findCountry read them.
const ranked = [...countries].sort((a, b) => Number(b.sovereign) - Number(a.sovereign) || b.areaKm2 - a.areaKm2);

function wordsOf(kind: CountryWordKind): CountryWord[] {
  return ranked.flatMap((c) => {
    const more = extras[c.iso2] ?? {};
    const nations = new Set(more.nations ?? []);
    const words =
      kind === "name" ? [c.name]
      : kind === "alias" ? c.aliases
      : kind === "demonym" ? c.demonyms.filter((d) => !nations.has(d))
      : kind === "nation" ? [...nations]
      : (more.words ?? []);
    return words.map((word) => ({ word, iso2: c.iso2, kind }));
  });
}

/** Every country word, names first, then aliases, demonyms, nations and words: a name outranks another
 * country's alias, and within each kind the ranking above decides. */
export const countryWords: readonly CountryWord[] = (["name", "alias", "demonym", "nation", "word"] as const).flatMap(wordsOf);

/** Folded word → ISO alpha-2, the first country listed for a folded word winning; `kinds` chooses what is read. */
export function countryWordIndex(fold: (word: string) => string, kinds: readonly CountryWordKind[] = ["name", "alias", "demonym", "nation", "word"]): Map<string, string> {
  const index = new Map<string, string>();
  for (const { word, iso2, kind } of countryWords) {
    if (!kinds.includes(kind)) continue;
    const key = fold(word);
    if (key && !index.has(key)) index.set(key, iso2);
  }
  return index;
}
