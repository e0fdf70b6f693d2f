import type { Span } from "../pipeline/types.ts";
import { phraseBefore } from "../speakers/phrase-before.ts";
import { isPlaceName } from "../speakers/place-name.ts";
import { tag } from "../speakers/tagger.ts";
import documents from "../lexicons/speech-documents.json" with { type: "json" };

const MODIFIER = /\b(?:who|familiar\s+with|close\s+to|privy\s+to|briefed\s+on|with\s+knowledge\s+of|speaking\s+on\s+condition)\b/giu;
const MAX_MODIFIER = 90;
const SPEECH = /\b(?:said|says|say|told|tells|added|stated|announced|claimed|insisted|argued|warned|noted)\b/i;

/**
 * "a White House official who spoke on condition of anonymity said", "a source familiar with Canadian government
 * thinking said": a subject whose noun a relative clause or a "familiar with" phrase follows, when the speaker
 * reader found none before the cue. The speaker is the noun phrase before "who" (the clause is about it), or the
 * whole phrase for "familiar with" / "close to" (it says which source). Only a short stretch with no comma or
 * sentence mark between the modifier and the cue counts, so narration ("..., who had resigned. The minister said")
 * never does.
 */
export function modifiedSubject(masked: string, from: number, cue: number): Span | null {
  const stretch = masked.slice(Math.max(from, cue - MAX_MODIFIER - 120), cue);
  const base = cue - stretch.length;
  let last: RegExpExecArray | null = null;
  MODIFIER.lastIndex = 0;
  for (let m = MODIFIER.exec(stretch); m; m = MODIFIER.exec(stretch)) last = m;
  if (!last) return null;
  const at = base + last.index;
  const between = masked.slice(at, cue);
  if (between.length > MAX_MODIFIER || /[,;:.!?"“”_()]/.test(between)) return null;
  const relative = /^who\b/i.test(last[0]);
  // "sources privy to the talks say the leaders insisted": a verb after the modifier starts the content, so the
  // cue is not this subject's. A relative clause has its own verb, but never a speech verb.
  if (relative ? SPEECH.test(between.slice(3)) : tag(masked, at, cue).some((t) => (t.pos === "VERB" || t.pos === "AUX") && !/ing$/.test(t.text))) return null;
  const noun = phraseBefore(masked, from, at);
  // "residents in Jupiter, Florida who were voting ...": a place before "who" is where the subject is from.
  if (!noun || noun.end < at - 1 || isPlaceName(masked.slice(noun.start, noun.end))) return null;
  return relative ? noun : { start: noun.start, end: cue - (between.length - between.trimEnd().length) };
}

const words = (list: string[]) => list.map((w) => w.split(" ").join("\\s+")).join("|");
/** "A news report published Wednesday said", "a court document filed Thursday says": a document and its participle. */
const DOCUMENT_PARTICIPLE = new RegExp(`\\b(?:${words(documents.heads)})(?=\\s+(?:${words(documents.participles)})\\b[^,;:.!?"“”_()—–]{0,60}$)`, "iu");

/**
 * The subject is a document with a participle after it ("A news report published Wednesday said C"): the speaker is
 * the document phrase before the participle, which reads the way the article names it ("A news report"). A verb in
 * the stretch after the participle means the cue is not this subject's ("a report released Monday shows officials
 * said").
 */
export function documentSubject(masked: string, from: number, cue: number): Span | null {
  const stretch = masked.slice(Math.max(from, cue - 120), cue);
  const m = DOCUMENT_PARTICIPLE.exec(stretch);
  if (!m) return null;
  const headEnd = cue - stretch.length + m.index + m[0].length;
  // "a statement released by the ministry said": the agent published it, and the speaker reader finds it.
  if (/\bby\b/iu.test(masked.slice(headEnd, cue)) || tag(masked, headEnd, cue).slice(1).some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  const noun = phraseBefore(masked, from, headEnd);
  return noun && noun.end >= headEnd - 1 ? noun : null;
}
