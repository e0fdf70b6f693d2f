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
  // 'the minister was “a terrorist”': the label may be quoted.
  const hit = labelFrom(words, i + 1, PREDICATED);
  if (!hit || negatedAt(words, i + 1) || words[i + 1]?.key === "not") return null;
  return (tokens) => {
    const t = tokenAt(tokens, words[i]!.start);
    return { stance: "CRITICISES", target: t > 0 ? subjectBefore(doc, tokens, t).span : null };
  };
}

const QUOTE_WORDS = new Set(['"', "“", "”", "'", "‘", "’", "''"]);
/** What may stand before a label: its article and intensifiers ("is a real terrorist", "a self-confessed liar"). */
interface LabelLead { articles: ReadonlySet<string>; intensifiers: RegExp }
const PREDICATED: LabelLead = { articles: new Set(["a", "an", "the"]), intensifiers: /^(?:real|true|total|complete|absolute|known|self-confessed|common)$/ };
const BARE: LabelLead = { articles: new Set(["a", "an"]), intensifiers: /^(?:real|true|total|complete|absolute|known|common)$/ };

/** The condemning label at words[k], past quote marks, one article and intensifiers. */
function labelFrom(words: Word[], k: number, lead: LabelLead): ReturnType<typeof CONDEMNING_LABELS.at> {
  while (QUOTE_WORDS.has(words[k]?.key ?? "")) k++;
  if (lead.articles.has(words[k]?.key ?? "")) k++;
  while (k < words.length && lead.intensifiers.test(words[k]!.key)) k++;
  return CONDEMNING_LABELS.at(words, k);
}

/**
 * A statement that is only a condemning label under a label cue ('called the minister “a terrorist”': the quoted
 * words alone, by the gold guide): the cue's object is whom it condemns (index.ts), so the words need no subject of
 * their own; "told a joke" is no label.
 */
export function bareLabel(doc: Document, span: Span): boolean {
  const words = wordsOf(doc.text, span.start, span.end);
  const hit = labelFrom(words, 0, BARE);
  return hit !== null && words.slice(hit.end).every((w) => QUOTE_WORDS.has(w.key) || /^[.,!;]$/.test(w.key));
}
