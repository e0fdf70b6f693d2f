import type { Document } from "../pipeline/types.ts";
import type { SpeakerRef } from "../types.ts";
import { affiliationCountry } from "./affiliation.ts";
import type { SpeakerMemory } from "./memory.ts";
import type { KnownName, NameIndex } from "./names.ts";
import { tag } from "./tagger.ts";
import { GenderEvidence, type Gender } from "./gender.ts";

const NEAR = 150;
/** Tags a subject's own noun phrase is made of. */
const NOUN_PHRASE = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"]);

type NameMention = NameIndex["mentions"][number];
/**
 * "he"/"she": the latest person speaker, unless a person named in the narration since then is nearer and the
 * speaker last spoke more than a paragraph ago ("Rakeyia Scott filmed it. ... "Don't shoot him," she says"). A person
 * named as its sentence's subject counts over one the same sentence names as an object ("Nair defended her decision
 * to cast Witherspoon as Becky Sharp. "...," she said": Nair). Calls come in text order, so a cursor walks the name mentions once.
 */
export class PronounResolver {
  private cursor = 0;

  private readonly genders: GenderEvidence;

  constructor(private readonly doc: Document, private readonly index: NameIndex) {
    this.genders = new GenderEvidence(doc.masked);
  }

  /**
   * The person "he" or "she" at `at` means. When the reading below lands on a person the article marks as of the
   * other gender ("Mr Oaten", "spokeswoman Jane Holt"), the nearest person who may be of the pronoun's gender
   * takes it: a name in the paragraph before the pronoun (its sentence's subject first), else the latest speaker.
   */
  resolve(at: number, memory: SpeakerMemory, gender: Gender | null = null): SpeakerRef | null {
    const first = this.read(at, memory);
    // The pronouns read so far are not taken as evidence: one misread "she" then misleads every later "he".
    if (!gender || !first || !this.conflicts(first, gender)) return first;
    return this.nearestOf(at, memory, gender) ?? first;
  }

  private conflicts(ref: SpeakerRef, gender: Gender): boolean {
    const known = this.genders.of(ref);
    return known !== null && known !== gender;
  }

  private nearestOf(at: number, memory: SpeakerMemory, gender: Gender): SpeakerRef | null {
    const mentions = this.index.mentions;
    const paragraph = this.paragraphOf(at);
    let fallback: SpeakerRef | null = null;
    for (let k = this.cursor - 1; k >= 0 && this.paragraphOf(mentions[k]!.start) >= paragraph - 1; k--) {
      const ref = this.named(mentions[k]!.name);
      if (this.conflicts(ref, gender)) continue;
      if (this.isSubject(mentions[k]!)) return ref;
      fallback ??= ref;
    }
    return fallback ?? memory.recentPeople().find((p) => !this.conflicts(p, gender)) ?? null;
  }

  private read(at: number, memory: SpeakerMemory): SpeakerRef | null {
    const mentions = this.index.mentions;
    while (this.cursor < mentions.length && mentions[this.cursor]!.start < at) this.cursor++;
    const speaker = memory.latestPerson();
    const spokeAt = speaker ? memory.lastSpokeAt(speaker) : -1;
    const latest = mentions[this.cursor - 1];
    if (!latest || latest.start < spokeAt) return speaker;
    // Of the people the latest sentence that names any (since the speaker spoke) names, its subject.
    const sentence = this.sentenceOf(latest.start);
    let pick = latest;
    for (let k = this.cursor - 1; k >= 0 && mentions[k]!.start >= spokeAt && this.sentenceOf(mentions[k]!.start) === sentence; k--) {
      if (this.isSubject(mentions[k]!)) { pick = mentions[k]!; break; }
    }
    // A person named just before the pronoun, in the same stretch of narration, is who it means
    // ("Labour Minister Ghazi al-Gosaibi caused uproar when he said ...").
    if (at - latest.start < NEAR && !/[.!?]["”’]?\s/.test(this.doc.masked.slice(latest.start, at))) return this.named(pick.name);
    // "Piers Freelove is a benefit officer. He said: ...": the subject of the sentence right before, after the
    // latest speaker spoke.
    if ((pick !== latest || this.isSubject(latest)) && !this.pronounSubject(sentence)) {
      if (pick.start > spokeAt && this.sentenceOf(pick.start) >= this.sentenceOf(at) - 1) return this.named(pick.name);
    }
    // "But Lawson rejected that. Rather, he said ...": a person named in the pronoun's own paragraph, after the
    // latest speaker spoke, is who it means.
    const paragraph = this.paragraphOf(at);
    // "She was also married to X, Y and Z. She said …": names an earlier "he"/"she" governs are its objects, and the
    // pronoun carries on from that subject, not to them.
    if (this.paragraphOf(pick.start) === paragraph && this.paragraphOf(spokeAt) < paragraph && !this.pronounSubject(sentence)) return this.named(pick.name);
    if (speaker && (speaker.name === latest.name.name || this.paragraphOf(spokeAt) >= paragraph - 1)) return speaker;
    return this.named(pick.name);
  }

  /**
   * Whether a name stands where its sentence's subject does, by part-of-speech tags: only nouns, adjectives,
   * determiners and names between it and the sentence start, a comma or a conjunction ("Nair also defended ...",
   * "On Monday, Nair said", "Obama consultant Cornell Belcher"); not after a verb or a preposition ("to cast Witherspoon
   * as Becky Sharp"), and not a modifier of a common noun ("The Sydney Olympic gold medallist").
   */
  private isSubject(m: NameMention): boolean {
    let known = this.subjects.get(m.start);
    if (known === undefined) this.subjects.set(m.start, (known = this.readSubject(m)));
    return known;
  }

  /** Tagging is the costly part, so each mention is read once per article. */
  private readonly subjects = new Map<number, boolean>();

  private readSubject(m: NameMention): boolean {
    const sentence = this.doc.sentences[this.sentenceOf(m.start)]!;
    const nameEnd = this.doc.masked.indexOf(m.name.name.split(" ").pop()!, m.start);
    const to = Math.min(sentence.end, (nameEnd < 0 ? m.start : nameEnd) + 40);
    const tokens = tag(this.doc.masked, Math.max(sentence.start, m.start - 120), to);
    const first = tokens.findIndex((t) => t.start >= m.start);
    if (first < 0) return false;
    let after = first;
    while (after < tokens.length && tokens[after]!.pos === "PROPN") after++;
    while (after < tokens.length && tokens[after]!.pos === "ADV") after++;
    const next = tokens[after];
    if (next && (next.pos === "NOUN" || next.pos === "ADJ")) return false;
    for (let k = first - 1; k >= 0; k--) {
      const t = tokens[k]!;
      // "Then Nair said", "But later Nair said": an adverb may stand before the subject, as may a clause opener.
      if (NOUN_PHRASE.has(t.pos) || t.pos === "ADV" || t.text === "-") continue;
      // After a comma only when a verb follows ("On Monday, Nair said"), not an apposition ("the president, X").
      if (t.text === "," || t.text === "—" || t.text === "(") return next !== undefined && (next.pos === "VERB" || next.pos === "AUX");
      return t.pos === "CCONJ" || t.pos === "SCONJ" || (t.pos === "PUNCT" && /^[;:]$/.test(t.text));
    }
    return true;
  }

  /** Whether a sentence opens with "he" or "she" as its subject. */
  private pronounSubject(sentence: number): boolean {
    const { start } = this.doc.sentences[sentence]!;
    return /^\s*(?:He|She)\s/.test(this.doc.masked.slice(start, start + 5));
  }

  private named(name: KnownName): SpeakerRef {
    return { name: name.name, title: name.title, kind: "person", countryCode: affiliationCountry(name.title) };
  }

  private sentenceOf(offset: number): number {
    const sentences = this.doc.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private paragraphOf(offset: number): number {
    const paragraphs = this.doc.paragraphs;
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
