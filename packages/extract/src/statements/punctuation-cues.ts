import type { Cue, Document } from "../pipeline/types.ts";
import { phraseAfter } from "../speakers/phrase-after.ts";
import { phraseBefore } from "../speakers/phrase-before.ts";
import { sentenceAt } from "./direct.ts";

const NAME_END = /\p{Lu}[\p{L}\p{N}.'’-]*\)?$/u;
const DASH_AFTER = /^[ \t]*(?:—|–|--?)[ \t]*/u;

/**
 * Cues made of punctuation beside a quotation: a colon lead-in ("Republican pollster Daron Shaw: "…"") and a dash
 * signature after it (""…" —Donald Trump"). The speaker must be a name, so a colon after narration ("The message was
 * clear: "…"") is not a cue. Both only attach a quotation; they report no clause of their own.
 */
export function punctuationCues(doc: Document, verbCues: Cue[]): Cue[] {
  const out: Cue[] = [];
  const { masked, text } = doc;
  let v = 0;
  for (const quote of doc.quotes) {
    if (quote.open < doc.bodyStart) continue;
    const colon = /:[ \t]*$/.exec(masked.slice(Math.max(0, quote.open - 4), quote.open));
    if (colon) {
      const at = quote.open - colon[0].length;
      const s = sentenceAt(doc, at);
      const from = Math.max(doc.sentences[s]!.start, doc.bodyStart);
      while (v < verbCues.length && verbCues[v]!.end <= at) v++;
      // "Khan said: "…"" already has its cue.
      const verbBefore = v > 0 && verbCues[v - 1]!.sentence === s;
      const speaker = verbBefore || at <= from ? null : phraseBefore(masked, from, at);
      if (speaker && NAME_END.test(text.slice(speaker.start, speaker.end))) {
        out.push({ start: at, end: at + 1, form: "verb", word: ":", sentence: s, speaker, order: "before" });
      }
    }
    if (!quote.closed) continue;
    const dash = DASH_AFTER.exec(masked.slice(quote.close, quote.close + 6));
    if (!dash || dash[0].trim() === "-" && !/\s/.test(dash[0])) continue;
    const at = quote.close + dash[0].length;
    const s = sentenceAt(doc, at);
    const sentenceEnd = doc.sentences[s]!.end;
    const speaker = phraseAfter(masked, at, sentenceEnd);
    if (!speaker || !/^\p{Lu}/u.test(text.slice(speaker.start, speaker.end))) continue;
    if (!/^[\s.,;)]*(?:\(|$)/u.test(masked.slice(speaker.end, Math.min(sentenceEnd, speaker.end + 40)))) continue;
    out.push({ start: quote.close + dash[0].indexOf(dash[0].trim()[0]!), end: at, form: "verb", word: "—", sentence: s, speaker, order: "after" });
  }
  return out;
}
