import words from "../lexicons/speech-gender.json" with { type: "json" };
import nameWords from "../lexicons/speech-names.json" with { type: "json" };
import type { SpeakerRef } from "../types.ts";

export type Gender = "male" | "female";

const MALE = new Set(words.male);
const FEMALE = new Set(words.female);
/** The honorifics that state a gender (Mr, Dame; not Dr, Prof), capitalised as written before a name. */
const GENDERED_HONORIFICS = nameWords.honorifics.filter((h) => MALE.has(h) || FEMALE.has(h)).map((h) => h[0]!.toUpperCase() + h.slice(1));
/** "Mr Oaten", "Mrs. Clinton", "Sir Peter Westmacott": a courtesy title right before a capitalised name. */
const COURTESY = new RegExp(`\\b(${GENDERED_HONORIFICS.join("|")})\\.?\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`, "gu");

/** The gender a title's words state ("spokeswoman", "Mr", "his wife"), or null when they state none or both. */
export function genderOfTitle(title: string | null | undefined): Gender | null {
  if (!title) return null;
  let male = false;
  let female = false;
  for (const w of title.toLowerCase().split(/[\s,]+/)) {
    if (MALE.has(w)) male = true;
    if (FEMALE.has(w)) female = true;
  }
  return male === female ? null : male ? "male" : "female";
}

/**
 * What the article says about each person's gender, by surname: courtesy titles anywhere in the text ("Mr Oaten
 * said") and gendered titles written with the name ("spokeswoman Jane Holt"). A surname the text gives both genders (two people, or a couple) has none. Used so that "he"
 * never means a woman the text has marked as one, nor "she" a man.
 */
export class GenderEvidence {
  private readonly bySurname = new Map<string, Gender | "both">();

  constructor(masked: string) {
    COURTESY.lastIndex = 0;
    for (let m = COURTESY.exec(masked); m; m = COURTESY.exec(masked)) {
      const gender = genderOfTitle(m[1]!);
      if (gender) this.learnSurname(m[2]!.split(/\s+/).pop()!, gender);
    }
  }

  /** The person's gender, or null when the article says nothing (or both). */
  of(ref: SpeakerRef): Gender | null {
    if (ref.kind !== "person") return null;
    const own = genderOfTitle(ref.title);
    if (own) return own;
    const known = this.bySurname.get(surname(ref.name));
    return known === "both" || known === undefined ? null : known;
  }

  private learnSurname(word: string, gender: Gender): void {
    const key = word.toLowerCase();
    const known = this.bySurname.get(key);
    this.bySurname.set(key, known && known !== gender ? "both" : gender);
  }
}

const surname = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
