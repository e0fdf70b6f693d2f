import type { Candidate, Cue, Document } from "../pipeline/types.ts";
import { sentenceAt } from "./direct.ts";

// "PENCE: Well, look, ..." or "WALLACE: If I may ..." — a speaker label in capitals opens the paragraph.
const SPEAKER_LABEL = /^["“]?((?:\p{Lu}[\p{Lu}.'’-]+)(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;

/** Transcript paragraphs: each turn after a capitalised speaker label is a direct statement by that speaker. */
export function findTranscriptTurns(doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const p of doc.paragraphs) {
    if (p.start < doc.bodyStart) continue;
    const m = SPEAKER_LABEL.exec(doc.text.slice(p.start, Math.min(p.end, p.start + 60)));
    if (!m || m[1]!.length < 3) continue;
    const nameStart = p.start + m[0].indexOf(m[1]!);
    const start = p.start + m[0].length;
    let end = p.end;
    // The turn's own opening mark, if any, may close at the paragraph end; inner quotes keep theirs.
    const opener = doc.text[p.start];
    while (end > start && (/\s/.test(doc.text[end - 1]!) || (opener === '"' && doc.text[end - 1] === '"'))) end--;
    if (end - start < 10) continue;
    const sentence = sentenceAt(doc, start);
    const cue: Cue = { start: nameStart + m[1]!.length, end: nameStart + m[1]!.length + 1, form: "verb", word: ":", sentence, speaker: { start: nameStart, end: nameStart + m[1]!.length }, order: "before" };
    out.push({ start, end, kind: "direct", evidence: "quote-attributed", cue, inheritsFrom: null, sentence });
  }
  return out;
}
