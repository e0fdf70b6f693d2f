/**
 * Whom a demand is aimed at when its cue has no object of its own: "called for [the IADB] to improve …", "urged
 * that [Congress] begin …", "called for the resignation of [the minister]", "called for an [Apple] boycott",
 * "called for sanctions against [Russia]". What is asked for ("called for talks", "urged that the bill be expanded") names no one: the phrase
 * must be an actor, a name or an institution (reading.ts ACTORS), and "[the talks] to be held" asks no one.
 */
import type { Document } from "../pipeline/types.ts";
import type { Governing, Span } from "./cue.ts";
import { phraseFrom, tagSpan, type Tagged } from "./noun-phrase.ts";
import { ACTORS, tokenAt } from "./reading.ts";
import { isCapitalised, wordsOf } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** Acts done to someone: "the resignation of [X]", "the release of [X]". */
const DONE_TO = new Set(stanceWords.demandDoneTo);
/** Acts whose name before them is whom they are done to ("an Apple boycott"); "a Senate investigation" names its agent. */
const NAMED_BEFORE = new Set(stanceWords.demandNamedBefore);

export function demandObject(doc: Document, cue: Governing, span: Span): Span | null {
  if (cue.stance !== "DEMANDS" || cue.position !== "before" || cue.negated) return null;
  const between = wordsOf(doc.masked, cue.end, span.start);
  const that = between.length === 1 && between[0]!.key === "that";
  if (cue.takesObject && !that) return null;
  const end = Math.min(span.end, span.start + 200);
  const words = wordsOf(doc.text, span.start, end);
  const tokens = tagSpan(doc.text, { start: span.start, end });
  const at = (i: number) => (words[i] ? tokenAt(tokens, words[i]!.start) : -1);
  // "the resignation of [X]"
  const k = ["the", "a", "an"].includes(words[0]?.key ?? "") ? 1 : 0;
  if (DONE_TO.has(words[k]?.key ?? "") && words[k + 1]?.key === "of") return actor(tokens, at(k + 2));
  // "an [Apple] boycott": the name before the act.
  let name = k;
  while (name < k + 3 && /^\p{Lu}/u.test(words[name]?.text ?? "")) name++;
  if (name > k && NAMED_BEFORE.has(words[name]?.key ?? "")) return { start: words[k]!.start, end: words[name - 1]!.end };
  // "sanctions against [X]"
  const against = words.slice(0, 8).findIndex((w) => w.key === "against");
  if (against > 0) {
    const target = actor(tokens, at(against + 1));
    if (target) return target;
  }
  const subject = actor(tokens, 0);
  if (!subject) return null;
  const rest = tokens.filter((t) => t.start >= subject.end);
  let n = 0;
  while (rest[n]?.pos === "ADV") n++;
  const next = rest[n];
  // "[X] (immediately) to <verb>", not "[X] to be <participle>"
  if (next?.text.toLowerCase() === "to") {
    const passive = rest[n + 1]?.text.toLowerCase() === "be" && /(?:ed|en)$/.test(rest[n + 2]?.text ?? "");
    return !passive && (rest[n + 1]?.pos === "VERB" || rest[n + 1]?.pos === "AUX") ? subject : null;
  }
  // "urged that [X] begin …": a subjunctive's subject.
  return that && next?.pos === "VERB" ? subject : null;
}

/** The phrase at token k when it names an actor: a proper name or an institution. */
function actor(tokens: Tagged[], k: number): Span | null {
  if (k < 0) return null;
  const phrase = phraseFrom(tokens, k);
  if (!phrase) return null;
  const inside = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
  // "the IADB to improve its analysis of the policies": the head before an "of" continuation.
  const of = inside.findIndex((t, i) => i > 0 && t.text.toLowerCase() === "of");
  const head = inside[of > 0 ? of - 1 : inside.length - 1]!;
  if (head.pos !== "PROPN" && !ACTORS.has(head.text.toLowerCase())) return null;
  return phrase;
}

const PENALTY_VERBS = new Set(stanceWords.threatVerbs);
const PENALTIES = new Set(stanceWords.threatPenalties);
/**
 * Whom a threat of a penalty is aimed at: "threatened to impose tariffs on [Chinese imports]", "to slap taxes on [the
 * company's air conditioners]", "threatened sanctions against [Kurdish northern Iraq]". The penalty is what is
 * threatened; whom it falls on is the target (as "called for sanctions against [X]" is a demand's).
 */
export function threatObject(doc: Document, cue: Governing, span: Span): Span | null {
  if (cue.stance !== "WARNS" || cue.position !== "before" || cue.negated) return null;
  const end = Math.min(span.end, span.start + 200);
  const words = wordsOf(doc.text, span.start, end);
  let k = words[0]?.key === "to" ? 1 : 0;
  if (PENALTY_VERBS.has(words[k]?.key ?? "")) k++;
  // The penalty within a few words ("a 35 percent tax", "punitive tariffs", "heavy customs duties").
  const penalty = words.slice(k, k + 6).findIndex((w) => PENALTIES.has(w.key));
  if (penalty < 0) return null;
  const rest = words.slice(k + penalty + 1, k + penalty + 10);
  const on = rest.findIndex((w) => w.key === "on" || w.key === "against");
  if (on < 0 || rest.slice(0, on).some((w) => w.key === "," || w.key === "if")) return null;
  const from = rest[on + 1];
  if (!from) return null;
  const tokens = tagSpan(doc.text, { start: span.start, end });
  const t = tokenAt(tokens, from.start);
  const phrase = t >= 0 ? phraseFrom(tokens, t) : null;
  // Whom it falls on is someone: a name or demonym ("Chinese imports"), or an institution; "tariffs on steel" names
  // a good, no one.
  if (phrase) return namesSomeone(wordsOf(doc.text, phrase.start, phrase.end)) ? phrase : null;
  // "on imported Ford vehicles", which the tagger reads as verbs: the words to a break, when they hold a name.
  const after = rest.slice(on + 1);
  let n = 0;
  while (n < Math.min(after.length, 5) && /^[\p{L}-]+$/u.test(after[n]!.text) && !PHRASE_BREAKS.has(after[n]!.key)) n++;
  return n > 0 && namesSomeone(after.slice(0, n)) ? { start: after[0]!.start, end: after[n - 1]!.end } : null;
}
const namesSomeone = (words: ReturnType<typeof wordsOf>) => words.some((w) => isCapitalised(w) || ACTORS.has(w.key));
const PHRASE_BREAKS = new Set(["if", "unless", "to", "over", "in", "from", "that", "which", "and", "or", "for", "by", "after", "before", "as", "made"]);
