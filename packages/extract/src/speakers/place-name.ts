import { root } from "../places/lexicon.ts";
import { tokenize } from "../places/tokens.ts";
import { BoundedCache } from "./bounded-cache.ts";

/**
 * True when the words are, in full, the name of a country, region or city in the places lexicon and not also a
 * common personal name, nor a small town that needs a locative cue ("Ohio", "New Hampshire", "Beijing"; not
 * "Jordan", "Chad" or "Bush", a town in Egypt): such a phrase is never a person, and stands for a speaker only
 * when nothing better is in sight.
 */
export function isPlaceName(words: string): boolean {
  // Asked for every capitalised run of every article, and runs repeat: the answer depends on the words alone.
  return answers.get(words, () => lookUp(words));
}

const answers = new BoundedCache<boolean>();

function lookUp(words: string): boolean {
  let node = root;
  for (const t of tokenize(words.replace(/^the\s+/i, ""))) {
    const child = node.next.get(t.key);
    if (!child) return false;
    node = child;
  }
  return node !== root && node.candidates.some((c) => c.entry.kind === "region" || (c.entry.kind === "place" && c.entry.tier === "free" && !c.entry.nameLike));
}
