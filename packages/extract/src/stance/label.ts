// A condemning label predicated of someone ("[this individual] is a terrorist", 'was “a liar”'), and a statement
// that is only such a label under a label cue ('called the minister “a terrorist”').
import type { Document } from "../pipeline/types.ts";
import type { Span } from "./cue.ts";
import { CONDEMNING_LABELS } from "./lexicon.ts";
import type { Tagged } from "./noun-phrase.ts";
import { negatedAt, subjectBefore, tokenAt, type Reading } from "./reading.ts";
import { wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** Forms of "be" and "seem" that predicate a label (or, in content.ts, an evaluation) of a subject. */
export const COPULAS = new Set(stanceWords.contentCopulas);

/** "this individual is a terrorist", "they are liars": a condemning label predicated of someone. */
export function labelAt(doc: Document, words: Word[], i: number): ((tokens: Tagged[]) => Reading | null) | null {
  if (!COPULAS.has(words[i]!.key)) return null;
  let k = i + 1;
  // 'the minister was “a terrorist”': the label quoted.
  while (QUOTE_WORDS.has(words[k]?.key ?? "")) k++;
  if (words[k]?.key === "a" || words[k]?.key === "an" || words[k]?.key === "the") k++;
  while (k < words.length && /^(?:real|true|total|complete|absolute|known|self-confessed|common)$/.test(words[k]!.key)) k++;
  const hit = CONDEMNING_LABELS.at(words, k);
  if (!hit || negatedAt(words, i + 1) || words[i + 1]?.key === "not") return null;
  return (tokens) => {
    const t = tokenAt(tokens, words[i]!.start);
    return { stance: "CRITICISES", target: t > 0 ? subjectBefore(doc, tokens, t).span : null };
  };
}

const QUOTE_WORDS = new Set(['"', "“", "”", "'", "‘", "’", "''"]);
/**
 * A statement that is only a condemning label under a label cue ('called the minister “a terrorist”': the quoted
 * words alone, by the gold guide): the cue's object is whom it condemns (index.ts), so the words need no subject of
 * their own; "told a joke" is no label.
 */
export function bareLabel(doc: Document, span: Span): boolean {
  const words = wordsOf(doc.text, span.start, span.end);
  let k = 0;
  while (QUOTE_WORDS.has(words[k]?.key ?? "")) k++;
  if (words[k]?.key === "a" || words[k]?.key === "an") k++;
  while (k < words.length && /^(?:real|true|total|complete|absolute|known|common)$/.test(words[k]!.key)) k++;
  const hit = CONDEMNING_LABELS.at(words, k);
  return hit !== null && words.slice(hit.end).every((w) => QUOTE_WORDS.has(w.key) || /^[.,!;]$/.test(w.key));
}
