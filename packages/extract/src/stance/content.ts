/**
 * Stance from a statement's own words, for statements whose cue is neutral ("said", "told"): the wording of the act
 * (lexicons/stance.json "content": thanks, sympathy, appeals, rejections, condemnation) and demands made with a
 * modal ("[the government] should act", "[ATT] should be regulated"; "should have used" reproaches, CRITICISES).
 * Words after a speech verb inside the statement report someone else ("Kyiv had accused Moscow of aggression"):
 * they are not the speaker's stance (the guide's rule 5).
 */
import type { Document } from "../pipeline/types.ts";
import { APPEAL_KEYS, appealAt, imperativeAt } from "./appeal.ts";
import { BLAME_KEYS, blameAt } from "./blame.ts";
import type { Span } from "./cue.ts";
import { CONTENT, IMPORTANCE, PRECEDENCE, REPORTING, SUPPORT_VERBS, type Active } from "./lexicon.ts";
import { phraseAround, phraseFrom, possessorOf, tagSpan, type Tagged } from "./noun-phrase.ts";
import data from "../lexicons/stance.json" with { type: "json" };
import { CLAIMS, claimantIn } from "./claimant.ts";
import { conditionSubject } from "./condition.ts";
import { MODAL_KEYS, modalAt } from "./modal.ts";
import { OWN_ACT_KEYS, ownActAt } from "./own-act.ts";
import { PRAISE_KEYS, praiseAt, RIGHT_TO_KEYS, rightToAt, SHOWN_KEYS, shownAt, STEP_KEYS, stepAt } from "./praise.ts";
import { CONCERN_KEYS, concernAt } from "./concern.ts";
import { REGRET_KEYS, regretAt } from "./regret.ts";
import { COPULAS, labelAt } from "./label.ts";
import { importanceAt, timeForAt } from "./impersonal-demand.ts";
import { aboutWhom, ACTORS, actorOnly, inQuestion, negatedAt, QUOTES, subjectBefore, tokenAt, type Reading, type Rule } from "./reading.ts";
import { isCapitalised, wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export type { Reading } from "./reading.ts";

const BELIEFS = new Set(stanceWords.contentBeliefs);
const AIMED_AFTER = new Set(data.contentAimedAfter);
const UNASSERTED = new Set(["to", "with", "of", "for", "from", "by", "about"]);
const ATTEMPTS = new Set(stanceWords.contentAttempts);
/** "is trying to undermine": an attempt before "to" asserts the wrongdoing of its subject. */
const attempted = (words: Word[], i: number) => words[i - 1]?.key === "to" && ATTEMPTS.has(words[i - 2]?.key ?? "");

/** `self`: how many words at the statement's start stand for its speaker (clause-subject.ts selfSubject). */
export function contentStance(doc: Document, span: Span, self = 0): Reading | null {
  const words = wordsOf(doc.text, span.start, span.end);
  const own = words.slice(0, reportedFrom(words, self));
  const tags = new LazyTags(doc.text, span);
  const readings: (Reading & { at: number })[] = [];

  for (const hit of CONTENT.all(own)) {
    let stance = hit.value;
    // "designed to undermine …", "charged with obstructing …": a wrongdoing named, not laid on anyone.
    if (stance === "CRITICISES" && UNASSERTED.has(own[hit.from - 1]?.key ?? "") && !attempted(own, hit.from)) continue;
    if (negatedAt(own, hit.from)) {
      // "we do not support the plan" opposes it; a negated appeal or condemnation is none.
      if (stance !== "SUPPORTS") continue;
      stance = "CRITICISES";
    }
    if (stance === "DEMANDS" && inQuestion(doc.text, own[hit.from]!)) continue;
    // "did not say how much it would cost", "did not say on Tuesday whether …": what was left unsaid is no claim denied.
    if (stance === "DENIES" && own.slice(hit.to, hit.to + 4).some((w) => UNSAID.has(w.key))) continue;
    // "we do not believe the extension is a violation": a wrongdoing disbelieved is a charge rejected.
    if (stance === "CRITICISES" && disbelievedAt(own, hit.from)) {
      readings.push({ stance: "DENIES", target: null, at: hit.from });
      continue;
    }
    // "[Iran] had exaggerated battle reports": a distortion done by an actor is a wrongdoing laid on it, where "the
    // reports were exaggerated" rejects a claim.
    if (stance === "DENIES" && hit.to - hit.from === 1 && DISTORTIONS.has(own[hit.from]!.key)) {
      const actor = distorter(doc, tags.get(), own[hit.from]!);
      if (actor) {
        readings.push({ stance: "CRITICISES", target: actor, at: hit.from });
        continue;
      }
    }
    const target = phraseTarget(doc, stance, own, hit, tags);
    // "the charges against him are politically motivated": a reproach of a claim rejects it (as "these accusations
    // are absurd" does, praise.ts).
    if (stance === "CRITICISES" && target && CLAIMS.has(wordsOf(doc.text, target.start, target.end).pop()?.key ?? "")) {
      readings.push({ stance: "DENIES", target: null, at: hit.from });
      continue;
    }
    readings.push({ stance, target, at: hit.from });
  }
  for (let i = 0; i < own.length; i++) {
    const rule = ruleAt(doc, own, i, self);
    const reading = rule?.(tags.get()) ?? imperativeAt(doc, own, i);
    if (reading) readings.push({ ...reading, at: i });
  }
  const found = readings;
  if (!found.length) return null;
  found.sort((a, b) => PRECEDENCE.indexOf(a.stance) - PRECEDENCE.indexOf(b.stance) || a.at - b.at);
  const best = found[0]!;
  // The target of the chosen stance, else one another reading of the same stance names; a phrase of the words
  // before one that "it" stands for ("It is unconscionable [this state] has failed …").
  const same = found.filter((r) => r.stance === best.stance && r.target);
  const inside = same.find((r) => r.target!.start >= span.start && r.target!.end <= span.end);
  const target = (best.target && best.target.start >= span.start ? best.target : inside?.target) ?? best.target ?? same[0]?.target ?? null;
  return { stance: best.stance, target };
}

// The word-level rules, each tried only on the words it can start from (its keys): each word of every statement
// tried all fourteen, and most words start none. A rule's keys live beside it and its own first test reads them.
const MODAL = 1, LABEL = 2, TIME_FOR = 4, IMPORTANCE_RULE = 8, OPPOSES = 16, BLAME = 32, PRAISE_RULE = 64, SHOWN = 128,
  RIGHT_TO = 256, OWN_ACT = 512, APPEAL = 1024, CONCERN = 2048, STEP = 4096, REGRET = 8192;
/** Rules that may start at a word whatever it is (none unless a rule's keys cannot be listed). */
const ANY_WORD = OWN_ACT_KEYS ? 0 : OWN_ACT;
const DISPATCH = new Map<string, number>();
for (const [keys, bit] of [[MODAL_KEYS, MODAL], [COPULAS, LABEL], [["time"], TIME_FOR], [IMPORTANCE, IMPORTANCE_RULE], [SUPPORT_VERBS, OPPOSES],
  [BLAME_KEYS, BLAME], [PRAISE_KEYS, PRAISE_RULE], [SHOWN_KEYS, SHOWN], [RIGHT_TO_KEYS, RIGHT_TO], [OWN_ACT_KEYS ?? [], OWN_ACT], [APPEAL_KEYS, APPEAL], [CONCERN_KEYS, CONCERN], [STEP_KEYS, STEP], [REGRET_KEYS, REGRET]] as const) {
  for (const key of keys) DISPATCH.set(key, (DISPATCH.get(key) ?? 0) | bit);
}

/** The first rule that matches at words[i], in the order of precedence among rules. */
function ruleAt(doc: Document, words: Word[], i: number, self: number): Rule | null {
  // The words that stand for the speaker open the speaker's own act and wish ("the ministry said [it] condemned …").
  const mask = (DISPATCH.get(words[i]!.key) ?? 0) | ANY_WORD | (self > 0 && i === self - 1 ? OWN_ACT | APPEAL | REGRET : 0);
  if (mask === 0) return null;
  return (mask & MODAL ? modalAt(doc, words, i, self) : null) ?? (mask & LABEL ? labelAt(doc, words, i) : null)
    ?? (mask & TIME_FOR ? timeForAt(words, i) : null) ?? (mask & IMPORTANCE_RULE ? importanceAt(words, i) : null)
    ?? (mask & OPPOSES ? opposesAt(words, i) : null) ?? (mask & BLAME ? blameAt(doc, words, i) : null)
    ?? (mask & PRAISE_RULE ? praiseAt(doc, words, i) : null) ?? (mask & SHOWN ? shownAt(doc, words, i) : null)
    ?? (mask & RIGHT_TO ? rightToAt(doc, words, i) : null) ?? (mask & OWN_ACT ? ownActAt(doc.text, words, i, self) : null)
    ?? (mask & APPEAL ? appealAt(doc, words, i, self) : null) ?? (mask & CONCERN ? concernAt(doc, words, i) : null)
    ?? (mask & STEP ? stepAt(doc, words, i) : null) ?? (mask & REGRET ? regretAt(doc, words, i, self) : null);
}

/**
 * A statement's tags, read on first use: most statements never need them. An object rather than a closure, as
 * each closure made costs a call under tsx's keepNames, and this runs for every statement.
 */
class LazyTags {
  private tokens: Tagged[] | null = null;
  private readonly text: string;
  private readonly span: Span;
  constructor(text: string, span: Span) {
    this.text = text;
    this.span = span;
  }
  get(): Tagged[] {
    return (this.tokens ??= tagSpan(this.text, this.span));
  }
}

/** "… for [X] to": the actor a warning or a demand is made of, right after its words. */
function forWhom(tokens: Tagged[], words: Word[], at: number): Span | null {
  if (words[at]?.key !== "for") return null;
  const k = tokenAt(tokens, words[at + 1]?.start ?? -1);
  const span = k >= 0 ? phraseFrom(tokens, k) : null;
  const head = span ? tokens.filter((t) => t.start >= span.start && t.end <= span.end).pop() : undefined;
  return head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? span : null;
}

const DISTORTIONS = new Set(stanceWords.contentDistortions);
const UNSAID = new Set(stanceWords.indexQuestionOpeners);
const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "seem", "seems", "seemed"]);
/** The actor that did a distortion at `word` as a verb with an object ("[Iran] had exaggerated reports"), or null. */
function distorter(doc: Document, tokens: Tagged[], word: Word): Span | null {
  const k = tokenAt(tokens, word.start);
  const object = tokens[k + 1];
  if (k < 1 || !object || !["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"].includes(object.pos)) return null;
  let j = k - 1;
  while (j > 0 && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "AUX" && !BE.has(tokens[j]!.text.toLowerCase()))) j--;
  if (BE.has(tokens[j]!.text.toLowerCase())) return null;
  const subject = subjectBefore(doc, tokens, k).span;
  const head = subject ? tokens.filter((t) => t.start >= subject.start && t.end <= subject.end).pop() : undefined;
  return subject && head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? subject : null;
}

/** "do not believe (that) …", "don't think …": a negated belief within the eight words before words[i], in its sentence. */
function disbelievedAt(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
    if (words[k]!.key === "." || words[k]!.key === ";") return false;
    if (BELIEFS_OWN.has(words[k]!.key) && /^(?:not|never)$|n't$/.test(words[k - 1]!.key)) return true;
  }
  return false;
}
const BELIEFS_OWN = new Set(["believe", "think", "consider", "accept"]);

/** Index of the first word that reports someone else's speech inside the statement, or the word count. */
function reportedFrom(words: Word[], self: number): number {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    // "Carter believes his use of email was a mistake": a third party's belief is theirs, as their words are.
    if (isCapitalised(w) || !(REPORTING.has(w.key) || BELIEFS.has(w.key))) continue;
    // "the information calls into question those claims": a speech verb opening a content phrase reports no one.
    // "never said", "false claims": nor does one inside a content phrase.
    if (CONTENT.at(words, i) || [1, 2].some((d) => i >= d && (CONTENT.at(words, i - d)?.end ?? 0) > i)) continue;
    if (self > 0 && i <= self + 2) continue; // "the ministry said it strongly condemned …": the speaker's own act
    if (firstPersonBefore(words, i)) continue; // the speaker's own act: "we urge", "I told them", "I can just tell you"
    const previous = words[i - 1]!.key;
    if (["the", "a", "an", "no", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"].includes(previous) || previous.endsWith("'s")) continue;
    return i;
  }
  return words.length;
}

const FIRST_PERSON = new Set(stanceWords.firstPerson);
const MODAL_OR_ADVERB = new Set(stanceWords.contentOwnSpeechBetween);
/** "I told", "we can only say", "I would just tell you": the speaker as the subject of a speech verb at words[i]. */
function firstPersonBefore(words: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (FIRST_PERSON.has(words[k]!.key)) return true;
    if (!MODAL_OR_ADVERB.has(words[k]!.key)) return false;
  }
  return false;
}

/** Whom an act phrase aims at: "thank you to [X]", "we are with [X]", "I request [X] to", "[X] ignorant …". */
function phraseTarget(doc: Document, stance: Active, words: Word[], hit: { from: number; to: number }, tags: LazyTags): Span | null {
  // "accusations by [the opposition] are unfounded" aims at who made them; "we never …" at no one named.
  // "the target of unsubstantiated demands by [Members of Congress]": the claim may follow the words that reject it.
  if (stance === "DENIES") return claimantIn(words.slice(Math.max(0, hit.from - 6)), Math.min(hit.from, 6) + 4);
  const tokens = tags.get();
  // "it would be a mistake for [Washington] to …"; "if [NATO] sends troops, it will face consequences".
  if (stance === "WARNS") return forWhom(tokens, words, hit.to) ?? conditionSubject(tokens, words, hit.from);
  if (stance === "CRITICISES") {
    // "disappointed by [the decision]", "expressed concern about [X]", "does not recognize [X]": what follows.
    if (AIMED_AFTER.has(words.slice(hit.from, hit.to).map((w) => w.key).join(" "))) {
      const after = tokenAt(tokens, words[hit.to - 1]!.end);
      const phrase = after >= 0 ? actorOnly(tokens, phraseFrom(tokens, after)) : null;
      return phrase && possessorOf(tokens, phrase);
    }
    let k = tokenAt(tokens, words[hit.from]!.start);
    if (k < 0) return null;
    if (tokens[k]!.pos === "DET" && k + 1 < tokens.length) k++; // "[an] insult to"
    // "the budget is lousy": a predicate adjective judges the subject; "it has failed", "they violated …": a verb
    // judges its subject.
    const t = tokens[k]!;
    // "[the opposition] had been deliberately misleading voters": adverbs may stand between the verb "be" and it.
    let aux = k - 1;
    // … and quote marks: "the plan was “unlawful”".
    while (aux > 0 && (tokens[aux]!.pos === "ADV" || QUOTES.test(tokens[aux]!.text))) aux--;
    if (t.pos === "ADJ" && tokens[aux]?.pos === "AUX") return subjectBefore(doc, tokens, aux).span;
    // "Israel's actions were a violation of …": a condemning noun predicated of the subject.
    const copula = tokens[k - 1]?.pos === "AUX" ? k - 1 : tokens[k - 1]?.pos === "DET" && tokens[k - 2]?.pos === "AUX" ? k - 2 : -1;
    // "the Fed has been [too slow] to act": an adverb opens a predicate too.
    if (t.pos === "NOUN" && copula > 0) return subjectBefore(doc, tokens, copula).span;
    // "[Beijing] is trying to undermine …": the subject of the attempt.
    if (tokens[k - 1]?.text.toLowerCase() === "to" && ATTEMPTS.has(tokens[k - 2]?.text.toLowerCase() ?? "")) k -= 2;
    if (["AUX", "VERB", "PART", "ADV"].includes(t.pos)) return subjectBefore(doc, tokens, k).span;
    const around = phraseAround(tokens, k);
    return around ? aboutWhom(tokens, around) : null;
  }
  let k = tokenAt(tokens, words[hit.to - 1]!.end);
  if (k < 0) return null;
  while (k < tokens.length && ["to", "for", "that", "with", "on"].includes(tokens[k]!.text.toLowerCase())) k++;
  return actorOnly(tokens, phraseFrom(tokens, k));
}

const OPPOSE_BETWEEN = new Set(stanceWords.opposeBetween);
const isNegator = (k: string) => k === "not" || k === "never" || k === "cannot" || k.endsWith("n't");

/**
 * "we do not support the plan", "will never back him", "is not ready to support him", "was “not prepared” to back
 * it": opposition, aimed at what follows.
 */
function opposesAt(words: Word[], i: number): ((tokens: Tagged[]) => Reading | null) | null {
  if (!SUPPORT_VERBS.has(words[i]!.key)) return null;
  let k = i - 1;
  while (k >= Math.max(0, i - 6) && !isNegator(words[k]!.key) && OPPOSE_BETWEEN.has(words[k]!.key)) k--;
  // Directly negated ("do not support"), or negated with only readiness words between ("not ready to support").
  const direct = words.slice(Math.max(0, i - 2), i).some((w) => isNegator(w.key));
  if (!direct && !(k >= 0 && isNegator(words[k]!.key))) return null;
  return (tokens) => {
    const t = tokenAt(tokens, words[i]!.end);
    return { stance: "CRITICISES", target: t >= 0 ? actorOnly(tokens, phraseFrom(tokens, t)) : null };
  };
}
