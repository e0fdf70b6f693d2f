import equivalents from "../lexicons/speech-role-equivalents.json" with { type: "json" };
import { singular } from "./lexicon.ts";

/** Each role word or phrase to the offices (groups of equivalent roles) it names. */
const GROUPS = new Map<string, number[]>();
equivalents.groups.forEach((group, id) => {
  for (const phrase of group) GROUPS.set(phrase, [...(GROUPS.get(phrase) ?? []), id]);
});
const LONGEST = Math.max(...[...GROUPS.keys()].map((k) => k.split(" ").length));

/** The offices a title or description names: "Russia's top diplomat" and "Foreign Minister" share one. */
export function offices(text: string): Set<number> {
  const words = text.toLowerCase().replace(/['’]s\b/g, "").split(/[^\p{L}.-]+/u).filter(Boolean).map(singular);
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= LONGEST && i + n <= words.length; n++) {
      for (const id of GROUPS.get(words.slice(i, i + n).join(" ")) ?? []) out.add(id);
    }
  }
  return out;
}
