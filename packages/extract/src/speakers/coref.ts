import type { Candidate, Document, Span } from "../pipeline/types.ts";
import type { SpeakerRef } from "../types.ts";
import { SpeakerMemory } from "./memory.ts";
import { parseMention } from "./mention.ts";
import { indexNames } from "./names.ts";
import { PronounResolver } from "./pronoun.ts";
import { resolveMention } from "./resolve-mention.ts";
import { clauseSubject } from "./subject.ts";

/**
 * Resolves every candidate's speaker phrase to a speaker, in text order: names to the fullest form in the article,
 * pronouns and descriptions ("he", "the minister", "the Russian defense chief") to who spoke before them, and
 * inherited statements (continuations) to the speaker they carry on. Candidates left without a speaker get null.
 */
export function resolveSpeakers(doc: Document, candidates: Candidate[]): Map<Candidate, SpeakerRef | null> {
  const out = new Map<Candidate, SpeakerRef | null>();
  const memory = new SpeakerMemory();
  const index = indexNames(doc.masked);
  const pronouns = new PronounResolver(doc, index);
  let previousCandidate: Candidate | null = null;
  const resolveSpan = (span: Span): SpeakerRef | null => {
    const mention = parseMention(doc.text.slice(span.start, span.end));
    const personal = mention.form === "pronoun" && (mention.pronoun === "male" || mention.pronoun === "female");
    return personal ? pronouns.resolve(span.start, memory) : resolveMention(mention, index, memory);
  };
  for (const c of candidates) {
    if (c.inheritsFrom) continue;
    const span = c.cue?.speaker;
    let ref: SpeakerRef | null;
    if (!span) {
      // A participle or coordinated cue ("..., adding that ...") speaks for the cue before it in the same sentence.
      // Otherwise it speaks for the subject of its clause ("Trump escalated his attacks, saying ...").
      const sameSentence = previousCandidate && previousCandidate.sentence === c.sentence ? out.get(previousCandidate) : null;
      const subject = sameSentence || !c.cue ? null : clauseSubject(doc.masked, doc.sentences[c.cue.sentence]!.start, c.cue.start);
      ref = sameSentence ?? (subject ? resolveSpan(subject) : null) ?? memory.previous;
    } else ref = resolveSpan(span);
    out.set(c, ref);
    if (ref) memory.remember(ref, c.start);
    previousCandidate = c;
  }
  for (const c of candidates) {
    if (!c.inheritsFrom) continue;
    let source: Candidate = c.inheritsFrom;
    while (source.inheritsFrom) source = source.inheritsFrom;
    out.set(c, out.get(source) ?? null);
  }
  return out;
}
