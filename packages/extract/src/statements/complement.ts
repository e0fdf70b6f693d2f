import verbs from "../lexicons/speech-verbs.json" with { type: "json" };
import clauses from "../lexicons/speech-clauses.json" with { type: "json" };

/** The words that open each cue form's complement: accused → of, as; urged → to; called → a, an, as. */
export const COMPLEMENTS = new Map<string, Set<string>>();
for (const [word, forms] of Object.entries(verbs.complementVerbs)) {
  if (word.startsWith("$")) continue;
  for (const form of forms as string[]) {
    let set = COMPLEMENTS.get(form);
    if (!set) COMPLEMENTS.set(form, (set = new Set()));
    set.add(word);
  }
}

/** "warned of a crisis", "complained about delays": these need no object before them. */
const WITHOUT_OBJECT = new Set(clauses.complementsWithoutObject);
/** The object before a complement is a short noun phrase ("the rebels", "Mr. Yanukovych", "both sides"). */
const MAX_OBJECT_WORDS = 8;
/** "told the press the officers claimed to be ...": a speech verb in the would-be object opens a clause. */
const SPEECH = new Set(verbs.verbs);
const SUBJECT_PRONOUNS = new Set(clauses.notComplementObjectStarts);
const TOKEN = /[\p{L}\p{N}_'’.&-]+|[^\s\p{L}\p{N}]/gu;
// Parentheses may stand inside the object ("Gov. Rick Snyder (R) to resign").
const STOP = /^[,;:!?—–"“”«»]$|^\.$/u;
/** After "to": a quotation (masked to "_") or a lower-case word other than "the" ("to resign", "to a debate", not "to Capitol Hill", "to the White House"). */
const INFINITIVE = /^\s+(?:["“'‘]+_|(?!the\b)\p{Ll})/u;

/**
 * Where the complement of an object-taking speech verb opens ("accused the rebels [of] shelling the port"), or -1.
 * "that" first means a content clause ("told reporters that ..."), and clause punctuation or a long object means the
 * verb took a bare object ("thanked the hosts, who ...").
 */
export function complementAt(masked: string, at: number, limit: number, complements: Set<string>): number {
  TOKEN.lastIndex = 0;
  const window = masked.slice(at, Math.min(limit, at + 200));
  let i = 0;
  for (let m = TOKEN.exec(window); m && i <= MAX_OBJECT_WORDS; m = TOKEN.exec(window), i++) {
    const word = m[0].toLowerCase();
    // "told the BBC he would ask parliament to ...", "told Reuters the 10 had agreed to ...": a subject pronoun or an
    // auxiliary means a clause, so the verb took no object.
    // Only a lower-case word is a verb there: "urged the United States to act" ("States" is a name, not "states").
    if (STOP.test(word) || word === "that" || (i > 0 && (SUBJECT_PRONOUNS.has(word) || (SPEECH.has(word) && word === m[0])))) return -1;
    if (complements.has(word) && (i > 0 || WITHOUT_OBJECT.has(word))) {
      // "told lawmakers on a visit to Capitol Hill that ...": "to" opens a complement only before a verb.
      if (word === "to" && !INFINITIVE.test(window.slice(m.index + m[0].length))) continue;
      return at + m.index;
    }
  }
  return -1;
}
