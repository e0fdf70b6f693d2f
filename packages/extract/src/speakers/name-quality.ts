// The last-line check on a speaker's name: whatever the mention and coreference stages chose, a stored speaker
// must be a name or a proper description, never a fragment of the sentence around it. A fault is one of:
//
// - "function-word": led by a conjunction, complementiser, adverb, preposition, pronoun or auxiliary ("that
//   Trump", "Afterwards Trump", "and the ministry", "If"). "the"/"a"/"an" and quantifiers ("some analysts") may
//   open the description of a body or an unnamed source, not a person's name.
// - "sentence-boundary": a full stop inside the name that is not an abbreviation or an initial ("North
//   Carolina. Trump", "Houston. Yukos", "EEZ. Turkey"; "U.S. Senate" and "George W. Bush" are sound).
// - "place-fragment": a person's name led by the tail of a multi-word country name ("States Donald Trump").
// - "trailing-word": ends with a preposition, conjunction, article or name particle ("USDA de", "Ministry of").
// - "bare-title": only honorifics and title words, no name ("Mr", "President", "Prime Minister").
// - "place": a person named as a place ("North Karnataka"), or a body named as a place below country level
//   ("Houston"). A country or a capital standing for its government ("Russia", "Moscow") is a sound body.
// - "inner-clause": a verb of the sentence inside the name, written in lower case: an auxiliary, a contraction or a
//   speech verb ("Trump so far hasn't", "New Jersey's sitting governor, repeated accusations that"). Capitalised
//   words are never taken for one ("George Will").
// - "publication": a person named as a newspaper, broadcaster or news agency ("Reuters", "the Daily Telegraph").
//
// `repairSpeaker` trims a leading function word, or everything before an inner sentence boundary or a country
// tail, when what remains is sound; otherwise the speaker is unusable and the caller treats it as absent.
import { countries } from "@dictum/geo";
import abbreviations from "../lexicons/speech-abbreviations.json" with { type: "json" };
import nameWords from "../lexicons/speech-names.json" with { type: "json" };
import { placeMentions, type PlaceMention } from "../places/index.ts";
import type { SpeakerKind, SpeakerRef } from "../types.ts";
import { BODY_HEADS, NAME_PARTICLES, PRONOUNS, TITLE_WORDS, isRoleNoun } from "./lexicon.ts";
import { BoundedCache } from "./bounded-cache.ts";

export type NameFault = "function-word" | "sentence-boundary" | "inner-clause" | "place-fragment" | "trailing-word" | "bare-title" | "place" | "publication";

/** Words that never open a name or a description: conjunctions, complementisers, adverbs, prepositions, auxiliaries. */
const NEVER_FIRST = new Set(nameWords.neverFirst);
/** Lower-case words that belong to the sentence's clause, never inside a name (see "inner-clause"). */
const CLAUSE_WORDS = new Set(nameWords.clauseWords);
/** Index of the first clause word inside a name (never the first word), or -1. */
function innerClause(words: string[]): number {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!.replace(/[,;:]+$/, "");
    if (/^\p{Ll}/u.test(w) && (CLAUSE_WORDS.has(w) || /n[’']t$/.test(w))) return i;
  }
  return -1;
}
/** Possessives open an unnamed source's description ("her husband", "his lawyer"), never a name. */
const POSSESSIVES = new Set(nameWords.possessives);
/** Determiners the mention reader takes to open a body's name ("that Trump" read as a body). */
const DETERMINER_BODY = new Set(nameWords.bodyDeterminers);
/** Open a body's or an unnamed source's description, never a person's name. */
const DESCRIPTION_FIRST = new Set(nameWords.descriptionFirst);
/** A name does not end on these ("USDA de", "the Ministry of"), but may on "St." ("Wall St."). */
const NEVER_LAST = new Set([
  "of", "for", "in", "on", "at", "with", "by", "from", "to", "about", "and", "or", "but", "the", "a", "an", "that",
  ...[...NAME_PARTICLES].filter((w) => w !== "st."),
]);
const HONORIFICS = new Set(nameWords.honorifics);
const ABBREVIATIONS = new Set(abbreviations.abbreviations);
/** Last words of multi-word country names ("United States", "United Kingdom"): a name led by one lost its head. */
const COUNTRY_TAILS = new Set(
  countries.flatMap((c) => {
    const words = c.name.split(/\s+/);
    return words.length > 1 ? [words.at(-1)!.toLowerCase()] : [];
  }).filter((w) => !["islands", "island", "republic"].includes(w)),
);
/** Heads of publication names; a person named with one is a publication standing where a person should be. */
const PUBLICATION_HEADS = new Set(nameWords.publicationHeads);

const word = (w: string) => w.toLowerCase().replace(/^[("'“‘]+|[)"'”’,;:]+$/g, "");

// Speaker names repeat across an article and a corpus; the place lookup is the costly part of the check.
const faults = new BoundedCache<NameFault | null>();

/** What is wrong with a speaker's name, or null when it is a sound name or description. */
export function nameFault(name: string, kind: SpeakerKind): NameFault | null {
  return faults.get(`${kind}|${name}`, () => findFault(name, kind));
}

function findFault(name: string, kind: SpeakerKind): NameFault | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "bare-title";
  const first = word(words[0]!);
  // "That person", "this official": a demonstrative before one role is a description, not a complementiser.
  if (kind === "unnamed" && (first === "that" || first === "this") && words.length === 2 && isRoleNoun(word(words[1]!)) && !isPluralRole(word(words[1]!))) return null;
  if (NEVER_FIRST.has(first) || (PRONOUNS[first] !== undefined && !POSSESSIVES.has(first) && words.length > 1)) return "function-word";
  if (kind === "person" && DESCRIPTION_FIRST.has(first)) return "function-word";
  if (kind !== "unnamed" && POSSESSIVES.has(first)) return "function-word";
  if (innerBoundary(words) >= 0) return "sentence-boundary";
  if (innerClause(words) >= 0) return "inner-clause";
  if (kind === "person" && words.length > 2 && (COUNTRY_TAILS.has(first) || isRegionWord(words[0]!))) return "place-fragment";
  if (words.length > 1 && NEVER_LAST.has(word(words.at(-1)!))) return "trailing-word";
  const bare = words.map((w) => word(w).replace(/\.$/, ""));
  // "Mr. Singer", "Mr King": a capitalised word after a courtesy title is a surname, even when it is also a role.
  const surname = words.length > 1 && HONORIFICS.has(bare[0]!) && /^\p{Lu}/u.test(words.at(-1)!) && !HONORIFICS.has(bare.at(-1)!);
  if (!surname && bare.every((w) => HONORIFICS.has(w) || (kind === "person" && (TITLE_WORDS.has(w) || isRoleNoun(w) || isPluralRole(w))))) return "bare-title";
  if (kind !== "unnamed" && placeStanding(name, kind) !== "sound") return "place";
  if (kind === "person" && isPublication(bare, words)) return "publication";
  return null;
}

/**
 * The name before its clause: up to the first comma or clause word, less trailing lower-case words that are not a
 * role ("Trump so far hasn't" → "Trump"; "New Jersey's sitting governor, repeated ..." → "New Jersey's sitting governor").
 */
function beforeClause(words: string[]): string[] {
  let end = innerClause(words);
  const comma = words.findIndex((w) => /,$/.test(w));
  if (comma >= 0 && comma < end) end = comma + 1;
  const rest = words.slice(0, end).map((w, i, all) => (i === all.length - 1 ? w.replace(/[,;:]+$/, "") : w));
  while (rest.length > 1 && /^\p{Ll}/u.test(rest.at(-1)!) && !isRoleNoun(word(rest.at(-1)!))) rest.pop();
  return rest;
}

/** "MPs", "ministers": a plural role is a group of unnamed sources, not a person. */
function isPluralRole(w: string): boolean {
  return w.endsWith("s") && (isRoleNoun(w.slice(0, -1)) || TITLE_WORDS.has(w.slice(0, -1)));
}

/** Index of the word after an inner sentence boundary, or -1. */
function innerBoundary(words: string[]): number {
  let at = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!/[.!?]$/.test(w) || !/^\p{Lu}/u.test(words[i + 1]!)) continue;
    const stem = w.replace(/[.!?]+$/, "");
    // Initials ("W.", "U.S."), abbreviations ("Mr.", "Inc.") and single letters keep the name going.
    if (/^\p{L}$/u.test(stem) || /^(?:\p{L}\.)+\p{L}?$/u.test(stem) || ABBREVIATIONS.has(stem.toLowerCase())) continue;
    at = i + 1;
  }
  return at;
}

const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern|upper|lower)\s+/i;

/** The place or region the whole name (less "the" and a compass word) is, if it is one. */
function wholePlace(name: string): { mention: PlaceMention; area: boolean } | null {
  let text = name.trim().replace(/^the\s+/i, "");
  const area = COMPASS.test(text);
  text = text.replace(COMPASS, "");
  const last = word(text.split(/\s+/).at(-1) ?? "");
  if (text === "" || BODY_HEADS.has(last)) return null;
  const mentions = placeMentions(text);
  const m = mentions.length === 1 ? mentions[0]! : null;
  return m && m.start === 0 && m.end === text.length ? { mention: m, area } : null;
}

/** "Scotland", "Texas": a country or a first-level region written alone, the name of a place and not its people. */
function isRegionWord(w: string): boolean {
  const found = wholePlace(w);
  const place = found?.mention.place;
  return !!place && (place.type === "country" || place.type === "subnational") && word(w) === place.name.toLowerCase();
}

/**
 * How a name that is a place stands as a speaker. "sound": not a place, or a person's surname written like a
 * people ("Cuban"). "body": a place that governs or an institution's seat named for a person ("Texas", "Moscow",
 * "Capitol Hill") is that government or institution. "group": a plural demonym ("Americans") is unnamed people.
 * "area": a region that governs nothing ("North Karnataka", "the Middle East") is no speaker.
 */
function placeStanding(name: string, kind: SpeakerKind): "sound" | "body" | "group" | "area" {
  const found = wholePlace(name);
  if (!found) return "sound";
  const { mention: m, area } = found;
  if (area || m.region) return "area";
  if (!m.place || kind !== "person") return "sound";
  if (m.place.type === "country" && m.text.toLowerCase() !== m.place.name.toLowerCase() && !/^the\s/i.test(name)) {
    // A demonym or an alias: "Americans" are people, "Cuban" is a surname, "Britain" and "the US" are the country.
    if (/s$/.test(m.text) && !/ss$/.test(m.text)) return "group";
    if (/(?:an|ese|ish|i|ic|ch)$/i.test(m.text)) return "sound";
  }
  return "body";
}

/** Heads that also are surnames ("Emily Post", "Michael Bloomberg"): a publication only after "the". */
const PUBLICATION_HEADS_AFTER_THE = new Set(nameWords.publicationHeadsAfterThe);

function isPublication(bare: string[], words: string[]): boolean {
  const the = bare[0] === "the";
  const rest = the ? bare.slice(1) : bare;
  if (rest.length === 0 || rest.length > 4) return false;
  const head = rest.at(-1)!;
  if (PUBLICATION_HEADS_AFTER_THE.has(head)) return the;
  // "BBC", "CNN" and the agencies alone, or a capitalised multi-word name with a publication head.
  return PUBLICATION_HEADS.has(head) && (rest.length > 1 || /^\p{Lu}{2,}$/u.test(words.at(-1)!) || ["reuters", "tass", "xinhua", "interfax", "newsweek", "izvestia", "kommersant", "vedomosti", "pravda", "politico"].includes(head));
}

/** The speaker as a body or group of that name, with no title. */
const renamed = (name: string, kind: SpeakerKind, countryCode: string | null): SpeakerRef => ({ name, title: null, kind, countryCode });

/**
 * The speaker with a sound name: as it is, trimmed of a leading function word, of what stands before an inner
 * sentence boundary or a country tail, or of a trailing particle ("that Trump" → "Trump", "North Carolina. Trump"
 * → "Trump", "Clinton al" → "Clinton"); a person named as a governing place, a publication or an acronym becomes
 * that body, a plural role or demonym a group ("MPs", "Americans"); null when nothing sound remains.
 */
export function repairSpeaker(ref: SpeakerRef): SpeakerRef | null {
  let name = ref.name.trim().replace(/\s+/g, " ");
  let kind = ref.kind;
  for (let step = 0; step < 4; step++) {
    const fault = nameFault(name, kind);
    if (!fault) {
      // "IBM", "GM": a person is not written in capitals; the acronym is a body's.
      if (kind === "person" && /^\p{Lu}{2,6}$/u.test(name)) return renamed(name, "organisation", ref.countryCode);
      return name === ref.name && kind === ref.kind ? ref : { ...ref, name, kind };
    }
    const words = name.split(" ");
    let rest: string[];
    if (fault === "place" && kind === "person") {
      const standing = placeStanding(name, kind);
      // The place's own country: the title's ("French officials … Germany") is not the body's.
      const country = wholePlace(name)?.mention.place?.countryCode ?? ref.countryCode;
      if (standing === "group") return renamed(name, "unnamed", country);
      return standing === "body" && !nameFault(name, "organisation") ? renamed(name, "organisation", country) : null;
    }
    if (fault === "publication") return nameFault(name, "organisation") ? null : renamed(name, "organisation", ref.countryCode);
    if (fault === "bare-title") return kind === "person" && isPluralRole(word(words.at(-1)!)) ? renamed(name, "unnamed", ref.countryCode) : null;
    if (fault === "trailing-word") rest = words.slice(0, -1);
    else if (fault === "function-word" || fault === "place-fragment") rest = words.slice(1);
    else if (fault === "sentence-boundary") rest = words.slice(innerBoundary(words));
    else if (fault === "inner-clause") rest = beforeClause(words);
    else return null;
    // What remains must still look like a name or a description: capitalised, a determiner-led description, or
    // for an unnamed source a count or a role ("that experts" → "experts", "about 9 percent" → "9 percent").
    const head = rest[0];
    if (!head) return null;
    const description = kind !== "person" && DESCRIPTION_FIRST.has(head.toLowerCase());
    const unnamed = kind === "unnamed" && (/^\d/.test(head) || isRoleNoun(word(rest.at(-1)!)) || isPluralRole(word(rest.at(-1)!)));
    if (!/^\p{Lu}/u.test(head) && !description && !unnamed) return null;
    // "that Carson" was read as a body for its determiner; without it, a capitalised name is a person.
    if (kind === "organisation" && fault === "function-word" && DETERMINER_BODY.has(word(words[0]!)) && rest.length <= 3 && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !BODY_HEADS.has(word(rest.at(-1)!))) kind = "person";
    name = rest.join(" ");
  }
  return null;
}
