/**
 * Whom a warning aims at when it names no addressee: the actor of its condition ("If [NATO] sends troops, it will
 * face consequences", "threatened to break off talks unless [banks] stopped blocking a deal").
 */
import type { Document } from "../pipeline/types.ts";
import type { Span } from "./cue.ts";
import { phraseFrom, tagSpan, type Tagged } from "./noun-phrase.ts";
import { ACTORS, tokenAt } from "./reading.ts";
import { wordsOf, type Word } from "./words.ts";

const CONDITIONS = new Set(["if", "unless"]);

/** The actor opening the last condition among words[0, before). */
export function conditionSubject(tokens: Tagged[], words: Word[], before: number): Span | null {
  let i = -1;
  for (let k = 0; k < before; k++) if (CONDITIONS.has(words[k]!.key)) i = k;
  const k = i >= 0 && words[i + 1] ? tokenAt(tokens, words[i + 1]!.start) : -1;
  const span = k >= 0 ? phraseFrom(tokens, k) : null;
  const head = span ? tokens.filter((t) => t.start >= span.start && t.end <= span.end).pop() : undefined;
  return head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? span : null;
}

/**
 * Whom a warning cue with no object aims at: the actor of a condition anywhere in the statement ("warned …, unless
 * [X] …"), or of the act threatened ("threatened to crush [the militants]").
 */
export function warnedActor(doc: Document, span: Span): Span | null {
  // A condition within the statement's first few hundred characters: a megabyte quote is not tagged whole.
  span = { start: span.start, end: Math.min(span.end, span.start + 600) };
  const words = wordsOf(doc.text, span.start, span.end);
  const opensAct = words[0]?.key === "to" && words.length > 2;
  if (!opensAct && !words.some((w) => CONDITIONS.has(w.key))) return null;
  const tokens = tagSpan(doc.text, span);
  const condition = conditionSubject(tokens, words, words.length);
  if (condition || !opensAct) return condition;
  const verb = tokenAt(tokens, words[1]!.start);
  return verb >= 0 && tokens[verb]!.pos === "VERB" ? actorAt(tokens, verb + 1) : null;
}

function actorAt(tokens: Tagged[], k: number): Span | null {
  const span = k < tokens.length ? phraseFrom(tokens, k) : null;
  const head = span ? tokens.filter((t) => t.start >= span.start && t.end <= span.end).pop() : undefined;
  return head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? span : null;
}
