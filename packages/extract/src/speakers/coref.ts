import type { Candidate, Document, Span } from "../pipeline/types.ts";
import type { SpeakerRef } from "../types.ts";
import { restoreApostrophes } from "../pipeline/apostrophes.ts";
import { SpeakerMemory } from "./memory.ts";
import { parseMention, type Mention } from "./mention.ts";
import { indexNames, type NameIndex } from "./names.ts";
import { PronounResolver } from "./pronoun.ts";
import { resolveMention, type StatementPlace } from "./resolve-mention.ts";
import { clauseSubject } from "./subject.ts";
import { narratedSubject } from "./narrated-subject.ts";
import { isDemonymWord } from "./affiliation.ts";
import { publisherOf } from "./publisher.ts";
import { BODY_HEADS } from "./lexicon.ts";

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
  const reader: SpanReader = { doc, memory, index, pronouns };
  for (const c of candidates) {
    if (c.inheritsFrom) continue;
    const span = c.cue?.speaker;
    let resolved: Resolution;
    if (!span) {
      // A participle or coordinated cue ("..., adding that ...") speaks for the cue before it in the same sentence.
      // Otherwise it speaks for the subject of its clause ("Trump escalated his attacks, saying ...").
      const sameSentence = previousCandidate && previousCandidate.sentence === c.sentence ? out.get(previousCandidate)?.speaker : null;
      const subject = sameSentence || !c.cue ? null : clauseSubject(doc.masked, doc.sentences[c.cue.sentence]!.start, c.cue.start);
      const fromSubject = subject ? resolveSpan(reader, subject).speaker : null;
      if (sameSentence) resolved = { speaker: sameSentence, path: "same-sentence" };
      else if (fromSubject) resolved = { speaker: fromSubject, path: "subject" };
      else resolved = { speaker: memory.previous, path: "previous" };
    } else {
      // "X issued a statement calling ...": the document's publisher speaks.
      const publisher = c.cue ? publisherOf(doc, span, c.cue.sentence) : null;
      const where = c.cue ? { content: c, sentenceStart: doc.sentences[c.cue.sentence]!.start } : null;
      resolved = resolveSpan(reader, publisher ?? span, c.cue?.sentence ?? null, where);
    }
    if (resolved.speaker && speaksOfItself(doc, c, resolved.speaker, index)) resolved = { speaker: { ...resolved.speaker, kind: "organisation" }, path: "body" };
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

/** What reading a speaker phrase needs of the article (a plain object: a closure per article costs a call under tsx's keepNames). */
interface SpanReader { doc: Document; memory: SpeakerMemory; index: NameIndex; pronouns: PronounResolver }

/** The speaker a phrase names; `sentence`, when given, lets "they" and "it" be read as the narrated subject. */
function resolveSpan({ doc, memory, index, pronouns }: SpanReader, span: Span, sentence: number | null = null, where: StatementPlace | null = null): Resolution {
  const mention = parseMention(restoreApostrophes(doc.text.slice(span.start, span.end)));
  // "State prosecutors charged the suspect, they said", "Authorities in Sudan summoned the envoy. They said":
  // "they" and "it" are a plural source or a body that narration names as a subject, when it does.
  if ((mention.pronoun === "plural" || mention.pronoun === "thing") && sentence !== null) {
    const subject = narratedSubject(doc, sentence, span.start, memory, mention.pronoun);
    if (subject) return { speaker: resolveMention(subject, index, memory), path: mention.pronoun === "plural" ? "subject" : "pronoun" };
  }
  const personal = mention.form === "pronoun" && (mention.pronoun === "male" || mention.pronoun === "female");
  const speaker = personal ? pronouns.resolve(span.start, memory, mention.pronoun === "male" || mention.pronoun === "female" ? mention.pronoun : null) : resolveMention(mention, index, memory, span.start, where);
  // "the American", "the 52-year-old", "the Mallorcan": a description by origin or age that matches no speaker
  // stands for a person just named, as "he" would ("Roddick lost both singles. "It's tough," said the American").
  const unresolved = speaker?.name === mention.name && (mention.form === "description" ? speaker.kind === "unnamed" : mention.form === "body");
  if (unresolved && isOriginOrAge(mention.name)) {
    const named = pronouns.resolve(span.start, memory);
    if (named) return { speaker: named, path: "description" };
  }
  return { speaker, path: pathOf(mention.form, mention.name, speaker) };
}

/** "the American", "the Mallorcan", "the 52-year-old": the + an origin word or an age, nothing else. */
function isOriginOrAge(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length !== 2 || words[0]!.toLowerCase() !== "the") return false;
  const word = words[1]!;
  // A singular demonym ("the American"), not a people ("the Russians") nor a place ("the Vatican").
  return /^\d{1,3}-year-old$/.test(word) || (isDemonymWord(word) && !/s$/.test(word));
}

function pathOf(form: Mention["form"], written: string, speaker: SpeakerRef | null): SpeakerPath {
  if (form === "pronoun") return "pronoun";
  if (form === "description") return "description";
  if (speaker?.kind === "organisation") return "body";
  if (speaker?.kind === "unnamed" || form === "group") return "unnamed";
  return written.includes(" ") ? "name" : "surname";
}

/**
 * "Absa has said it is still in talks", "Nestle said that it had enjoyed …": a one-word name that the article never
 * gives a first name or title for, reporting about itself as "it", is a company or body, not a person.
 */
function speaksOfItself(doc: Document, c: Candidate, speaker: SpeakerRef, index: NameIndex): boolean {
  if (speaker.kind !== "person" || speaker.name.includes(" ") || c.kind !== "indirect") return false;
  // "retail bank Absa", "drugmaker GSK": a title that is a body noun says so without "it".
  const titleHead = speaker.title?.split(/\s+/).pop()?.toLowerCase();
  if (titleHead && BODY_HEADS.has(titleHead)) return true;
  if (speaker.title || index.byLast.has(speaker.name.toLowerCase())) return false;
  return /^(?:that\s+)?it(?:s)?\s/i.test(doc.text.slice(c.start, c.start + 12));
}
