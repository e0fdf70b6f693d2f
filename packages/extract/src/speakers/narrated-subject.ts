import { restoreApostrophes } from "../pipeline/apostrophes.ts";
import type { Document } from "../pipeline/types.ts";
import { BODY_HEADS, isRoleNoun } from "./lexicon.ts";
import type { SpeakerMemory } from "./memory.ts";
import { parseMention, type Mention } from "./mention.ts";
import { isPlaceName } from "./place-name.ts";
import { clauseSubject } from "./subject.ts";

const PREPOSITION = /^(?:in|of|at|for|from|with|on|close|familiar)$/i;

/**
 * What "it" or "they" means when narration names it as a subject: the subject of the pronoun's own clause ("China
 * has pushed its pact, although it has said ..."), else that of the narration sentence right before, when no
 * statement came since ("Authorities in Sudan summoned the envoy. They said ...", "The Budget Office found ... It
 * said ..."). "It" takes a body or a place, "they" a plural source; null otherwise, for the speakers so far.
 */
export function narratedSubject(doc: Document, sentence: number, at: number, memory: SpeakerMemory, pronoun: "thing" | "plural"): Mention | null {
  const accepts = pronoun === "thing" ? isBodyOrPlace : isPluralSource;
  const own = subjectMention(doc, doc.sentences[sentence]!.start, at);
  if (own && accepts(own)) return own;
  const before = doc.sentences[sentence - 1];
  if (!before || (memory.previous && memory.lastSpokeAt(memory.previous) > before.start)) return null;
  const previous = subjectMention(doc, before.start, before.end);
  return previous && accepts(previous) ? previous : null;
}

function subjectMention(doc: Document, from: number, to: number): Mention | null {
  const subject = clauseSubject(doc.masked, from, to);
  return subject ? parseMention(restoreApostrophes(doc.text.slice(subject.start, subject.end))) : null;
}

/** "The Budget Office", "the company" (a body by description: its own resolution finds which), "China". */
function isBodyOrPlace(m: Mention): boolean {
  return ((m.form === "body" || m.form === "description") && m.kind === "organisation") || (m.form === "name" && !m.name.includes(" ") && isPlaceName(m.name));
}

/** "State prosecutors", "Authorities in Sudan", "Two automaker trade associations": a plural role or body heads it. */
function isPluralSource(m: Mention): boolean {
  if (m.form !== "group" && m.form !== "body") return false;
  const words = m.name.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && PREPOSITION.test(w));
  const head = (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).toLowerCase();
  return /s$/.test(head) && (isRoleNoun(head) || BODY_HEADS.has(head));
}
