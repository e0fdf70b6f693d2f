import type { Cue, Document, Quote } from "../pipeline/types.ts";
import { phraseAfter } from "../speakers/phrase-after.ts";
import { phraseBefore } from "../speakers/phrase-before.ts";
import { tag, type Tagged } from "../speakers/tagger.ts";

/** Tags a speaker phrase before its verb is made of ("an angry Hollande", "election law expert Rick Hasen", "he"). */
const PHRASE = new Set(["PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM", "PART", "PUNCT"]);
/** What may follow the verb in an attribution: its end, an adverb, a time or place ("retaliated on Monday"). */
const AFTER_VERB = /^(?:\s*$|[\s,.;:!?—–-]|\s+(?:back|on|up|in|at|from|to|during|after|with|while|as|before|dryly|again|then|later|also|\p{Ll}+ly)\b)/u;
const LOOK = 140;

/**
 * A quote that opens its sentence and ends on a comma, question or exclamation mark is framed by the clause after
 * it, whatever the verb: ""France will always be France," an angry Hollande retaliated.", ""Imagine that," mused
 * the co-host.", ""We can call it now," election law expert Rick Hasen tweeted Monday." The speech-verb lexicon
 * can never list every verb writers use there, so the shape decides: a noun phrase and a verb (or a verb and a noun
 * phrase) that end the clause. Read only for quotes that no lexicon cue attributes, with the tagger on the short
 * stretch after the quote.
 */
export function frameCue(doc: Document, quote: Quote, sentence: number): Cue | null {
  const inner = doc.text.slice(quote.start, quote.end).trimEnd();
  const rest = doc.masked.slice(quote.close, quote.close + 3);
  if (!/[,?!]$/.test(inner) && !/^,/.test(rest)) return null;
  const stop = clauseEnd(doc.masked, quote.close, Math.min(doc.masked.length, quote.close + LOOK));
  const tokens = tag(doc.masked, quote.close, stop).filter((t) => t.text !== "," || t.start > quote.close + 1);
  if (tokens.length < 2 || tokens.length > 12) return null;
  const verbAt = tokens.findIndex((t) => t.pos === "VERB" && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !/ing$/.test(t.text));
  if (verbAt < 0) return null;
  const verb = tokens[verbAt]!;
  const cue = (speaker: Cue["speaker"], order: Cue["order"]): Cue => ({ start: verb.start, end: verb.end, form: "verb", word: verb.text, sentence, speaker, order });
  if (verbAt === 0) {
    // ""Imagine that," mused the co-host.": the verb, then the speaker to the clause's end.
    const speaker = phraseAfter(doc.masked, verb.end, stop, true);
    return speaker && /^[\s,.;:!?]*$/.test(doc.masked.slice(speaker.end, stop)) ? cue(speaker, "after") : null;
  }
  if (!tokens.slice(0, verbAt).every((t) => PHRASE.has(t.pos)) || !AFTER_VERB.test(doc.masked.slice(verb.end, stop))) return null;
  if (!followsWithoutClause(tokens, verbAt)) return null;
  const speaker = phraseBefore(doc.masked, quote.close, verb.start);
  return speaker ? cue(speaker, "before") : null;
}

/** Where the clause after the quote ends: the first sentence mark, quote mark or line break. */
function clauseEnd(masked: string, from: number, to: number): number {
  const m = /[.!?;:"“”«»\n]|_{2}/.exec(masked.slice(from, to));
  return m ? from + m.index : to;
}

/** No second finite verb right after the first ("the ruling shocked the court" is narration, not a frame). */
function followsWithoutClause(tokens: Tagged[], verbAt: number): boolean {
  const next = tokens[verbAt + 1];
  return !next || !(next.pos === "DET" || (next.pos === "NOUN" && verbAt + 2 >= tokens.length));
}
