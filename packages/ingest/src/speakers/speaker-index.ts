// Decides whether a speaker mention is someone already known. Pure and in memory: the ingester loads the known
// speakers once per run and adds the new ones as it goes.
//
// Rules (tested in test/speaker-index.test.ts):
// - People: same surname and compatible first names ("Sergey"/"Sergei", "S."/"Sergei") → same person, unless
//   their countries differ. Different first names → different people.
// - A bare surname ("Shoigu") joins a known person only with evidence — the same title or the same country — and
//   only when exactly one known person with that surname has it. Otherwise it stays a speaker of its own.
// - Evidence is the same title, the same country, or the story: a bare name joins a known person whose country the
//   story is about ("Trump" in a story about the US), and a bare name seen before in stories of the same country,
//   publication and year ("Falconer", "Falconer"); failing all that, a bare name joins the one bare speaker of
//   that name seen in the same publication and years, in no other country's stories.
// - Organisations and unnamed sources: the same key (country words stripped) and the same country. A party is one
//   speaker under all its names ("The Tories" = "The Conservatives"), with its country.
import { contextsAgree, eraAgrees, type ArticleContext, type SpeakerSeen } from "./article-context.ts";
import { institutionCountry, partyOf } from "./bodies.ts";
import { countryOfWord } from "./country-words.ts";
import { organisationKey, personTokens, titlesAgree } from "./name-key.ts";

export type SpeakerKindName = "person" | "organisation" | "unnamed";

export interface SpeakerMention {
  name: string;
  title: string | null;
  kind: SpeakerKindName;
  countryCode: string | null;
  /** The story the mention is in. */
  context?: ArticleContext;
}

export interface KnownSpeaker {
  id: number;
  name: string;
  key: string;
  kind: SpeakerKindName;
  title: string | null;
  countryCode: string | null;
  /** Stories this speaker was seen in during this run (not stored). */
  seen?: SpeakerSeen;
}

/** What to store for a new speaker: its key and the country its name implies. */
export interface SpeakerIdentity {
  key: string;
  countryCode: string | null;
  /** For people: folded name tokens (surname last). */
  tokens: string[];
  /** The kind to store when the name says more than the mention did (a party named like a person: "Labour"). */
  kind: SpeakerKindName;
}

export function identify(mention: SpeakerMention): SpeakerIdentity {
  const party = partyOf(mention.name);
  if (party) return { key: party.key, countryCode: party.country, tokens: [], kind: "organisation" };
  if (mention.kind === "person") {
    const tokens = personTokens(mention.name);
    return { key: tokens.join(" "), countryCode: mention.countryCode?.toUpperCase() ?? null, tokens, kind: "person" };
  }
  const { key, country } = organisationKey(mention.name);
  // "Russia", "the Kremlin", "Downing Street": a country or a national institution standing for its government.
  const implied = country ?? (mention.kind === "organisation" ? countryOfWord(key) ?? institutionCountry(key) : null);
  return { key, countryCode: mention.countryCode?.toUpperCase() ?? implied, tokens: [], kind: mention.kind };
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

/** A story's year is no more than four years from a year the speaker was seen in, or one of them is unknown. */
function yearsAgree(seen: SpeakerSeen | undefined, context: ArticleContext | undefined): boolean {
  if (!seen || seen.years.size === 0 || context?.year == null) return true;
  for (const year of seen.years) if (Math.abs(year - context.year) <= 4) return true;
  return false;
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

  /** Forgets a speaker (deleted from the store). */
  remove(speaker: KnownSpeaker): void {
    const keyed = `${speaker.kind}|${speaker.key}`;
    this.byKey.set(keyed, (this.byKey.get(keyed) ?? []).filter((e) => e.speaker !== speaker));
    const surname = speaker.key.split(" ").at(-1);
    if (surname) this.bySurname.set(surname, (this.bySurname.get(surname) ?? []).filter((e) => e.speaker !== speaker));
  }

  /** Updates a known speaker's name and key (a bare surname that turned out to have a first name). */
  rename(speaker: KnownSpeaker, name: string, key: string): void {
    this.remove(speaker);
    speaker.name = name;
    speaker.key = key;
    this.add(speaker);
  }

  /** The known speaker this mention refers to, or null when it is someone new. */
  match(mention: SpeakerMention, identity: SpeakerIdentity = identify(mention)): KnownSpeaker | null {
    if (identity.key === "" || !isShared(identity.kind, identity.countryCode)) return null;
    if (identity.kind !== "person") {
      const same = (this.byKey.get(`${identity.kind}|${identity.key}`) ?? []).filter((e) => e.speaker.countryCode === identity.countryCode);
      return same[0]?.speaker ?? null;
    }
    const tokens = identity.tokens;
    const candidates = (this.bySurname.get(tokens.at(-1)!) ?? []).filter(
      (e) => !(e.speaker.countryCode && identity.countryCode && e.speaker.countryCode !== identity.countryCode),
    );
    // Evidence in tiers, the strongest that any candidate has deciding: the same title or the mention's own
    // country; then the story's country; then stories like those the speaker was seen in.
    const story = mention.context?.country ?? null;
    const tiers: Array<(e: Entry) => boolean> = [
      (e) => titlesAgree(e.speaker.title, mention.title) || (e.speaker.countryCode !== null && e.speaker.countryCode === identity.countryCode),
      (e) => identity.countryCode === null && story !== null && e.speaker.countryCode === story && yearsAgree(e.speaker.seen, mention.context),
      (e) => contextsAgree(e.speaker.seen, mention.context),
    ];
    const withEvidence = (entries: Entry[]) => {
      for (const tier of tiers) {
        const found = entries.filter(tier);
        if (found.length > 0) return found;
      }
      return [];
    };
    const people = (entries: Entry[]) => new Set(entries.map((e) => e.speaker.id)).size;

    if (tokens.length === 1) {
      // A bare surname: only with evidence, and only when the evidence points at one person.
      // A full name first; failing that, a bare one ("Falconer" beside an unrelated "Rebecca Falconer").
      const full = withEvidence(candidates.filter((e) => e.tokens.length > 1));
      if (people(full) > 0) return people(full) === 1 ? full[0]!.speaker : null;
      const bareCandidates = candidates.filter((e) => e.tokens.length === 1);
      const bare = withEvidence(bareCandidates);
      if (people(bare) > 0) return people(bare) === 1 ? bare[0]!.speaker : null;
      // The weakest evidence, between bare names only (a bare name never joins a full one on it): the same
      // publication in the same years, the stories' countries not in conflict ("Robben" in two BBC sport stories).
      const era = bareCandidates.filter((e) => eraAgrees(e.speaker.seen, mention.context));
      return people(era) === 1 ? era[0]!.speaker : null;
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
