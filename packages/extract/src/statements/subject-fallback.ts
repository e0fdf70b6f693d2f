import type { Span } from "../pipeline/types.ts";
import { tokenize } from "../speakers/tokens.ts";
import type { Token } from "../speakers/tokens.ts";
import clauses from "../lexicons/speech-clauses.json" with { type: "json" };
import time from "../lexicons/time-words.json" with { type: "json" };

/**
 * A plain noun-phrase subject for a speech cue when the speaker reader found none: names it cannot read ("Theresa
 * May", "Mohammad al-Afif", "Number 10"), lower-case bodies at a sentence start ("anti-hunt campaigners") and a
 * time adverbial between subject and verb ("Bob Geldof in July said"). Only a short phrase with no verb, clause word
 * or punctuation counts, so narration before a cue ("The plan was approved, said ...") is never taken for a speaker.
 */
const LEAD = new Set(clauses.subjectLeads);
const BETWEEN = new Set(clauses.betweenSubjectAndCue);
const TIME_LEADS = new Set([...time.timeLeads, ...time.moreTimeLeads]);
const TIME_WORDS = new Set([...time.weekdays, ...time.months, ...time.monthAbbreviations, ...time.periods, ...time.dayParts]);
const isTimeWord = (w: string) => TIME_WORDS.has(w) || /^\d{4}$/.test(w);
const CLAUSE_WORDS = new Set(clauses.notSubjectWords);
const MAX_WORDS = 7;

export function subjectBefore(masked: string, from: number, cue: number): Span | null {
  // A subject of at most seven words: a long sentence before the cue is read only near its end.
  const at = Math.max(from, cue - 160);
  const tokens = tokenize(masked, at, cue);
  let end = tokens.length;
  // "Bob Geldof in July said", "the union has also said"
  for (;;) {
    if (end > 0 && (BETWEEN.has(tokens[end - 1]!.lower) || /^\p{Ll}{3,}ly$/u.test(tokens[end - 1]!.text))) end--;
    else if (end > 1 && isTimeWord(tokens[end - 1]!.lower) && TIME_LEADS.has(tokens[end - 2]!.lower)) end -= 2;
    else break;
  }
  // "..., BBC environment correspondent Richard Black said": the phrase after the last comma of a postposed cue.
  let start = 0;
  for (let k = end - 1; k >= 0; k--) if (tokens[k]!.punct) { start = k + 1; break; }
  const sentenceInitial = start === 0 && at === from;
  if (start === 0 && !sentenceInitial) return null;
  if (sentenceInitial) while (start < end && (LEAD.has(tokens[start]!.lower) || tokens[start]!.text === ",")) start++;
  else if (tokens[start - 1]!.text !== "," || start < 4) return null;
  // "Theresa May, Tory shadow work and pensions secretary, said": the name before a comma-set aside.
  if (!sentenceInitial) {
    const aside = asideName(tokens, start);
    if (aside) return aside;
  }
  return plainPhrase(tokens, start, end, sentenceInitial);
}

/** "Theresa May, Tory shadow work and pensions secretary, said": an aside after a name that opens the sentence. */
function asideName(tokens: Token[], asideStart: number): Span | null {
  const comma = asideStart - 1;
  let open = -1;
  for (let k = comma - 1; k >= 0; k--) if (tokens[k]!.punct) { open = k; break; }
  if (open < 0 || tokens[open]!.text !== ",") return null;
  let start = 0;
  for (let k = open - 1; k >= 0; k--) if (tokens[k]!.punct) return null;
  while (start < open && LEAD.has(tokens[start]!.lower)) start++;
  if (asideStart - open - 1 > 10) return null;
  return plainPhrase(tokens, start, open, true, true);
}

function plainPhrase(tokens: Token[], start: number, end: number, sentenceInitial: boolean, nameOnly = false): Span | null {
  const n = end - start;
  if (n < 1 || n > MAX_WORDS) return null;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    // "-ed"/"-ing" words in lower case are verbs or participles more often than modifiers ("officials visiting ...").
    if (t.punct || CLAUSE_WORDS.has(t.lower) || (/(?:ed|ing)$/.test(t.text) && !/^\p{Lu}/u.test(t.text))) return null;
  }
  const first = tokens[start]!.text;
  const last = tokens[end - 1]!.text;
  // A lower-case phrase is a subject only at the sentence start ("anti-hunt campaigners said").
  if (!/^[\p{Lu}\p{N}]/u.test(first) && !(sentenceInitial && !nameOnly)) return null;
  if (nameOnly && !/^\p{Lu}/u.test(last)) return null;
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end };
}
