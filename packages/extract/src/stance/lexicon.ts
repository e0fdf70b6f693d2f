/**
 * The stance lexicon (lexicons/stance.json) compiled for lookup, beside the speech verbs the statement finder uses,
 * which here only mark where a neutral cue governs a statement ("said" standing between a "warned" and it).
 */
import data from "../lexicons/stance.json" with { type: "json" };
import speech from "../lexicons/speech-verbs.json" with { type: "json" };
import type { Stance } from "../types.ts";
import { PhraseSet } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export type Active = Exclude<Stance, "NEUTRAL">;
/** When a statement's content does several things, the first of these it does is its stance (the guide's rule 3). */
export const PRECEDENCE: Active[] = ["DEMANDS", "WARNS", "DENIES", "CRITICISES", "SUPPORTS"];

export interface CueEntry {
  stance: Stance;
  /** Whether the cue's object is whom the stance aims at ("urged both sides to") or what is asked ("called for talks"). */
  takesObject: boolean;
  /** "called the deal a betrayal", "described it as": neutral, but its object is the target of what the words say. */
  label: boolean;
}

const withoutObject = new Set(data.withoutObject);
const labelVerbs = new Set([...speech.labelVerbs, ...stanceWords.labelOnlyInStance]);
const TO = " …to";

function compile(): { cues: Map<string, CueEntry>; withTo: Map<string, CueEntry> } {
  const cues = new Map<string, CueEntry>();
  const withTo = new Map<string, CueEntry>();
  const complements = Object.entries(speech.complementVerbs).filter(([key]) => !key.startsWith("$")).flatMap(([, forms]) => forms as string[]);
  for (const word of [...speech.verbs, ...speech.participles, ...speech.labelVerbs, ...speech.objectVerbs, ...complements, "according to"]) {
    cues.set(word, { stance: "NEUTRAL", takesObject: labelVerbs.has(word), label: labelVerbs.has(word) });
  }
  for (const [stance, words] of Object.entries(data.cues) as [Active, string[]][]) {
    for (const entry of words) {
      // "asked Y to" demands; "asked" alone is a question and stays a neutral cue.
      if (entry.endsWith(TO)) withTo.set(entry.slice(0, -TO.length), { stance, takesObject: true, label: false });
      else cues.set(entry, { stance, takesObject: !withoutObject.has(entry), label: false });
    }
  }
  return { cues, withTo };
}

const compiled = compile();
/** Reporting verbs: neutral ones (said, told) and those with a stance (accused, urged). */
export const CUES = new PhraseSet<CueEntry>(compiled.cues);
/** The "Y to" readings of verbs that are neutral alone ("asked Y to", "told Y to"). */
export const CUES_WITH_TO = compiled.withTo;
const pairs = (lists: Record<string, string[]>) =>
  Object.entries(lists).flatMap(([stance, words]) => words.map((w) => [w, stance as Active] as [string, Active]));
export const CUE_NOUNS = new PhraseSet<Active>(pairs(data.cueNouns));
export const NEGATORS = new PhraseSet<true>(data.negators.map((w) => [w, true] as [string, true]));
export const CONTENT = new PhraseSet<Active>(pairs(data.content));
export const CONDEMNING_LABELS = new PhraseSet<true>(data.condemningLabels.map((w) => [w, true] as [string, true]));
export const IMPORTANCE = new Set(data.importance);
export const PRAISE = new Set(data.praise);
export const REPROACH = new Set(data.reproach);
/** Verbs that report speech: inside a statement, what follows one is someone else's words. */
export const REPORTING = new Set([...speech.verbs, ...speech.participles, ...speech.labelVerbs].filter((w) => !speech.nounLikeVerbs.includes(w)));
/** "we do not support", "will never back": opposition (the guide's rule 4). */
export const SUPPORT_VERBS = new Set(stanceWords.supportVerbs);
/** "has shown her ability": the verbs and the merits of praise for what someone showed (stance/praise.ts). */
export const SHOWN = new Set(data.shown);
export const MERITS = new Set(data.merits);
/** What one is blamed for when one is "responsible for" it (stance/blame.ts). */
export const HARMS = new Set(data.harms);
/** Verbs that open a command, the only sentence openers worth tagging to find an imperative (stance/appeal.ts). */
export const IMPERATIVES = new Set(data.imperatives);
