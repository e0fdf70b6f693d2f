import fitted from "../lexicons/speaker-confidence.json" with { type: "json" };
import type { Resolution, SpeakerPath } from "../speakers/coref.ts";
import type { Candidate, Evidence } from "./types.ts";

/**
 * Confidence is the chance that the statement's speaker is right, read off how the speaker was found (its path) and
 * its speech evidence. The figures are fitted by `npm run train` (scripts/train.ts): speaker accuracy per
 * path|evidence cell on the tuning sets (PolNeAR train and news-dev), shrunk towards the path's accuracy and that
 * towards the priors below, so a rare cell cannot claim certainty. A path or evidence the fit never saw falls back
 * to the priors: hand-set figures (December 2026) from the same sets.
 */
export const PRIORS: Record<SpeakerPath, number> = {
  name: 0.95,
  surname: 0.88,
  body: 0.87,
  unnamed: 0.86,
  "same-sentence": 0.86,
  subject: 0.8,
  inherited: 0.75,
  pronoun: 0.74,
  description: 0.6,
  previous: 0.3,
};

/** Weaker speech evidence lowers an unfitted figure: label lines ("Smith: ...") and quotes with no cue of their own. */
const BY_EVIDENCE: Record<Evidence, number> = {
  "quote-attributed": 0,
  "reported-that": 0,
  reported: 0,
  according: -0.02,
  partial: -0.02,
  continuation: 0,
  label: -0.08,
  "quote-adjacent": -0.12,
};

const cells: Record<string, number | undefined> = fitted.cells;
const paths: Record<string, number | undefined> = fitted.paths;

/** Confidence in [0, 1] that the statement is speech by its speaker. */
export function confidenceOf(c: Candidate, resolved: Resolution): number {
  if (!resolved.speaker) return 0;
  const cell = cells[`${resolved.path}|${c.evidence}`];
  const score = cell ?? (paths[resolved.path] ?? PRIORS[resolved.path]) + BY_EVIDENCE[c.evidence];
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
