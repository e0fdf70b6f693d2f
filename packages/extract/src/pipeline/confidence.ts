import type { SpeakerRef } from "../types.ts";
import type { Candidate, Evidence } from "./types.ts";

/** How much each kind of evidence says that the span is speech by the cue's speaker. */
const BY_EVIDENCE: Record<Evidence, number> = {
  "quote-attributed": 0.92,
  "reported-that": 0.86,
  according: 0.85,
  partial: 0.84,
  reported: 0.74,
  label: 0.7,
  "quote-adjacent": 0.65,
  continuation: 0.66,
};

/** Confidence in [0, 1]: the cue's evidence, lowered when the speaker came from a pronoun or stayed unnamed. */
export function confidenceOf(c: Candidate, speaker: SpeakerRef | null, viaPronoun: boolean): number {
  let score = BY_EVIDENCE[c.evidence];
  if (!speaker) score -= 0.3;
  else if (speaker.kind === "unnamed") score -= 0.08;
  if (viaPronoun) score -= 0.05;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
