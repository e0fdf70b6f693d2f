import type { Span } from "../pipeline/types.ts";
import { NON_NAMES, isCapitalised } from "./lexicon.ts";
import { isPlaceName } from "./place-name.ts";
import type { Token } from "./tokens.ts";

const ARTICLE = /^(?:a|an|the)$/;
const CLAUSE_START = /^(?:and|but)$/;

/**
 * "Michael Lamberty, a Lufthansa spokesman told the BBC", "Sen. Kristen Gillibrand (D-NY), a supporter of Clinton's
 * bid for the presidency told": wire and BBC copy often leave an apposition unclosed before the cue. When the phrase
 * read back from the cue lies inside an aside that a comma and an article open right after a person's name (two
 * words or more, no place, opening its clause), the speaker is the name with its aside: the name's span to the
 * phrase's end. `nameEndingAt` reads the name phrase ending at a token. Null when the phrase is no such aside.
 */
export function unclosedApposition(tokens: Token[], first: number, phrase: Span, nameEndingAt: (last: number) => Span | null): Span | null {
  let depth = 0;
  for (let j = first; j >= 1 && j >= first - 16; j--) {
    const t = tokens[j]!;
    if (t.text === ")") depth++;
    else if (t.text === "(") depth--;
    else if (t.punct && depth === 0 && t.text !== "," && !/^['’]$/.test(t.text)) return null;
    if (t.text !== "," || depth !== 0) continue;
    if (!ARTICLE.test(tokens[j + 1]?.lower ?? "")) return null;
    const name = nameEndingAt(j - 1);
    if (!name) return null;
    const from = tokens.findIndex((x) => x.start === name.start);
    const words = tokens.slice(from, j).filter((x) => !x.punct && !/^\(/.test(x.text));
    const plain = tokens.slice(from, j).filter((x) => x.text !== "(" && x.text !== ")");
    const before = tokens[from - 1];
    const opens = !before || (before.punct && before.text !== "'" && before.text !== "’") || CLAUSE_START.test(before.lower);
    const person = words.length >= 2 && plain.some((x) => isCapitalised(x.text)) && words.every((x) => isCapitalised(x.text) && !NON_NAMES.has(x.lower));
    return opens && person && !isPlaceName(words.map((x) => x.text).join(" ")) ? { start: name.start, end: phrase.end } : null;
  }
  return null;
}
