import { root } from "../places/lexicon.ts";
import { tokenize } from "../places/tokens.ts";

/**
 * True when the words are, in full, the name of a country, region or city in the places lexicon and not also a
 * common personal name, nor a small town that needs a locative cue ("Ohio", "New Hampshire", "Beijing"; not
 * "Jordan", "Chad" or "Bush", a town in Egypt): such a phrase is never a person, and stands for a speaker only
 * when nothing better is in sight.
 */
export function isPlaceName(words: string): boolean {
  // Asked for every capitalised run of every article, and runs repeat: the answer depends on the words alone.
  const known = cache.get(words);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const answer = lookUp(words);
  cache.set(words, answer);
  return answer;
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, boolean>();

function lookUp(words: string): boolean {
  let node = root;
  for (const t of tokenize(words.replace(/^the\s+/i, ""))) {
    const child = node.next.get(t.key);
    if (!child) return false;
    node = child;
  }
  return node !== root && node.candidates.some((c) => c.entry.kind === "region" || (c.entry.kind === "place" && c.entry.tier === "free" && !c.entry.nameLike));
}
