/**
 * "Ryan denounced Trump's comment, saying [it was unacceptable …]": a neutral participle that continues a stance
 * cue of the same sentence reports the words the speaker did it with, so the statement takes that cue's stance and
 * object (the guide's rule 1: the cue first). The earlier cue is read as if its clause ended at the comma before
 * the participle, so negation ("did not criticise Kyiv, saying …") and its object are read as for any cue.
 */
import type { Document } from "../pipeline/types.ts";
import { governingCue, type Governing, type Span } from "./cue.ts";
import { cueObject } from "./object.ts";
import { wordsOf } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

const PARTICIPLES = new Set(stanceWords.inheritParticiples);

export interface Inherited { cue: Governing; object: Span | null }

export function inheritedCue(doc: Document, cue: Governing | null, span: Span): Inherited | null {
  if (!cue || cue.stance !== "NEUTRAL" || cue.position !== "before" || !PARTICIPLES.has(cue.word.toLowerCase())) return null;
  // ", saying": the comma right before the participle ends the earlier cue's clause.
  const before = wordsOf(doc.masked, Math.max(0, cue.start - 3), cue.start);
  const comma = before[before.length - 1];
  if (comma?.key !== ",") return null;
  const earlier = governingCue(doc, { start: comma.start, end: comma.start });
  // "urged unions to strike, saying the issue was pay": what follows a demand explains it, and asks nothing more.
  if (!earlier || earlier.position !== "before" || earlier.stance === "NEUTRAL" || earlier.stance === "DEMANDS" || earlier.negated) return null;
  return { cue: earlier, object: cueObject(doc, earlier, { start: comma.start, end: span.end }) };
}
