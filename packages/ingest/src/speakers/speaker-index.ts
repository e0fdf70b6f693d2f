// Decides whether a speaker mention is someone already known. Pure and in memory: the ingester loads the known
// speakers once per run and adds the new ones as it goes.
//
// Rules (tested in test/speaker-index.test.ts):
// - People: same surname and compatible first names ("Sergey"/"Sergei", "S."/"Sergei") → same person, unless
//   their countries differ. Different first names → different people.
// - A bare surname ("Shoigu") joins a known person only with evidence — the same title or the same country — and
//   only when exactly one known person with that surname has it. Otherwise it stays a speaker of its own.
// - Organisations and unnamed sources: the same key (country words stripped) and the same country.
import { organisationKey, personTokens, titlesAgree } from "./name-key.ts";

export type SpeakerKindName = "person" | "organisation" | "unnamed";

export interface SpeakerMention {
  name: string;
  title: string | null;
  kind: SpeakerKindName;
  countryCode: string | null;
}

export interface KnownSpeaker {
  id: number;
  name: string;
  key: string;
  kind: SpeakerKindName;
  title: string | null;
  countryCode: string | null;
}

/** What to store for a new speaker: its key and the country its name implies. */
export interface SpeakerIdentity {
  key: string;
  countryCode: string | null;
  /** For people: folded name tokens (surname last). */
  tokens: string[];
}

export function identify(mention: SpeakerMention): SpeakerIdentity {
  if (mention.kind === "person") {
    const tokens = personTokens(mention.name);
    return { key: tokens.join(" "), countryCode: mention.countryCode?.toUpperCase() ?? null, tokens };
  }
  const { key, country } = organisationKey(mention.name);
  return { key, countryCode: mention.countryCode?.toUpperCase() ?? country, tokens: [] };
}

interface Entry {
  speaker: KnownSpeaker;
  tokens: string[];
}

function firstNamesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return false;
}

/** Middle names: absent on one side, or pairwise the same (initials allowed: "H." = "Herbert"). */
function middlesAgree(a: string[], b: string[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!firstNamesAgree(a[i]!, b[i]!)) return false;
  return a.length === b.length || a.length === 0 || b.length === 0;
}

/**
 * How two full names (≥ 2 tokens, surname last) relate: "yes" the same name ("Mario M. Cuomo" / "Mario Cuomo"),
 * "with evidence" when one side has a full middle name the other lacks ("John Bel Edwards" / "John Edwards"),
 * "no" otherwise ("George H. W. Bush" / "George W. Bush", "Wang Chang-ming" / "Wang Chao-ming").
 */
export function nameAgreement(a: string[], b: string[]): "yes" | "with evidence" | "no" {
  if (a.at(-1) !== b.at(-1) || !firstNamesAgree(a[0]!, b[0]!)) return "no";
  const [ma, mb] = [a.slice(1, -1), b.slice(1, -1)];
  if (!middlesAgree(ma, mb)) return "no";
  if (ma.length > 0 && mb.length > 0) return "yes";
  const only = ma.length > 0 ? ma : mb;
  return only.some((t) => t.length > 1) ? "with evidence" : "yes";
}

/** Unnamed sources without a country ("the company", "analysts") are not matched across articles; those with one
 * ("Iranian officials") are, as a group. */
export function isShared(kind: SpeakerKindName, countryCode: string | null): boolean {
  return kind !== "unnamed" || countryCode !== null;
}

export class SpeakerIndex {
  private readonly bySurname = new Map<string, Entry[]>();
  private readonly byKey = new Map<string, Entry[]>();

  constructor(known: Iterable<KnownSpeaker> = []) {
    for (const speaker of known) this.add(speaker);
  }

  add(speaker: KnownSpeaker): void {
    if (!isShared(speaker.kind, speaker.countryCode)) return;
    const tokens = speaker.kind === "person" ? speaker.key.split(" ").filter(Boolean) : [];
    const entry = { speaker, tokens };
    const keyed = `${speaker.kind}|${speaker.key}`;
    const sameKey = this.byKey.get(keyed);
    if (sameKey) sameKey.push(entry);
    else this.byKey.set(keyed, [entry]);
    const surname = tokens.at(-1);
    if (!surname) return;
    const sameSurname = this.bySurname.get(surname);
    if (sameSurname) sameSurname.push(entry);
    else this.bySurname.set(surname, [entry]);
  }

  /** Updates a known speaker's name and key (a bare surname that turned out to have a first name). */
  rename(speaker: KnownSpeaker, name: string, key: string): void {
    const keyed = `${speaker.kind}|${speaker.key}`;
    this.byKey.set(keyed, (this.byKey.get(keyed) ?? []).filter((e) => e.speaker !== speaker));
    const surname = speaker.key.split(" ").at(-1);
    if (surname) this.bySurname.set(surname, (this.bySurname.get(surname) ?? []).filter((e) => e.speaker !== speaker));
    speaker.name = name;
    speaker.key = key;
    this.add(speaker);
  }

  /** The known speaker this mention refers to, or null when it is someone new. */
  match(mention: SpeakerMention, identity: SpeakerIdentity = identify(mention)): KnownSpeaker | null {
    if (identity.key === "" || !isShared(mention.kind, identity.countryCode)) return null;
    if (mention.kind !== "person") {
      const same = (this.byKey.get(`${mention.kind}|${identity.key}`) ?? []).filter((e) => e.speaker.countryCode === identity.countryCode);
      return same[0]?.speaker ?? null;
    }
    const tokens = identity.tokens;
    const candidates = (this.bySurname.get(tokens.at(-1)!) ?? []).filter(
      (e) => !(e.speaker.countryCode && identity.countryCode && e.speaker.countryCode !== identity.countryCode),
    );
    const withEvidence = (entries: Entry[]) =>
      entries.filter(
        (e) => titlesAgree(e.speaker.title, mention.title) || (e.speaker.countryCode !== null && e.speaker.countryCode === identity.countryCode),
      );
    const people = (entries: Entry[]) => new Set(entries.map((e) => e.speaker.id)).size;

    if (tokens.length === 1) {
      // A bare surname: only with evidence, and only when the evidence points at one person.
      const full = candidates.filter((e) => e.tokens.length > 1);
      const pool = full.length > 0 ? full : candidates;
      if (people(full) > 1 && people(withEvidence(full)) !== 1) return null;
      const evidenced = withEvidence(pool);
      return people(evidenced) === 1 ? evidenced[0]!.speaker : null;
    }
    const first = tokens[0]!;
    const agreement = (e: Entry) => (e.tokens.length > 1 ? nameAgreement(e.tokens, tokens) : "no");
    const full = candidates.filter((e) => agreement(e) === "yes");
    const exact = full.filter((e) => e.tokens[0] === first);
    if (people(exact) === 1) return exact[0]!.speaker;
    if (people(exact) > 1) return (withEvidence(exact)[0] ?? exact[0]!).speaker;
    if (people(full) === 1) return full[0]!.speaker;
    if (people(full) > 1) {
      const evidenced = withEvidence(full);
      return people(evidenced) === 1 ? evidenced[0]!.speaker : null;
    }
    // "John Edwards" / "John Bel Edwards": a middle name on one side only, the same person only with evidence.
    const weak = withEvidence(candidates.filter((e) => agreement(e) === "with evidence"));
    if (people(weak) === 1) return weak[0]!.speaker;
    if (people(weak) > 1) return null;
    // Only bare-surname speakers so far: the full name absorbs one of them when the evidence is unambiguous.
    const bare = withEvidence(candidates.filter((e) => e.tokens.length === 1));
    return people(bare) === 1 ? bare[0]!.speaker : null;
  }
}
