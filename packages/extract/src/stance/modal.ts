/**
 * Demands made with a modal ("[the government] should act", "[ATT] should be regulated"), reproaches of what was
 * done ("[the Tories] should have used …", CRITICISES) and cautions ("[markets] should be aware", WARNS), aimed at
 * the modal's subject when it is an actor, or at the agent of a passive ("should be considered by [the banks]").
 * A forecast ("should rise", "should be around 40 mln"), an ability ("should be able to") and a question ask nothing.
 */
import type { Document } from "../pipeline/types.ts";
import { antecedent } from "./antecedent.ts";
import { phraseEndingAt, phraseFrom, tagSpan, type Tagged } from "./noun-phrase.ts";
import type { Span } from "./cue.ts";
import type { Active } from "./lexicon.ts";
import { ACTORS, coordinated, inQuestion, tokenAt, type Reading } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

const HEDGES = new Set(stanceWords.contentHedges);
const IRREGULAR_PARTICIPLES = new Set(stanceWords.contentIrregularParticiples);
const CAUTION = new Set(stanceWords.contentCaution);
const SKIPPABLE = new Set(stanceWords.contentSkippable);
const FORECAST = new Set(stanceWords.contentForecast);
/** How far around a sentence-opening name the article is searched for the same name inside a sentence. */
const NEAR = 3000;

/**
 * "X should/must/needs to/has to <verb>": a demand on X when X is an actor. "X should have <participle>" reproaches
 * X for what was done (CRITICISES); "X should be aware/careful" cautions X (WARNS). A hedge before "have to"/"need
 * to" ("would have to", "may need to") makes it a forecast, and a modal in a question asks rather than demands.
 */
/** The words a modal reading starts from (content.ts passes any other word over without calling modalAt). */
export const MODAL_KEYS: ReadonlySet<string> = new Set(["should", "must", "would", "need", "needs", "has", "have", "ought"]);

export function modalAt(doc: Document, words: Word[], i: number, self: number): ((tokens: Tagged[]) => Reading | null) | null {
  const { text } = doc;
  const key = words[i]!.key;
  if (!MODAL_KEYS.has(key)) return null;
  const previous = words[i - 1]?.key ?? "";
  let next = i + 1;
  if (key === "should" || key === "must") {
    // a bare modal
  } else if (key === "would" && adviceAt(words, i + 1)) {
    // "[the banks] would be wise to settle": advice, a demand as "should" makes one.
    next = i + 4;
  } else if ((key === "need" || key === "needs" || key === "has" || key === "have" || key === "ought") && words[i + 1]?.key === "to") {
    if (HEDGES.has(previous) || previous.endsWith("'ll")) return null;
    next = i + 2;
  } else return null;
  if (inQuestion(text, words[i]!)) return null;
  // "must \"reevaluate …\"": a quote mark may open the demanded act.
  while (next < words.length && (SKIPPABLE.has(words[next]!.key) || /^["“”'‘’«»]$/u.test(words[next]!.key))) next++;
  const verb = words[next]?.key;
  if (!verb || !/^\p{L}/u.test(verb)) return null;
  // "M-1 should be anywhere from …", "prices should rise", "should be able to": a forecast or an ability.
  if (key === "should" && (FORECAST.has(verb) || (verb === "be" && (FORECAST.has(words[next + 1]?.key ?? "") || /^\d/.test(words[next + 1]?.key ?? ""))))) return null;
  if (verb === "be" && words[next + 1]?.key === "able") return null;
  let stance: Active = "DEMANDS";
  if (verb === "have" && (key === "should" || key === "must")) {
    const participle = words[next + 1]?.key ?? "";
    if (!(/(?:ed|en)$/.test(participle) || IRREGULAR_PARTICIPLES.has(participle))) return null;
    stance = "CRITICISES";
  } else if (verb === "be" && CAUTION.has(words[next + 1]?.key ?? "")) stance = "WARNS";
  return (tokens) => {
    let k = tokenAt(tokens, words[i]!.start);
    // Mr Blair "should butt out": a quote mark may open the words quoted after the subject.
    while (k > 0 && QUOTES.test(tokens[k - 1]!.text)) k--;
    const pronoun = tokens[k - 1];
    // "he should apologise", "it needs to find a better way": a pronoun subject stands for its antecedent, unless it
    // stands for the speaker (the statement's first word under "said", or the first after "however,"; clause-subject.ts
    // selfSubject).
    if (pronoun && PRONOUN_SUBJECTS.has(pronoun.text.toLowerCase()) && !(self > 0 && pronoun.start === words[self - 1]!.start)) {
      // "wondered whether he should attend": a question, not a demand.
      if (tokens[k - 2]?.text.toLowerCase() === "whether") return null;
      const meant = stance === "WARNS" ? null : antecedent(doc, pronoun);
      return meant && meansActor(text, pronoun.text.toLowerCase(), meant) ? { stance, target: meant } : null;
    }
    let subject = k > 0 ? phraseEndingAt(tokens, k) : null;
    // "[expanding Medicare to cover] all Americans should …", "the ban [into] the United States should …": a
    // phrase after a verb or a preposition is inside a longer subject, not the subject.
    const before = subject ? tokens[tokens.findIndex((t) => t.start === subject!.start) - 1] : undefined;
    if (before && (before.pos === "VERB" || (before.pos === "ADP" && before.text.toLowerCase() !== "of"))) subject = null;
    const head = subject ? tokens.filter((t) => t.end <= subject.end && t.start >= subject.start).pop() : undefined;
    const isActor = subject !== null && isActorPhrase(text, tokens, subject);
    // A caution can address anyone ("Investors should be aware …"); a demand or a reproach needs an actor.
    const addressed = stance === "WARNS" && head !== undefined && (head.pos === "NOUN" || head.pos === "PROPN");
    if (isActor || addressed) return { stance, target: coordinated(tokens, subject!, ACTORS) };
    // "the proposal should be considered seriously by [the banks]": a passive demand is made of its agent.
    const agent = stance === "DEMANDS" && verb === "be" ? agentAfter(tokens, words[next]!.end) : null;
    return agent ? { stance, target: agent } : null;
  };
}

const ADVICE = new Set(stanceWords.contentAdvice);
const adviceAt = (words: Word[], i: number) => words[i + 2]?.key === "to" && ADVICE.has(`${words[i]?.key} ${words[i + 1]?.key} to`);

const QUOTES = /^["“”«»]$/u;
/** Pronouns a demand can be made of; "they" and "we" stand for no one the words name. */
const PRONOUN_SUBJECTS = new Set(["he", "she", "it"]);

/**
 * Whether a pronoun's antecedent can be asked to act: for "it", a phrase naming an actor ("the government"); for
 * "he"/"she", a name of two words or more ("Mr Blair", "Charles Kennedy"), not an organisation's: the nearest
 * one-word name is too often a club, a nationality or a first name of someone else ("Arsenal", "European").
 */
function meansActor(text: string, pronoun: string, meant: Span): boolean {
  const tokens = tagSpan(text, meant);
  // "the Labour Party … he": an organisation is no "he".
  return pronoun === "it" ? isActorPhrase(text, tokens, meant) : tokens.length >= 2 && !ACTORS.has(tokens[tokens.length - 1]!.text.toLowerCase());
}

/**
 * An actor: an actor noun ("the government"), or a name — the tagger's, or a capitalised head it reads as a common
 * noun inside a phrase ("the Home/ADJ Office/NOUN"), though not one that only opens the sentence ("Prices should").
 */
function isActorPhrase(text: string, tokens: Tagged[], subject: Span): boolean {
  const inside = tokens.filter((t) => t.end <= subject.end && t.start >= subject.start);
  const head = inside[inside.length - 1];
  if (!head) return false;
  const named = head.pos === "PROPN" || (head.pos === "NOUN" && inside.length > 1 && /^\p{Lu}/u.test(head.text));
  return (named && !capitalisedAsFirst(text, tokens, subject)) || ACTORS.has(head.text.toLowerCase());
}

/** "be considered (seriously) by [X]": the agent of the passive right after, when it is an actor. */
function agentAfter(tokens: Tagged[], from: number): Span | null {
  const rest = tokens.filter((t) => t.start >= from).slice(0, 5);
  const by = rest.findIndex((t, n) => t.text.toLowerCase() === "by" && n >= 1 && /(?:ed|en)$/.test(rest[0]!.text));
  if (by < 0) return null;
  const k = tokens.indexOf(rest[by]!) + 1;
  const phrase = phraseFrom(tokens, k);
  const head = phrase ? tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end).pop() : undefined;
  return head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? phrase : null;
}

/**
 * A one-word "name" that opens a sentence may be any capitalised word ("Prices should …"): the tagger's PROPN is
 * trusted there only for all-capital words ("ATT") or phrases of several names.
 */
function capitalisedAsFirst(text: string, tokens: Tagged[], subject: Span): boolean {
  const inside = tokens.filter((t) => t.start >= subject.start && t.end <= subject.end);
  if (inside.length !== 1 || /^\p{Lu}{2,}$/u.test(inside[0]!.text)) return false;
  // "China needs to …": a word the article also capitalises inside a sentence is a name.
  const escaped = inside[0]!.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // Looked for near the statement only: a scan of the whole article per modal would grow with its square.
  const near = text.slice(Math.max(0, subject.start - NEAR), subject.end + NEAR);
  if (new RegExp(`[\\p{Ll},;]\\s+${escaped}\\b`, "u").test(near)) return false;
  const before = text.slice(Math.max(0, subject.start - 3), subject.start);
  return subject.start < 3 || /(?:^|[.!?\n]\s*|\n)["“”«]?\s*$/u.test(before) || /^\s*["“«]$/u.test(before);
}

