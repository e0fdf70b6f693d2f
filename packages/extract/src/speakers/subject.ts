import type { Span } from "../pipeline/types.ts";
import { phraseBefore } from "./phrase-before.ts";
import { tag, type Tagged } from "./tagger.ts";
import clauses from "../lexicons/speech-clauses.json" with { type: "json" };

const RELATIVE_OPENERS = new Set(clauses.relativeClauseOpeners);

const FINITE = new Set(["VERB", "AUX"]);
/** What may stand right before a main clause's subject: nothing, a comma, a conjunction or a clause mark. */
const MAIN_CLAUSE_OPENERS = new Set([",", ";", ":", "—", "–", "-", "(", "and", "but", "or", "so", "yet"]);

/**
 * The subject of the clause a subjectless cue belongs to: "Trump escalated his attacks, saying ..." → "Trump";
 * "ProPublica obtained a video and said ..." → "ProPublica"; "Speaking in Salem, Trump went after Bush, calling
 * him ..." → "Trump". The clause's finite verbs come from the part-of-speech tagger (a participle, an infinitive
 * or a sentence-initial verb is not one). The cue belongs to the nearest main clause before it, so the finite verbs
 * are read from the cue backwards, and a subject counts when a main clause opens right before it (sentence start,
 * comma, "and", "but"): "As voters went to the polls, the campaign sent an email and accused ..." → "the
 * campaign", "Prosecutors charged the officer and Emanuel fired his chief, acknowledging ..." → "Emanuel", not the
 * subject of a subordinate clause ("As voters went") or of a complement clause ("Obama believes the economy is
 * growing, adding ..." → "Obama"). With no such subject, the first finite verb's subject (the old reading). Null
 * when no verb has one.
 */
export function clauseSubject(masked: string, sentenceStart: number, cueStart: number): Span | null {
  const tokens = tag(masked, sentenceStart, cueStart);
  const subjects: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!FINITE.has(t.pos)) continue;
    const previous = tokens[i - 1]!;
    if (previous.pos === "PART" || previous.pos === "DET" || previous.pos === "ADP") continue;
    if (/ing$/i.test(t.text) && previous.pos !== "AUX") continue;
    // "Bush, Florida's former governor, also attacked": adverbs stand between the subject and its verb.
    let verb = i;
    while (verb > 1 && tokens[verb - 1]!.pos === "ADV") verb--;
    const subject = phraseBefore(masked, sentenceStart, tokens[verb]!.start);
    if (subject && !subjects.some((s) => s.start === subject.start)) subjects.push(subject);
  }
  // "Adamowicz was taken to hospital, where Dr. Stefaniak was met with applause upon announcing …": a cue that
  // follows a "where"/"when" clause with no comma between belongs to that clause.
  const nearest = subjects[subjects.length - 1];
  if (nearest && RELATIVE_OPENERS.has(tokenBefore(tokens, nearest)?.text.toLowerCase() ?? "") && !/[,;:—–]/.test(masked.slice(nearest.end, cueStart))) return nearest;
  for (let k = subjects.length - 1; k >= 0; k--) if (opensMainClause(tokens, subjects[k]!)) return subjects[k]!;
  return subjects[0] ?? null;
}

function tokenBefore(tokens: Tagged[], subject: Span): Tagged | undefined {
  let before: Tagged | undefined;
  for (const t of tokens) {
    if (t.start >= subject.start) break;
    before = t;
  }
  return before;
}

/** Whether the token before the subject starts a main clause: none at all, a comma, a coordinating conjunction. */
function opensMainClause(tokens: Tagged[], subject: Span): boolean {
  const before = tokenBefore(tokens, subject);
  if (!before) return true;
  return MAIN_CLAUSE_OPENERS.has(before.text.toLowerCase()) || before.pos === "CCONJ";
}
