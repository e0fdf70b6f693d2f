import type { Document } from "../pipeline/types.ts";
import type { SpeakerRef } from "../types.ts";
import { affiliationCountry } from "./affiliation.ts";
import type { SpeakerMemory } from "./memory.ts";
import type { KnownName, NameIndex } from "./names.ts";

const NEAR = 150;

/**
 * "he"/"she": the latest person speaker, unless a person named in the narration since then is nearer and the
 * speaker last spoke more than a paragraph ago ("Rakeyia Scott filmed it. ... "Don't shoot him," she says").
 * Calls come in text order, so a cursor walks the name mentions once.
 */
export class PronounResolver {
  private cursor = 0;

  constructor(private readonly doc: Document, private readonly index: NameIndex) {}

  resolve(at: number, memory: SpeakerMemory): SpeakerRef | null {
    const mentions = this.index.mentions;
    while (this.cursor < mentions.length && mentions[this.cursor]!.start < at) this.cursor++;
    const mention = mentions[this.cursor - 1];
    const speaker = memory.latestPerson();
    const spokeAt = speaker ? memory.lastSpokeAt(speaker) : -1;
    if (!mention || mention.start < spokeAt) return speaker;
    // A person named just before the pronoun, in the same stretch of narration, is who it means
    // ("Labour Minister Ghazi al-Gosaibi caused uproar when he said ...").
    if (at - mention.start < NEAR && !/[.!?]["”’]?\s/.test(this.doc.masked.slice(mention.start, at))) return this.named(mention.name);
    // "But Lawson rejected that. Rather, he said ...": a person named in the pronoun's own paragraph, after the
    // latest speaker spoke, is who it means.
    if (this.paragraphOf(mention.start) === this.paragraphOf(at) && this.paragraphOf(spokeAt) < this.paragraphOf(at)) return this.named(mention.name);
    if (speaker && (speaker.name === mention.name.name || this.paragraphOf(spokeAt) >= this.paragraphOf(at) - 1)) return speaker;
    return this.named(mention.name);
  }

  private named(name: KnownName): SpeakerRef {
    return { name: name.name, title: name.title, kind: "person", countryCode: affiliationCountry(name.title) };
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
