import type { Span } from "../pipeline/types.ts";
import { phraseBefore } from "./phrase-before.ts";
import { tag } from "./tagger.ts";

const FINITE = new Set(["VERB", "AUX"]);

/**
 * The subject of the clause a subjectless cue belongs to: "Trump escalated his attacks, saying ..." → "Trump";
 * "ProPublica obtained a video and said ..." → "ProPublica"; "Speaking in Salem, Trump went after Bush, calling
 * him ..." → "Trump". The clause's finite verbs come from the part-of-speech tagger (a participle, an infinitive
 * or a sentence-initial verb is not one); the subject is the speaker phrase that ends right before the first of
 * them that has one. Null when none does.
 */
export function clauseSubject(masked: string, sentenceStart: number, cueStart: number): Span | null {
  const tokens = tag(masked, sentenceStart, cueStart);
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
    if (subject) return subject;
  }
  return null;
}
