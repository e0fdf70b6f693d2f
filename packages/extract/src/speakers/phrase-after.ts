import type { Span } from "../pipeline/types.ts";
import { BODY_HEADS, DETERMINERS, NON_NAMES, NOT_SPEAKER_HEADS, PRONOUNS, TITLE_WORDS, isCapitalised, isRoleNoun } from "./lexicon.ts";
import { CONNECTORS, FUNCTION_WORDS, MAX_WORDS, isHeadWord } from "./phrase-words.ts";
import { tokenize } from "./tokens.ts";
import speechWords from "../lexicons/speech-words.json" with { type: "json" };

/**
 * The speaker phrase right after an inverted cue: "..., said Dmitry Peskov, the Kremlin spokesman." Up to the next
 * comma or the sentence end.
 */
export function phraseAfter(masked: string, cueEnd: number, to: number, anyHead = false): Span | null {
  const tokens = tokenize(masked, cueEnd, Math.min(to, cueEnd + 160));
  if (!tokens.length) return null;
  const first = tokens[0]!;
  if (first.punct) return null;
  const pronoun = PRONOUNS[first.lower];
  if (pronoun !== undefined) return pronoun === "self" ? null : { start: first.start, end: first.end };
  const titled = titleBeforeName(tokens);
  if (!(isCapitalised(first.text) || DETERMINERS.has(first.lower) || isRoleNoun(first.lower) || titled)) return null;
  let last = 0;
  // Lower-case modifiers are read only shortly after a determiner: "an economist at a U.S. securities house", or
  // in a lower-case title before a name ("said energy analyst Orin Middleton").
  let determiner = DETERMINERS.has(first.lower) || titled ? 0 : -9;
  for (let k = 1; k < tokens.length && k < MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (t.punct && t.text !== "(" && t.text !== ")") break;
    if (DETERMINERS.has(t.lower)) determiner = k;
    else if (!t.punct && !isCapitalised(t.text) && !CONNECTORS.has(t.lower) && !TITLE_WORDS.has(t.lower) && !isRoleNoun(t.lower)) {
      if (k - determiner >= 4 && !titleRunToName(tokens, k)) break;
    }
    if (!t.punct) last = k;
  }
  // End on a name, role or body noun: "an economist at a U.S. securities house", not "... at a".
  while (last > 0 && !isHeadWord(tokens[last]!)) last--;
  // "said Sen. Ted Cruz (R-Texas).": a parenthesis the phrase opens closes inside it, not on "R-Texas".
  // "(D-Mass.)": the abbreviation's dot stands before the closing parenthesis.
  const open = tokens.slice(0, last + 1).reduce((n, t) => n + (t.text === "(" ? 1 : t.text === ")" ? -1 : 0), 0);
  if (open > 0 && tokens[last + 1]?.text === ".") { if (tokens[last + 2]?.text === ")") last += 2; }
  else if (open > 0 && tokens[last + 1]?.text === ")") last++;
  const lastToken = tokens[last]!;
  return isHeadWord(lastToken) || lastToken.text === ")" ? { start: first.start, end: lastToken.end } : anyHead ? articleNounPhrase(tokens) : null;
}

/**
 * "..., said economy minister Heizo Takenaka", "said central bank governor Park Seung": up to four lower-case words,
 * one of them a role or title noun, right before a capitalised name.
 */
function titleBeforeName(tokens: ReturnType<typeof tokenize>): boolean {
  // Content words only: "said of Mr. Rubio", "said in his office overlooking Biscayne Bay" are no titles.
  const k = lowerCaseRun(tokens, 0, (w) => PREPOSITION.test(w));
  if (k < 0) return false;
  const role = tokens.slice(0, k).some((t) => isRoleNoun(t.lower) || TITLE_WORDS.has(t.lower));
  const next = tokens[k];
  return role && k > 0 && next !== undefined && !next.punct && isCapitalised(next.text);
}

/**
 * The end of the run of up to four lower-case words from `from`; -1 when one of them is a function word, connector,
 * determiner, pronoun or a word `stops` names, which make the run no title.
 */
function lowerCaseRun(tokens: ReturnType<typeof tokenize>, from: number, stops: (w: string) => boolean): number {
  let j = from;
  while (j < tokens.length && j < from + 4 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[j]!.text)) {
    const w = tokens[j]!.lower;
    if (FUNCTION_WORDS.has(w) || CONNECTORS.has(w) || DETERMINERS.has(w) || PRONOUNS[w] !== undefined || stops(w)) return -1;
    j++;
  }
  return j;
}

/**
 * "said Clinton ally James Carville", "said Clinton’s top foreign policy aide Jake Sullivan", "said Oversight ranking
 * Democrat Elijah Cummings", "said Cruz constituent Dan Golvach when asked": after a capitalised modifier, up to
 * four lower-case words and then a name of two or three words that closes the phrase are a title before that name;
 * the name is the speaker, not the modifier.
 */
function titleRunToName(tokens: ReturnType<typeof tokenize>, k: number): boolean {
  const j = lowerCaseRun(tokens, k, (w) => AUXILIARY.test(w) || isLinking(w));
  if (j < 0) return false;
  let n = 0;
  while (j + n < tokens.length && !tokens[j + n]!.punct && isCapitalised(tokens[j + n]!.text) && !NON_NAMES.has(tokens[j + n]!.lower)) n++;
  const after = tokens[j + n];
  // The name closes the phrase: punctuation, the end, or a word that opens an adverbial ("... Dan Golvach when asked").
  const closes = after === undefined || (after.punct ? after.text !== "'" && after.text !== "’" : isLinking(after.text));
  return j > k && n >= 2 && n <= 3 && closes;
}

/** Words that make the run a clause, not a title ("said Trump was ...", "said Trump had ..."); "ally" stays a noun. */
const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{L}+ed)$/u;
/** Prepositions: "said of Mr. Rubio", "said in his office" open no title. */
const PREPOSITION = /^(?:in|on|at|to|by|with|from|after|before|during|about|over|of|for)$/;
/** Words beside the prepositions that join a clause, never a title: "said Trump as he left". */
const CLAUSE_JOINER = /^(?:into|than|as|while|when|where|if|not|also)$/;
/** Prepositions and the words that join a clause: "said Trump in an interview with Fox News". */
const isLinking = (w: string) => PREPOSITION.test(w) || CLAUSE_JOINER.test(w);

/** Articles that open a noun phrase of any head: "..., said a war monitor, the Britain-based ...". */
const ARTICLES = new Set(speechWords.articles);
/** A word that makes the phrase a clause ("said the flag was removed"): an auxiliary or a past form or an adverb. */
const VERB_LIKE = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{L}+ed|\p{L}+ly)$/u;

/**
 * A short phrase opened by an article and closed by punctuation right after an inverted "said" is the speaker whatever
 * its head noun: a role lexicon never lists every "monitor" or "watchdog". Only for verbs that take no object
 * (`anyHead`): after "tweeted" or "wrote" the same phrase is what was written ("tweeted a warning:"). Longer
 * phrases, or ones running on into a verb, are left to the reading before the cue.
 */
function articleNounPhrase(tokens: ReturnType<typeof tokenize>): Span | null {
  if (!ARTICLES.has(tokens[0]!.lower)) return null;
  let k = 1;
  while (k < tokens.length && k <= 4 && !tokens[k]!.punct && !VERB_LIKE.test(tokens[k]!.lower)) k++;
  const close = tokens[k];
  if (k < 3 || k > 4 || (close && !/^[,.]$/.test(close.text))) return null;
  const head = tokens[k - 1]!;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(head.text) || NOT_SPEAKER_HEADS.has(head.lower) || FUNCTION_WORDS.has(head.lower) || DETERMINERS.has(head.lower) || CONNECTORS.has(head.lower)) return null;
  return { start: tokens[0]!.start, end: head.end };
}

/** The source after "according to": any words up to the next comma or the sentence end ("according to exit polls"). */
export function sourceAfter(masked: string, cueEnd: number, to: number): Span | null {
  const tokens = tokenize(masked, cueEnd, Math.min(to, cueEnd + 200));
  let last = -1;
  for (let k = 0; k < tokens.length && k < 25; k++) {
    const t = tokens[k]!;
    if (t.punct && t.text !== "(" && t.text !== ")" && t.text !== "-") break;
    if (t.punct) continue;
    last = k;
    // "according to the emergencies ministry recovered ...": the source ends at its head noun when a verb follows.
    const next = tokens[k + 1];
    if (next && !next.punct && (BODY_HEADS.has(t.lower) || isRoleNoun(t.lower)) && /^\p{Ll}+ed$/u.test(next.text) && !CONNECTORS.has(next.lower) && !isRoleNoun(next.lower)) break;
  }
  if (last < 0 || /^_/.test(tokens[0]!.text)) return null;
  // Apposition: "according to the El Paso mayor, Dee Margo, ..."
  if (tokens[last + 1]?.text === ",") {
    let k = last + 2;
    while (k < tokens.length && !tokens[k]!.punct && isCapitalised(tokens[k]!.text) && k < last + 6) k++;
    if (k > last + 2 && tokens[k]?.text === ",") last = k - 1;
  }
  return { start: tokens[0]!.start, end: tokens[last]!.end };
}
