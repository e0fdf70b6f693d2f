/**
 * Evaluation in a statement's words: an adjective of praise (SUPPORTS) or reproach (CRITICISES) qualifying an
 * actor or an act ("a sensible budget", "they were courageous", "it is sound and sensible", with "it" read as what
 * it stands for; "a misguided policy"), and a merit someone has shown ("the minister has shown real leadership").
 * "Excellent health" praises no one and "a ridiculous atmosphere" blames no one; "has not shown any leadership" is
 * a reproach (negated support is opposition, the guide's rule 4).
 */
import type { Document } from "../pipeline/types.ts";
import { sentenceAt, type Span } from "./cue.ts";
import { MERITS, PRAISE, REPROACH, SHOWN } from "./lexicon.ts";
import { phraseAround, type Tagged } from "./noun-phrase.ts";
import { CLAIMS } from "./object.ts";
import { aboutWhom, ACTORS, ACTS, negatedAt, QUOTES, subjectBefore, tokenAt, type Rule } from "./reading.ts";
import { wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** Between the verb "be" and an adjective of praise: "is [really] sound and sensible", "were [so], brave". */
const BETWEEN = new Set(["ADV", "ADJ", "CCONJ"]);

/** The words praiseAt, shownAt and rightToAt start from, each (content.ts passes any other word over). */
export const PRAISE_KEYS: ReadonlySet<string> = new Set([...PRAISE, ...REPROACH]);
export const SHOWN_KEYS: ReadonlySet<string> = SHOWN;
export const RIGHT_TO_KEYS: ReadonlySet<string> = new Set(["right", "wrong"]);
export const STEP_KEYS: ReadonlySet<string> = new Set(["step", "steps"]);

export function praiseAt(doc: Document, words: Word[], i: number): Rule | null {
  if (PRAISE.has(words[i]!.key)) return evaluation(doc, words, i, "SUPPORTS");
  if (REPROACH.has(words[i]!.key)) return evaluation(doc, words, i, "CRITICISES");
  return null;
}

function evaluation(doc: Document, words: Word[], i: number, stance: "SUPPORTS" | "CRITICISES"): Rule | null {
  if (negatedAt(words, i)) return null;
  return (tokens) => {
    const k = tokenAt(tokens, words[i]!.start);
    if (k < 0) return null;
    const aux = auxBefore(tokens, k);
    // "being politically astute", "prudent and fair": a predicate with no subject in the words, as a label cue's
    // complement; the cue's object names what it judges.
    const bare = aux === 0 || (aux < 0 && tokens.slice(0, k).every((t) => t.pos === "ADV"));
    if (aux < 0) {
      const span = phraseAround(tokens, k);
      // "the rescue teams did a fantastic job": praise of a job done is praise of whoever did it.
      const done = span ? doneBy(doc, tokens, span) : null;
      if (done) return { stance, target: done };
      const target = span ? aboutWhom(tokens, span) : null;
      if (target) return aimed(doc, tokens, target) ? { stance, target } : null;
      return bare && !span ? { stance, target: null } : null;
    }
    if (bare) return { stance, target: null };
    const subject = subjectBefore(doc, tokens, aux);
    // "these accusations are absurd" rejects a claim: a denial (the guide's "such fears were overblown").
    if (stance === "CRITICISES" && subject.span && CLAIMS.has(lastWord(doc, subject.span))) return { stance: "DENIES", target: null };
    if (subject.span) return aimed(doc, tokens, subject.span) ? { stance, target: subject.span } : null;
    return subject.pronoun ? { stance, target: null } : null;
  };
}

const DO = new Set(stanceWords.praiseDo);
const JOBS = new Set(stanceWords.praiseJobs);
function doneBy(doc: Document, tokens: Tagged[], span: Span): Span | null {
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const k = tokens.indexOf(inside[0]!);
  if (!JOBS.has(inside[inside.length - 1]!.text.toLowerCase()) || !DO.has(tokens[k - 1]?.text.toLowerCase() ?? "")) return null;
  return subjectBefore(doc, tokens, k - 1).span;
}

const quotesBefore = (tokens: Tagged[], k: number) => {
  let n = 0;
  while (k - 1 - n >= 0 && QUOTES.test(tokens[k - 1 - n]!.text)) n++;
  return n;
};

/** The auxiliary a predicative adjective at token k follows, within a few modifiers and a coordination, or -1. */
function auxBefore(tokens: Tagged[], k: number): number {
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const t = tokens[j]!;
    if (t.pos === "AUX") return j;
    // "described the plan as [sensible]": a label's "as" predicates as the verb "be" does, of the phrase before it.
    if (j === k - 1 - quotesBefore(tokens, k) && t.text.toLowerCase() === "as" && j > 0 && ["NOUN", "PROPN"].includes(tokens[j - 1]!.pos)) return j;
    // "the plan was “sensible”": the evaluation quoted.
    if (QUOTES.test(t.text)) continue;
    // The tagger reads some adjectives as verbs ("sound and sensible"): a word before a conjunction is one of a pair.
    const paired = t.pos === "VERB" && tokens[j + 1]?.pos === "CCONJ";
    if (!BETWEEN.has(t.pos) && !paired && t.text !== ",") return -1;
  }
  return -1;
}

/** "has shown her ability to …", "demonstrated great courage": praise of the subject. */
export function shownAt(doc: Document, words: Word[], i: number): Rule | null {
  if (!SHOWN.has(words[i]!.key)) return null;
  let k = i + 1;
  while (k < Math.min(words.length, i + 4) && !MERITS.has(words[k]!.key)) k++;
  if (!MERITS.has(words[k]?.key ?? "")) return null;
  const negated = negatedAt(words, i) || words.slice(i + 1, k).some((w) => w.key === "no");
  return (tokens) => {
    let v = tokenAt(tokens, words[i]!.start);
    if (v < 0) return null;
    while (v > 0 && (tokens[v - 1]!.pos === "AUX" || tokens[v - 1]!.pos === "PART" || tokens[v - 1]!.pos === "ADV")) v--;
    const subject = subjectBefore(doc, tokens, v).span;
    if (!subject || !aimed(doc, tokens, subject)) return null;
    return { stance: negated ? "CRITICISES" : "SUPPORTS", target: subject };
  };
}

/** "Perez was right to urge …" backs Perez; "the council was wrong to close it" reproaches the council. */
export function rightToAt(doc: Document, words: Word[], i: number): Rule | null {
  const key = words[i]!.key;
  if (!RIGHT_TO_KEYS.has(key)) return null;
  // "he made the right decision", "they did the wrong thing": the same judgement of the subject's act.
  const made = ["made", "make", "makes", "did", "does", "do", "took"].includes(words[i - 2]?.key ?? "") && words[i - 1]?.key === "the" && CHOICES.has(words[i + 1]?.key ?? "");
  if (!made && (words[i + 1]?.key !== "to" || !COPULAS.has(words[i - 1]?.key ?? ""))) return null;
  if (negatedAt(words, made ? i - 2 : i)) return null;
  return (tokens) => {
    const v = tokenAt(tokens, words[made ? i - 2 : i - 1]!.start);
    const subject = v > 0 ? subjectBefore(doc, tokens, v).span : null;
    return subject ? { stance: key === "right" ? "SUPPORTS" : "CRITICISES", target: subject } : null;
  };
}
const COPULAS = new Set(["is", "was", "are", "were", "'s"]);
const CHOICES = new Set(["decision", "choice", "call", "thing", "move"]);

/**
 * "[the agreement] was a step in the right direction", "[the proposition] represents a major step forward", "[China]
 * has taken enormous steps in the right direction": an act judged as progress backs its author (SUPPORTS). Not "we
 * must take the step forward" (a plan, with "the"), nor "witnesses to step forward" (a verb); negated, it is none.
 */
export function stepAt(doc: Document, words: Word[], i: number): Rule | null {
  if (!STEP_KEYS.has(words[i]!.key)) return null;
  const next = words.slice(i + 1, i + 5).map((w) => w.key).join(" ");
  if (words[i + 1]?.key !== "forward" && next !== "in the right direction") return null;
  let k = i - 1;
  while (k >= Math.max(0, i - 6) && STEP_BETWEEN.has(words[k]!.key)) k--;
  const verb = words[k];
  if (!verb || !STEP_VERBS.has(verb.key)) return null;
  if (negatedAt(words, k + 1) || words.slice(k + 1, i).some((w) => w.key === "not" || w.key === "no")) return null;
  if (verb.key === "as") return () => ({ stance: "SUPPORTS", target: null });
  return (tokens) => {
    const v = tokenAt(tokens, verb.start);
    const subject = v > 0 ? subjectBefore(doc, tokens, v) : null;
    return subject && (subject.span || subject.pronoun) ? { stance: "SUPPORTS", target: subject.span } : null;
  };
}
const STEP_BETWEEN = new Set(stanceWords.stepBetween);
const STEP_VERBS = new Set(stanceWords.stepVerbs);

const lastWord = (doc: Document, span: Span) => wordsOf(doc.text, span.start, span.end).pop()?.key ?? "";

/**
 * Praise aims at an actor (a name, an institution) or an act of one (a plan, a budget). A phrase inside the
 * statement is judged by its tagged head; a resolved antecedent outside it by its last word, a capitalised one
 * counting as a name unless it opens its sentence ("Exports").
 */
function aimed(doc: Document, tokens: Tagged[], span: Span): boolean {
  const head = tokens.filter((t) => t.start >= span.start && t.end <= span.end).pop();
  if (head) return head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase()) || ACTS.has(head.text.toLowerCase());
  const words = wordsOf(doc.text, span.start, span.end);
  const last = words[words.length - 1];
  if (!last) return false;
  if (ACTORS.has(last.key) || ACTS.has(last.key)) return true;
  return /^\p{Lu}/u.test(last.text) && (words.length > 1 || sentenceAt(doc, span.start)?.start !== span.start);
}
