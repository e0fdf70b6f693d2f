/**
 * The reporting cue that governs a statement: the speech verb nearest before it in its sentence ("X accused …",
 * "X said that …"), or, when none stands close before it, the one right after it ("…," the minister warned). A cue
 * with a stance gives the statement that stance whatever its words say, unless a negator stands just before it
 * ("did not criticise", "refused to blame").
 */
import type { Document, Sentence } from "../pipeline/types.ts";
import type { Stance } from "../types.ts";
import { CUE_NOUNS, CUES, CUES_WITH_TO, NEGATORS, type CueEntry } from "./lexicon.ts";
import { appositionEnd, wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export interface Span { start: number; end: number }

export interface Governing {
  stance: Stance;
  word: string;
  start: number;
  end: number;
  position: "before" | "after";
  negated: boolean;
  /** Whether the cue's object is the target ("urged both sides to"); false for "called for talks", "said". */
  takesObject: boolean;
  label: boolean;
}

/** A cue this many words or fewer before a statement governs it even when another stands right after it. */
const NEAR_BEFORE = 12;
/** "…," the minister said: the cue after a statement comes within a few words of it. */
const NEAR_AFTER = 8;

/** The sentence holding offset (sentences are in text order: a binary search). */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  const { sentences } = doc;
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** How far around a statement its cue is looked for: a sentence of thousands of words must not make this quadratic. */
const WINDOW_BEFORE = 400;
const WINDOW_AFTER = 200;

export function governingCue(doc: Document, span: Span): Governing | null {
  const first = sentenceAt(doc, span.start);
  const last = sentenceAt(doc, Math.max(span.start, span.end - 1)) ?? first;
  const from = Math.max(first?.start ?? span.start, doc.bodyStart <= span.start ? doc.bodyStart : 0, span.start - WINDOW_BEFORE);
  const before = wordsOf(doc.masked, from, span.start);
  const after = wordsOf(doc.masked, span.end, Math.min(last?.end ?? span.end, span.end + WINDOW_AFTER));
  const back = nearestBefore(before);
  const forward = firstAfter(after);
  const wordsBetween = back ? before.length - back.to : Infinity;
  // Built field by field: an object spread of a hit costs more than the rest of this function (V8's generic clone).
  const chosen = back && (wordsBetween <= NEAR_BEFORE || !forward) ? { from: back.from, to: back.to, entry: back.entry, words: before, position: "before" as const }
    : forward ? { from: forward.from, to: forward.to, entry: forward.entry, words: after, position: "after" as const } : null;
  const noun = cueNounBefore(before);
  if (noun && (!chosen || chosen.position === "after" || chosen.to <= noun.from)) {
    return { stance: noun.stance, word: noun.word, start: noun.start, end: noun.end, position: "before", negated: negatedAt(before, noun.from), takesObject: false, label: false };
  }
  if (!chosen) return null;
  const { words, from: i, to: j, entry, position } = chosen;
  let resolved: CueEntry = entry;
  const withTo = CUES_WITH_TO.get(words.slice(i, j).map((w) => w.key).join(" "));
  if (withTo && position === "before" && objectThenTo(doc, words[j - 1]!.end, span)) resolved = withTo;
  return {
    stance: resolved.stance,
    word: words.slice(i, j).map((w) => w.text).join(" "),
    start: words[i]!.start,
    end: words[j - 1]!.end,
    position,
    negated: negatedAt(words, i),
    takesObject: resolved.takesObject,
    label: resolved.label,
  };
}

interface Hit { from: number; to: number; entry: CueEntry }

function nearestBefore(words: Word[]): Hit | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const hit = CUES.at(words, i);
    if (!hit || hit.end > words.length || isNounUse(words, i)) continue;
    // "pushed back against": a longer cue that holds this one ("back") is the cue.
    for (const d of [2, 1]) {
      const outer = i >= d ? CUES.at(words, i - d) : null;
      if (outer && outer.end >= hit.end && outer.end <= words.length && !isNounUse(words, i - d)) return { from: i - d, to: outer.end, entry: outer.value };
    }
    return { from: i, to: hit.end, entry: hit.value };
  }
  return null;
}

function firstAfter(words: Word[]): Hit | null {
  for (let i = 0; i < Math.min(words.length, NEAR_AFTER); i++) {
    const hit = CUES.at(words, i);
    if (hit && !isNounUse(words, i)) return { from: i, to: hit.end, entry: hit.value };
  }
  return null;
}

/**
 * "the claims", "his demands", "a warning": after a determiner a cue word is a noun, and reports nothing itself;
 * "the United States" and "Human Rights Watch Says" are names.
 */
const DETERMINERS = new Set(stanceWords.cueDeterminers);
function isNounUse(words: Word[], i: number): boolean {
  const previous = words[i - 1]?.key;
  // "the United States that …": a capitalised cue word inside a sentence is part of a name.
  if (previous !== undefined && /^\p{Lu}/u.test(words[i]!.text) && !/^[.!?:;"“”«»]$/u.test(previous)) return true;
  return previous !== undefined && (DETERMINERS.has(previous) || previous.endsWith("'s"));
}

/** "his accusation that …", "the ministry's warning that …": a cue noun right before "that" and the statement. */
function cueNounBefore(words: Word[]): { stance: Stance; word: string; start: number; end: number; from: number } | null {
  const n = words.length;
  if (n < 2 || words[n - 1]!.key !== "that") return null;
  for (let i = Math.max(0, n - 3); i < n - 1; i++) {
    const hit = CUE_NOUNS.at(words, i);
    if (hit && hit.end === n - 1) return { stance: hit.value, word: words[i]!.text, start: words[i]!.start, end: words[hit.end - 1]!.end, from: i };
  }
  return null;
}

/** A negator among the three words before the cue, in the same clause. */
function negatedAt(words: Word[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const w = words[k]!;
    if (w.key === "," || w.key === ";") return false;
    if (w.key.endsWith("n't")) return true;
    const hit = NEGATORS.at(words, k);
    if (hit && hit.end <= i) return true;
  }
  return false;
}

/**
 * "asked the court to …", "told them to …": an object of one to six words, then "to". The object stands between
 * cue and statement with "to" last or opening the statement, or opens an object-form statement ("the court to
 * rule …"); "told the press [the officers claimed to be …]" is a content clause, not "told Y to".
 */
function objectThenTo(doc: Document, from: number, span: Span): boolean {
  const between = wordsOf(doc.masked, from, span.start);
  const opening = wordsOf(doc.text, span.start, Math.min(span.end, span.start + 120));
  const words = between.length ? [...between, ...opening.slice(0, 1)] : opening;
  let stop = between.length ? words.length : Math.min(words.length, 7);
  for (let i = 0; i < stop; i++) {
    const key = words[i]!.key;
    if (key === "to") return i > 0;
    // "asked her eldest son, Prince Charles, to …": a name in apposition is part of the object.
    const close = appositionEnd(words, i);
    if (close > 0 && !between.length) {
      stop = Math.min(words.length, Math.max(stop, close + 5));
      i = close;
      continue;
    }
    if (key === "that" || key === "," || key === ":" || key === "." || key === "whether" || key === "if" || OBJECT_BREAKS.has(key)) return false;
  }
  return false;
}
const OBJECT_BREAKS = new Set(stanceWords.cueObjectBreaks);
