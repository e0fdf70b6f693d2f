import type { SpeakerRef } from "../types.ts";
import { isRoleNoun, singular } from "./lexicon.ts";

/** Who has spoken so far in the article, in the order coreference needs. */
export class SpeakerMemory {
  /** People (and single unnamed persons) by latest statement, latest last: what "he" and "she" refer to. */
  private readonly peopleByName = new Map<string, SpeakerRef>();
  /** Every speaker by latest statement, latest last: what descriptions ("the banker") are matched against. */
  private readonly historyByName = new Map<string, SpeakerRef>();
  /** The latest organisation: what "it" and "the agency" mean. Unnamed groups ("experts", "officials") are not. */
  lastBody: SpeakerRef | null = null;
  /** The latest speaker that is no single person, organisation or group: what "they" means. */
  lastGroup: SpeakerRef | null = null;
  previous: SpeakerRef | null = null;
  private readonly spokeAt = new Map<SpeakerRef, number>();

  remember(ref: SpeakerRef, at: number): void {
    this.previous = ref;
    this.spokeAt.set(ref, at);
    moveToEnd(this.historyByName, `${ref.kind}:${ref.name}`, ref);
    if (ref.kind === "person" || isOneUnnamedPerson(ref)) {
      moveToEnd(this.peopleByName, ref.name, ref);
      this.latest = ref;
    } else {
      this.lastGroup = ref;
      if (ref.kind === "organisation") this.lastBody = ref;
    }
  }

  private latest: SpeakerRef | null = null;

  latestPerson(): SpeakerRef | null {
    return this.latest;
  }

  /** The most recent speakers first, at most RECENT of them (older ones no longer anchor a description). */
  recent(): SpeakerRef[] {
    return [...this.historyByName.values()].slice(-RECENT).reverse();
  }

  recentPeople(): SpeakerRef[] {
    return [...this.peopleByName.values()].slice(-RECENT).reverse();
  }

  lastSpokeAt(ref: SpeakerRef): number {
    return this.spokeAt.get(ref) ?? -1;
  }
}

const RECENT = 40;

/** Maps keep insertion order: deleting and setting again makes the key the latest. */
function moveToEnd(map: Map<string, SpeakerRef>, key: string, ref: SpeakerRef): void {
  map.delete(key);
  map.set(key, ref);
}

/** "A Western diplomat", "one portfolio manager": an unnamed single person that "he" or "she" can refer to. */
function isOneUnnamedPerson(ref: SpeakerRef): boolean {
  if (ref.kind !== "unnamed" || !/^(?:a|an|one|another)\s/i.test(ref.name)) return false;
  // The head is the last role noun before any prepositional phrase: "an economist at a U.S. securities house".
  return ref.name.split(/\s+/).some((w) => isRoleNoun(w) && singular(w.toLowerCase()) === w.toLowerCase());
}
