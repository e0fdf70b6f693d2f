import type { Candidate, Document } from "../pipeline/types.ts";
import type { SpeakerRef } from "../types.ts";
import { affiliationCountry } from "./affiliation.ts";
import { TITLE_WORDS, isRoleNoun, singular } from "./lexicon.ts";
import { parseMention } from "./mention.ts";
import type { Mention } from "./mention.ts";
import { indexNames } from "./names.ts";
import type { KnownName, NameIndex } from "./names.ts";

const STOP = new Set(["the", "a", "an", "of", "and", "for"]);

/**
 * Resolves every candidate's speaker phrase to a speaker, in text order: names to the fullest form in the article,
 * pronouns and descriptions ("he", "the minister", "the Russian defense chief") to the person speaking before
 * them, and inherited statements to the speaker they carry on. Candidates left without a speaker get null.
 */
export function resolveSpeakers(doc: Document, candidates: Candidate[]): Map<Candidate, SpeakerRef | null> {
  const out = new Map<Candidate, SpeakerRef | null>();
  let index: NameIndex | null = null;
  const lastSpokeAt = new Map<SpeakerRef, number>();
  const people: SpeakerRef[] = [];
  const history: SpeakerRef[] = [];
  let lastBody: SpeakerRef | null = null;
  let previous: SpeakerRef | null = null;
  const own = candidates.filter((c) => !c.inheritsFrom);
  for (const c of own) {
    const phrase = c.cue?.speaker ? doc.text.slice(c.cue.speaker.start, c.cue.speaker.end) : null;
    let ref: SpeakerRef | null;
    if (!phrase) ref = previousInSentence(out, own, c) ?? previous;
    else {
      const mention = parseMention(phrase);
      index ??= indexNames(doc.masked);
      if (mention.form === "pronoun" && (mention.pronoun === "male" || mention.pronoun === "female")) {
        ref = resolvePersonPronoun(doc, c.cue!.speaker!.start, index, people, lastSpokeAt);
      } else ref = resolveMention(mention, index.byLast, people, lastBody, history);
    }
    out.set(c, ref);
    if (ref) lastSpokeAt.set(ref, c.start);
    if (ref) {
      previous = ref;
      const seen = history.indexOf(ref);
      if (seen >= 0) history.splice(seen, 1);
      history.push(ref);
      if (ref.kind === "person" || isOneUnnamedPerson(ref)) {
        const at = people.findIndex((p) => p.name === ref!.name);
        if (at >= 0) people.splice(at, 1);
        people.push(ref);
      } else lastBody = ref;
    }
  }
  for (const c of candidates) {
    if (!c.inheritsFrom) continue;
    let source: Candidate | null = c.inheritsFrom;
    while (source?.inheritsFrom) source = source.inheritsFrom;
    out.set(c, source ? out.get(source) ?? null : null);
  }
  return out;
}

function resolveMention(m: Mention, names: Map<string, KnownName> | null, people: SpeakerRef[], lastBody: SpeakerRef | null, history: SpeakerRef[]): SpeakerRef | null {
  if (m.form === "pronoun") {
    if (m.pronoun === "male" || m.pronoun === "female") return people[people.length - 1] ?? null;
    if (m.pronoun === "thing") return lastBody;
    return lastBody ?? people[people.length - 1] ?? null;
  }
  if (m.form === "description") {
    // With no earlier speaker sharing its words, an office ("the minister") still means the latest person, but a
    // plain role ("the trader") is someone new, named by its own wording.
    const head = m.name.toLowerCase().split(/\s+/).pop()!;
    const office = TITLE_WORDS.has(head);
    const fallback = m.kind === "organisation" ? lastBody : office ? people[people.length - 1] ?? null : null;
    return matchDescription(m, history) ?? fallback ?? { name: m.name, title: null, kind: "unnamed", countryCode: affiliationCountry(m.name) };
  }
  if (m.form === "name") {
    const last = m.name.split(" ").pop()!.toLowerCase();
    const exact = names?.get(last);
    const typo = exact || m.name.includes(" ") ? undefined : misspelt(last, names);
    const known = exact ?? typo;
    const full = typo ?? (known && known.name.length > m.name.length && known.name.endsWith(m.name) ? known : null);
    const earlier = people.find((p) => p.name.toLowerCase().endsWith(last));
    const name = full?.name ?? (earlier && earlier.name.length > m.name.length ? earlier.name : m.name);
    const title = m.title ?? earlier?.title ?? full?.title ?? known?.title ?? null;
    return { name, title, kind: "person", countryCode: affiliationCountry(title) };
  }
  return { name: m.name, title: null, kind: m.kind, countryCode: affiliationCountry(m.name) };
}

/**
 * "the Russian defense chief" → the latest speaker whose title or wording shares the most words with it;
 * the head noun counts double ("the banker" → "a foreign banker close to the talks").
 */
function matchDescription(m: Mention, history: SpeakerRef[]): SpeakerRef | null {
  const words = m.name.toLowerCase().split(/\s+/).filter((w) => !STOP.has(w)).map(singular);
  const head = words[words.length - 1]!;
  let best: SpeakerRef | null = null;
  let bestScore = 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const ref = history[i]!;
    if ((ref.kind === "organisation") !== (m.kind === "organisation")) continue;
    const known = new Set(`${ref.title ?? ""} ${ref.name}`.toLowerCase().split(/[\s,]+/).map(singular));
    let score = 0;
    for (const w of words) if (known.has(w)) score += w === head ? 2 : 1;
    if (score > bestScore) { best = ref; bestScore = score; }
  }
  return best;
}

/**
 * "he"/"she": the latest person speaker, unless a person named in the narration since then is nearer
 * ("Mrs. Moore was anxious. ... "It never crossed my mind," she said").
 */
function resolvePersonPronoun(doc: Document, at: number, index: NameIndex, people: SpeakerRef[], lastSpokeAt: Map<SpeakerRef, number>): SpeakerRef | null {
  const speaker = people[people.length - 1] ?? null;
  const spokeAt = speaker ? lastSpokeAt.get(speaker) ?? -1 : -1;
  let mention: NameIndex["mentions"][number] | null = null;
  for (const m of index.mentions) {
    if (m.start >= at) break;
    mention = m;
  }
  if (!mention || mention.start < spokeAt) return speaker;
  if (speaker && speaker.name === mention.name.name) return speaker;
  if (speaker && paragraphOf(doc, spokeAt) >= paragraphOf(doc, at) - 1) return speaker;
  const title = mention.name.title;
  return { name: mention.name.name, title, kind: "person", countryCode: affiliationCountry(title) };
}

function paragraphOf(doc: Document, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Wire copy misspells surnames ("Schelsinger" for "Schlesinger"): a lone surname with no exact match takes the
 * known full name whose last word is one or two letter edits away (same initial, six letters or more).
 */
function misspelt(surname: string, names: Map<string, KnownName> | null): KnownName | undefined {
  if (!names || surname.length < 6) return undefined;
  for (const [key, known] of names) {
    if (key[0] === surname[0] && Math.abs(key.length - surname.length) <= 2 && editDistance(key, surname) <= 2) return known;
  }
  return undefined;
}

/** Optimal string alignment distance (edits and adjacent swaps), enough for short names. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** "A Western diplomat", "one portfolio manager": an unnamed single person that "he" or "she" can refer to. */
function isOneUnnamedPerson(ref: SpeakerRef): boolean {
  if (ref.kind !== "unnamed" || !/^(?:a|an|one|another)\s/i.test(ref.name)) return false;
  const words = ref.name.split(/\s+/);
  // The head is the last role noun before any prepositional phrase: "an economist at a U.S. securities house".
  return words.some((w) => isRoleNoun(w) && singular(w.toLowerCase()) === w.toLowerCase());
}

/** A participle ("..., adding that ...") speaks for the cue before it in the same sentence. */
function previousInSentence(out: Map<Candidate, SpeakerRef | null>, own: Candidate[], c: Candidate): SpeakerRef | null {
  const i = own.indexOf(c);
  const prev = own[i - 1];
  return prev && prev.sentence === c.sentence ? out.get(prev) ?? null : null;
}
