/**
 * Stance and targets of one statement (packages/extract/eval/stance-guide.md): the stance its cue carries
 * ("accused Kyiv of …" CRITICISES Kyiv), else the one its own words carry ("we hope our partners will …" DEMANDS),
 * else NEUTRAL. Pure: the article's document, the statement's span, and the place finder and speakers it is given.
 */
import type { Document } from "../pipeline/types.ts";
import type { Stance, TargetRef } from "../types.ts";
import { clauseSubject, selfSubject, speakerCountries } from "./clause-subject.ts";
import { claimant, cueObject } from "./object.ts";
import { contentStance } from "./content.ts";
import { bareLabel } from "./label.ts";
import { governingCue, type Span } from "./cue.ts";
import { inheritedCue } from "./inherit.ts";
import { demandObject, threatObject } from "./demand-object.ts";
import { warnedActor } from "./condition.ts";
import { toTargets, type TargetContext } from "./targets.ts";
import { wordsOf } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export type { ArticleSpeaker, TargetContext } from "./targets.ts";
export interface StanceReading { stance: Stance; targets: TargetRef[] }

export function readStance(doc: Document, span: Span, context: TargetContext): StanceReading {
  const cue = governingCue(doc, span);
  // "denounced Trump's comment, saying …": the participle's statement is what the earlier cue did.
  const inherited = inheritedCue(doc, cue, span);
  if (inherited) {
    const { cue: earlier } = inherited;
    const object = earlier.stance === "DENIES" ? claimant(doc, earlier, span) : inherited.object;
    const content = object ? null : contentStance(doc, span);
    const target = object ?? (content?.stance === earlier.stance ? content.target : null);
    return { stance: earlier.stance, targets: target ? toTargets(doc.text, target, context) : [] };
  }
  let stance: Stance = "NEUTRAL";
  let target: Span | null = null;
  if (cue && cue.stance !== "NEUTRAL") {
    if (!cue.negated) {
      stance = cue.stance;
      target = stance === "DENIES" ? claimant(doc, cue, span) : cueObject(doc, cue, span) ?? demandObject(doc, cue, span) ?? threatObject(doc, cue, span);
      // "proposed: 'I request all the presidents … to …'": a cue with no object of its own, words that name one.
      if (!target) {
        const content = contentStance(doc, span);
        if (content?.stance === stance) target = content.target;
      }
      if (!target && stance === "WARNS") target = warnedActor(doc, span);
      // "warned that the U.S. and Japan were …": the names the clause opens with, less the speaker's own country.
      const subject = target ? null : clauseSubject(doc, cue, span);
      if (subject) {
        const own = speakerCountries(doc, cue, context);
        return { stance, targets: toTargets(doc.text, subject, context).filter((t) => !t.countryCode || !own.has(t.countryCode)) };
      }
    } else if (cue.stance === "SUPPORTS") {
      // "did not back the plan": opposition (the guide's rule 4); any other negated cue leaves the statement neutral.
      stance = "CRITICISES";
      target = cueObject(doc, { ...cue, negated: false }, span);
    }
  } else if (!cue?.negated && !(cue && indirectQuestion(doc, cue, span))) {
    const content = contentStance(doc, span, selfSubject(doc, cue, span, context))
      ?? (cue?.label && bareLabel(doc, span) ? { stance: "CRITICISES" as const, target: null } : null);
    if (content) {
      stance = content.stance;
      // "called the stabbing 'an act of barbarity'": a label cue's object is what the words judge.
      // A pronoun object ("called it …") is a guess that a phrase the words judge beats.
      const object = cue?.label ? cueObject(doc, cue, span) : null;
      target = object && !object.resolved ? object : content.target ?? object;
    }
  }
  if (stance === "NEUTRAL") return { stance, targets: [] };
  return { stance, targets: target ? toTargets(doc.text, target, context) : [] };
}

const QUESTION_CUES = new Set(stanceWords.indexQuestionCues);
const QUESTION_OPENERS = new Set(stanceWords.indexQuestionOpeners);
/**
 * "asked whether [the rebels were behind the attack]": a question reported, which asks for information and takes
 * no stance (the guide's rule 6), whatever its words would say as an assertion.
 */
function indirectQuestion(doc: Document, cue: NonNullable<ReturnType<typeof governingCue>>, span: Span): boolean {
  if (cue.position !== "before" || !QUESTION_CUES.has(cue.word.toLowerCase())) return false;
  const between = wordsOf(doc.text, cue.end, span.start);
  const first = wordsOf(doc.text, span.start, Math.min(span.end, span.start + 40))[0];
  return between.length <= 4 && [...between, ...(first ? [first] : [])].some((w) => QUESTION_OPENERS.has(w.key));
}
