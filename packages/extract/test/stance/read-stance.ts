// The stance stage on one statement of a text written for a test, as the pipeline calls it: shared by the stance
// test tables (stance, targets, objects).
import { findPlaces } from "../../src/places/index.ts";
import { readDocument } from "../../src/pipeline/document.ts";
import { readStance, type ArticleSpeaker } from "../../src/stance/index.ts";
import type { Stance } from "../../src/types.ts";

/** A table row: the rule it shows, the text, the statement within it, and the stance and target names expected. */
export type Case = [rule: string, text: string, statement: string, stance: Stance, targets: string[]];

/** Stance and targets of `statement`, found in `text`: target names and countries, and the targets whole. */
export function stanceOf(text: string, statement: string, speakers: ArticleSpeaker[] = []) {
  const start = text.indexOf(statement);
  if (start < 0) throw new Error(`not in the text: ${statement}`);
  const reading = readStance(readDocument(text, 0), { start, end: start + statement.length }, { placesOf: (p) => findPlaces(p, { context: text }).places, speakers });
  return { stance: reading.stance, targets: reading.targets.map((t) => t.name), countries: reading.targets.map((t) => t.countryCode), full: reading.targets };
}
