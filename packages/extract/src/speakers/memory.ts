import type { SpeakerRef } from "../types.ts";
import { isRoleNoun, singular } from "./lexicon.ts";

/** Who has spoken so far in the article, in the order coreference needs. */
export class SpeakerMemory {
  /** People (and single unnamed persons) by latest statement, latest last: what "he" and "she" refer to. */
  readonly people: SpeakerRef[] = [];
  /** Every speaker by latest statement, latest last: what descriptions ("the banker") are matched against. */
  readonly history: SpeakerRef[] = [];
  lastBody: SpeakerRef | null = null;
  previous: SpeakerRef | null = null;
  private readonly spokeAt = new Map<SpeakerRef, number>();

  remember(ref: SpeakerRef, at: number): void {
    this.previous = ref;
    this.spokeAt.set(ref, at);
    moveToEnd(this.history, ref);
    if (ref.kind === "person" || isOneUnnamedPerson(ref)) {
      const same = this.people.findIndex((p) => p.name === ref.name);
      if (same >= 0) this.people.splice(same, 1);
      this.people.push(ref);
    } else this.lastBody = ref;
  }

  latestPerson(): SpeakerRef | null {
    return this.people[this.people.length - 1] ?? null;
  }

  lastSpokeAt(ref: SpeakerRef): number {
    return this.spokeAt.get(ref) ?? -1;
  }
}

function moveToEnd(list: SpeakerRef[], ref: SpeakerRef): void {
  const at = list.indexOf(ref);
  if (at >= 0) list.splice(at, 1);
  list.push(ref);
}

/** "A Western diplomat", "one portfolio manager": an unnamed single person that "he" or "she" can refer to. */
function isOneUnnamedPerson(ref: SpeakerRef): boolean {
  if (ref.kind !== "unnamed" || !/^(?:a|an|one|another)\s/i.test(ref.name)) return false;
  // The head is the last role noun before any prepositional phrase: "an economist at a U.S. securities house".
  return ref.name.split(/\s+/).some((w) => isRoleNoun(w) && singular(w.toLowerCase()) === w.toLowerCase());
}
