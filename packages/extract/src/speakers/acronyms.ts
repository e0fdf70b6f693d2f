import words from "../lexicons/speech-words.json" with { type: "json" };

/**
 * Acronyms the article spells out: "the Federal Security Service (FSB)" → FSB = "the Federal Security Service",
 * "Syrian Democratic Forces (SDF)". Only where the capitalised words before the parenthesis have the acronym's
 * initials, one letter aside for acronyms of another language (FSB: Federalnaya Sluzhba Bezopasnosti), so
 * "(R-Texas)" or "(file photo)" never count.
 */
const SMALL = new Set(words.acronymSmallWords);
const SPELLED_OUT = new RegExp(`((?:\\p{Lu}[\\p{L}'’.-]*[ \\u00a0]+(?:(?:${words.acronymSmallWords.join("|")})[ \\u00a0]+)*){2,9})\\((\\p{Lu}{2,7})\\)`, "gu");

/** "U.S." → "US", "Department" → "D". */
const initials = (word: string) => (/^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, "") : word[0]!);

export function indexAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  SPELLED_OUT.lastIndex = 0;
  for (let m = SPELLED_OUT.exec(text); m; m = SPELLED_OUT.exec(text)) {
    const acronym = m[2]!;
    if (out.has(acronym)) continue;
    const words = m[1]!.trim().split(/[ \u00a0]+/);
    let spelled = "";
    let first = words.length;
    while (first > 0 && spelled.length < acronym.length) {
      const w = words[--first]!;
      if (!SMALL.has(w)) spelled = initials(w) + spelled;
    }
    if (spelled.length !== acronym.length || spelled[0] !== acronym[0]) continue;
    let mismatches = 0;
    for (let i = 0; i < acronym.length; i++) if (spelled[i] !== acronym[i]) mismatches++;
    if (mismatches > (acronym.length > 2 ? 1 : 0)) continue;
    const name = words.slice(first).join(" ");
    const the = first > 0 ? words[first - 1]!.toLowerCase() === "the" : /\bthe\s$/i.test(text.slice(Math.max(0, m.index - 4), m.index));
    out.set(acronym, the ? `the ${name}` : name);
  }
  return out;
}
