// Keys that let the same speaker be found across articles whatever the spelling: lower case, accents folded,
// and transliteration variants of Russian, Ukrainian and Arabic names brought together
// ("Sergey"/"Sergei", "Dmitry"/"Dmitriy", "Zelenskyy"/"Zelensky", "Aleksandr"/"Alexander").
import { foldText } from "../text-key.ts";
import { countryOfWord, leadingCountry } from "./country-words.ts";

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mme", "madame", "prof", "professor", "sheikh", "jr", "sr"]);

/** One name token in transliteration-tolerant form. */
export function foldToken(token: string): string {
  let t = token
    .replace(/x/g, "ks")
    .replace(/kh/g, "h")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/ou/g, "u")
    .replace(/(.)\1+/g, "$1");
  t = t.replace(/^ye/, "e");
  t = t.replace(/([aeiou])y(?=[aeiou])/g, "$1i");
  t = t.replace(/(iy|ij|yi|y)$/, "i").replace(/ii$/, "i");
  t = t.replace(/([bdgkpstv])er$/, "$1r");
  return t;
}

/** A person's name as folded tokens, honorifics dropped: "Sergey K. Shoigu" → ["sergei", "k", "shoigu"]. */
export function personTokens(name: string): string[] {
  return foldText(name)
    .split(" ")
    .filter((t) => t !== "" && !HONORIFICS.has(t))
    .map(foldToken);
}

export function personKey(name: string): string {
  return personTokens(name).join(" ");
}

const SPELLING: Array<[RegExp, string]> = [
  [/\bdefence\b/g, "defense"],
  [/\borganisation\b/g, "organization"],
  [/\bcentre\b/g, "center"],
  [/\bprogramme\b/g, "program"],
];

const MINISTRY_OF = /^(ministry|department|office) of (?:the )?(.+?)(?: affairs)?$/;

/**
 * An organisation's key and the country its name carries: "the Russian Foreign Ministry" and
 * "Ministry of Foreign Affairs of Russia" both give { key: "foreign ministry", country: "RU" }.
 */
export function organisationKey(name: string): { key: string; country: string | null } {
  let folded = foldText(name).replace(/^(the|a|an) /, "");
  for (const [pattern, replacement] of SPELLING) folded = folded.replace(pattern, replacement);
  let country: string | null = null;
  const trailing = /^(.+) of (?:the )?([a-z]+(?: [a-z]+){0,2})$/.exec(folded);
  if (trailing && MINISTRY_OF.test(trailing[1]!) && countryOfWord(trailing[2]!)) {
    country = countryOfWord(trailing[2]!);
    folded = trailing[1]!;
  }
  let tokens = folded.split(" ").filter(Boolean);
  const leading = leadingCountry(tokens);
  if (leading) {
    country = leading.code;
    tokens = leading.rest;
  }
  let key = tokens.join(" ");
  const ministry = MINISTRY_OF.exec(key);
  if (ministry) key = `${ministry[2]} ${ministry[1]}`;
  return { key, country };
}

const TITLE_STOPWORDS = new Set(["the", "of", "for", "and", "s", "a", "an", "former", "then"]);

function titleTokens(title: string): Set<string> {
  let folded = foldText(title);
  for (const [pattern, replacement] of SPELLING) folded = folded.replace(pattern, replacement);
  const tokens = folded.split(" ").filter((t) => t !== "" && !TITLE_STOPWORDS.has(t) && !countryOfWord(t));
  return new Set(tokens);
}

/** Two titles name the same role when one's words are all in the other ("Defense Minister" ⊂ "Russian Defence Minister"). */
export function titlesAgree(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const [small, large] = [titleTokens(a), titleTokens(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size === 0) return false;
  for (const token of small) if (!large.has(token)) return false;
  return true;
}
