import lexicon from "../lexicons/speech-body-classes.json" with { type: "json" };
import { singular } from "./lexicon.ts";

/** Each generic body word to the kinds it belongs to (a word may name more than one: "bank", "group"). */
const KINDS = new Map<string, Set<number>>();
lexicon.classes.forEach((words, id) => {
  for (const w of words) KINDS.set(w, new Set([...(KINDS.get(w) ?? []), id]));
});

function kindsIn(name: string): Set<number> {
  const out = new Set<number>();
  for (const w of name.toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}]+/u).filter(Boolean)) {
    for (const id of KINDS.get(w) ?? KINDS.get(singular(w)) ?? []) out.add(id);
  }
  return out;
}

/**
 * Whether a generic description's head ("paper", "company", "committee") may mean the organisation with this
 * name: yes when the name holds no generic body word ("Interfax", "Sky", "Wipro") or one of the head's kind ("the
 * paper" → "People's Daily"); no when it names another kind of body ("the paper" → "the Foreign Ministry"). A head
 * that is no generic body word in the lexicon restricts nothing.
 */
export function mayDescribeBody(head: string, bodyName: string): boolean {
  const wanted = KINDS.get(head) ?? KINDS.get(singular(head));
  if (!wanted) return true;
  const kinds = kindsIn(bodyName);
  return kinds.size === 0 || [...kinds].some((k) => wanted.has(k));
}
