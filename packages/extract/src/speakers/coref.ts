import type { Candidate, Document, Span } from "../pipeline/types.ts";
import type { SpeakerRef } from "../types.ts";
import { restoreApostrophes } from "../pipeline/apostrophes.ts";
import { SpeakerMemory } from "./memory.ts";
import { isRoleNoun } from "./lexicon.ts";
import { parseMention, type Mention } from "./mention.ts";
import { indexNames } from "./names.ts";
import { PronounResolver } from "./pronoun.ts";
import { resolveMention } from "./resolve-mention.ts";
import { clauseSubject } from "./subject.ts";

/** How a statement's speaker was found: what its confidence rests on. */
export type SpeakerPath =
  | "name" // a name of two words or more in the cue's own phrase ("Sergey Shoigu said")
  | "surname" // a one-word name, completed from the article ("Shoigu said")
  | "pronoun"
  | "description" // "the minister", "the Russian defense chief"
  | "body" // an organisation ("the Foreign Ministry")
  | "unnamed" // "a source", "officials"
  | "same-sentence" // a participle after another cue in its sentence ("said ..., adding ...")
  | "subject" // a subjectless cue's clause subject ("Trump escalated his attacks, saying ...")
  | "previous" // no phrase at all: the latest speaker
  | "inherited"; // a continuation of an earlier statement

export interface Resolution {
  speaker: SpeakerRef | null;
  path: SpeakerPath;
}

/**
 * Resolves every candidate's speaker phrase to a speaker, in text order: names to the fullest form in the article,
 * pronouns and descriptions ("he", "the minister", "the Russian defense chief") to who spoke before them, and
 * inherited statements (continuations) to the speaker they carry on. Candidates left without a speaker get null.
 */
export function resolveSpeakers(doc: Document, candidates: Candidate[]): Map<Candidate, Resolution> {
  const out = new Map<Candidate, Resolution>();
  if (candidates.length === 0) return out; // the article's name index is read only for someone to resolve
  const memory = new SpeakerMemory();
  const index = indexNames(doc.masked);
  const pronouns = new PronounResolver(doc, index);
  let previousCandidate: Candidate | null = null;
  const resolveSpan = (span: Span, sentence: number | null = null): Resolution => {
    const mention = parseMention(restoreApostrophes(doc.text.slice(span.start, span.end)));
    if (mention.pronoun === "plural" && sentence !== null) {
      // "State prosecutors charged the suspect, they said": "they" is the plural subject of its own sentence.
      const subject = clauseSubject(doc.masked, doc.sentences[sentence]!.start, span.start);
      const plural = subject ? parseMention(doc.text.slice(subject.start, subject.end)) : null;
      const head = plural?.name.split(" ").pop()?.toLowerCase() ?? "";
      if (subject && plural && plural.form === "group" && /s$/.test(head) && isRoleNoun(head)) return { speaker: resolveMention(plural, index, memory), path: "subject" };
    }
    const personal = mention.form === "pronoun" && (mention.pronoun === "male" || mention.pronoun === "female");
    const speaker = personal ? pronouns.resolve(span.start, memory) : resolveMention(mention, index, memory, span.start);
    return { speaker, path: pathOf(mention.form, mention.name, speaker) };
  };
  for (const c of candidates) {
    if (c.inheritsFrom) continue;
    const span = c.cue?.speaker;
    let resolved: Resolution;
    if (!span) {
      // A participle or coordinated cue ("..., adding that ...") speaks for the cue before it in the same sentence.
      // Otherwise it speaks for the subject of its clause ("Trump escalated his attacks, saying ...").
      const sameSentence = previousCandidate && previousCandidate.sentence === c.sentence ? out.get(previousCandidate)?.speaker : null;
      const subject = sameSentence || !c.cue ? null : clauseSubject(doc.masked, doc.sentences[c.cue.sentence]!.start, c.cue.start);
      const fromSubject = subject ? resolveSpan(subject).speaker : null;
      if (sameSentence) resolved = { speaker: sameSentence, path: "same-sentence" };
      else if (fromSubject) resolved = { speaker: fromSubject, path: "subject" };
      else resolved = { speaker: memory.previous, path: "previous" };
    } else resolved = resolveSpan(span, c.cue?.sentence ?? null);
    out.set(c, resolved);
    // Where the statement ends: a person its own content names ("X said Y had ...") is not who "he" means next.
    if (resolved.speaker) memory.remember(resolved.speaker, c.end);
    previousCandidate = c;
  }
  for (const c of candidates) {
    if (!c.inheritsFrom) continue;
    let source: Candidate = c.inheritsFrom;
    while (source.inheritsFrom) source = source.inheritsFrom;
    out.set(c, { speaker: out.get(source)?.speaker ?? null, path: "inherited" });
  }
  return out;
}

function pathOf(form: Mention["form"], written: string, speaker: SpeakerRef | null): SpeakerPath {
  if (form === "pronoun") return "pronoun";
  if (form === "description") return "description";
  if (speaker?.kind === "organisation") return "body";
  if (speaker?.kind === "unnamed" || form === "group") return "unnamed";
  return written.includes(" ") ? "name" : "surname";
}
