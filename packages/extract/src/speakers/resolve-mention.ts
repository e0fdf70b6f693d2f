import type { SpeakerRef } from "../types.ts";
import type { Span } from "../pipeline/types.ts";
import { affiliationCountry, isCountryWord } from "./affiliation.ts";
import { isPlaceName } from "./place-name.ts";
import { editDistance } from "./edit-distance.ts";
import documents from "../lexicons/speech-documents.json" with { type: "json" };
import nameWords from "../lexicons/speech-names.json" with { type: "json" };
import { BODY_HEADS, INSTITUTION_HEADS, MATCH_STOP_WORDS, QUALIFIER_TITLES, SUBORDINATE_TITLES, PARTY_OF, RACE_WORDS, TITLE_WORDS, isRoleNoun, singular } from "./lexicon.ts";
import { offices } from "./roles.ts";
import { mayDescribeBody } from "./body-class.ts";
import type { SpeakerMemory } from "./memory.ts";
import { descriptionHead, type Mention } from "./mention.ts";
import { samePerson, type KnownName, type NameIndex } from "./names.ts";

const isPlace = (name: string) => isPlaceName(name) || isCountryWord(name);
const HONORIFICS = new Set([...nameWords.courtesyTitles, ...nameWords.addressTitles]);
const isHonorific = (w: string) => HONORIFICS.has(w.toLowerCase().replace(/\.$/, ""));
const DOCUMENT_HEADS = new Set(documents.heads);

/** Where the statement a speaker phrase belongs to stands: its content, and the start of the cue's sentence. */
export interface StatementPlace { content: Span; sentenceStart: number }

/** A mention (other than "he"/"she") to a speaker, given the article's names and who has spoken so far. */
export function resolveMention(m: Mention, index: NameIndex, memory: SpeakerMemory, at = Number.MAX_SAFE_INTEGER, where: StatementPlace | null = null): SpeakerRef | null {
  const names = index.byLast;
  if (m.form === "pronoun") {
    // "Citibank said ... It added": a one-word name that just spoke may be a company, which "it" then means.
    const previous = memory.previous;
    const oneWord = previous && (previous.kind === "organisation" || (previous.kind === "person" && !previous.name.includes(" ")));
    if (m.pronoun === "thing") return oneWord ? previous : memory.lastBody ?? memory.lastGroup;
    return memory.lastGroup ?? memory.latestPerson();
  }
  // "The FSB said", "SDF said": an acronym the article spells out is the body it stands for.
  const acronym = /^(?:the\s+)?(\p{Lu}{2,7})$/iu.exec(m.name)?.[1];
  const spelled = acronym && acronym === acronym.toUpperCase() ? index.acronyms.get(acronym) : undefined;
  if (spelled) return { name: spelled, title: null, kind: "organisation", countryCode: affiliationCountry(spelled) };
  if (m.form === "description") return resolveDescription(m, memory, index, at, where);
  // "Cuba said", "Ankara says": a country or city standing for its government is a body, never whom "he" means.
  // A surname the article gives in full ("David Holland ... Holland said") stays the person.
  if (m.form === "name" && !m.title && isPlace(m.name) && !names.has(m.name.split(" ").pop()!.toLowerCase())) return { name: m.name, title: null, kind: "organisation", countryCode: affiliationCountry(m.name) };
  if (m.form === "name") return resolveName(m, index, memory);
  return { name: m.name, title: null, kind: m.kind, countryCode: affiliationCountry(m.name) };
}

/** "Shoigu" → "Sergey Shoigu", with the title written anywhere in the article. */
function resolveName(written: Mention, index: NameIndex, memory: SpeakerMemory): SpeakerRef {
  const names = index.byLast;
  // "Trump's" (a possessive the phrase kept) is the person the article names as "Trump".
  const stem = written.name.replace(/['’]s$/, "");
  const m = stem !== written.name && names.has(stem.split(" ").pop()!.toLowerCase()) ? { ...written, name: stem } : written;
  // "Ford said" after "Ford Motor Co said": a lone word that begins a body's name is that body.
  // "Trump said" after "The Trump campaign said" is still Donald Trump when the article names him in full.
  if (!m.name.includes(" ") && !names.has(m.name.toLowerCase())) {
    const word = m.name.toLowerCase();
    // "Absa said it …" made Absa a body: "Absa said" later is that body again.
    const body = memory.recent().find((r) => r.kind === "organisation" && (r.name.toLowerCase() === word || r.name.toLowerCase().replace(/^the\s+/, "").startsWith(`${word} `)));
    if (body) return body;
  }
  const last = m.name.split(" ").pop()!.toLowerCase();
  // "Ivana Trump" is not "Donald Trump": a full name finds only the person of its own first name.
  const exact = index.fullNameOf(m.name);
  const typo = names.has(last) || m.name.includes(" ") ? undefined : misspelt(last, names);
  const known = exact ?? typo;
  const full = typo ?? (known && known.name.length > m.name.length ? known : null);
  const earlier = memory.recentPeople().find((p) => samePerson(p.name, full?.name ?? m.name));
  let name = full?.name ?? (earlier && earlier.name.length > m.name.length ? earlier.name : m.name);
  // "Mr. Singer said" with no full name in the article: the courtesy title keeps a role-like surname a name.
  if (name === m.name && !name.includes(" ") && m.title && isHonorific(m.title) && (TITLE_WORDS.has(name.toLowerCase()) || isRoleNoun(name))) name = `${m.title} ${name}`;
  // "Mr Greenspan" keeps the office written earlier ("Federal Reserve chairman"), not the courtesy title.
  const own = m.title && !isHonorific(m.title) ? m.title : null;
  const title = own ?? earlier?.title ?? full?.title ?? known?.title ?? m.title ?? null;
  return { name, title, kind: "person", countryCode: affiliationCountry(title) };
}

/**
 * Wire copy misspells surnames ("Schelsinger" for "Schlesinger") and transliterates them two ways ("Saree" for
 * "Sarea"): a lone surname with no exact match takes the known full name whose last word is two letter edits away
 * at the same length or one edit at a length one letter apart (same initial, six letters or more), or one letter
 * changed in a name of five.
 */
function misspelt(surname: string, names: Map<string, KnownName>): KnownName | undefined {
  // Only where the article names a reasonable number of people: the scan is over all of them.
  if (surname.length < 5 || names.size > 300) return undefined;
  const short = surname.length === 5;
  for (const [key, known] of names) {
    if (key[0] !== surname[0]) continue;
    // Two edits only in names of one length (a transposition, "Schelsinger"): across lengths two edits make another
    // name ("Francis" is not "Franco").
    const edits = key.length === surname.length ? 2 : 1;
    if (short ? key.length === 5 && editDistance(key, surname) === 1 : Math.abs(key.length - surname.length) <= 1 && editDistance(key, surname) <= edits) return known;
  }
  return undefined;
}

/**
 * "the Russian defense chief" → the speaker whose title or wording shares the most with it: words (the head noun
 * counting double: "the banker" → "a foreign banker close to the talks") and offices from the role lexicon ("the
 * diplomat" → "Russian Ambassador to Vietnam Gennady Bezdetko", "Russia's top diplomat" → the foreign minister).
 * People who have spoken count first (latest first). A person named only in the narration counts when the
 * description's head or office is in the title written with the name ("Finance Minister Olaf Berger met bankers.
 * The minister said ...") and it matches better than any speaker: matching narration names on any shared word
 * picked the wrong person more often than the right one. With no match, an office ("the minister") still means
 * the latest person, but a plain role ("the trader") is someone new.
 */
function resolveDescription(m: Mention, memory: SpeakerMemory, index: NameIndex, at: number, where: StatementPlace | null): SpeakerRef {
  const words = m.name.toLowerCase().replace(/['’]s\b/g, "").split(/\s+/).filter((w) => !MATCH_STOP_WORDS.has(w)).map(singular);
  const head = singular(descriptionHead(m.name.replace(/['’]s\b/g, "").split(/\s+/)));
  const wanted = offices(m.name);
  const parties = new Set(words.flatMap((w) => (PARTY_OF.has(w) ? [PARTY_OF.get(w)!] : [])));
  // "the Democratic candidate" is not "Republican front-runner Donald Trump".
  const otherParty = (known: Set<string>) => parties.size > 0 && [...known].some((w) => PARTY_OF.has(w) && !parties.has(PARTY_OF.get(w)!));
  // A title rules its holder out when it names another party, or another office ("Governor" for "the senator"); a
  // place in a race ("the candidate", "front-runner") is held beside any office.
  const race = RACE_WORDS.has(head);
  const contradicts = (title: string) => otherParty(new Set(title.toLowerCase().split(/\s+/))) || (!race && score(title) === 0 && saysRole(title));
  const score = (description: string): number => {
    // A description naming an office ("the prime minister") matches only a holder of it, not any "minister".
    if (wanted.size && ![...offices(description)].some((o) => wanted.has(o))) return 0;
    const known = new Set(description.toLowerCase().replace(/['’]s\b/g, "").split(/[\s,]+/).map(singular));
    // "Deputy Governor Oleg Klimov" is not "the governor", nor "Vice President" "the president".
    for (const w of SUBORDINATE_TITLES) if (known.has(w) && !words.includes(w)) return 0;
    if (otherParty(known)) return 0;
    // Its head noun or its office must match: "the source familiar with China's thinking" is not "China".
    if (!wanted.size && !known.has(head)) return 0;
    let total = wanted.size ? 2 : 0;
    for (const w of words) if (known.has(w)) total += w === head ? 2 : 1;
    return total;
  };
  let best: SpeakerRef | null = null;
  let bestScore = 0;
  for (const ref of memory.recent()) {
    if ((ref.kind === "organisation") !== (m.kind === "organisation")) continue;
    // A singular description ("the economist") is not a plural source ("Some economists", "Reuters witnesses").
    if (ref.kind === "unnamed" && isPluralHead(ref.name)) continue;
    const s = score(`${ref.title ?? ""} ${ref.name}`);
    if (s > bestScore) { best = ref; bestScore = s; }
  }
  if (m.kind === "person" && (TITLE_WORDS.has(head) || (isRoleNoun(head) && !BODY_HEADS.has(head) && !DOCUMENT_HEADS.has(head)))) {
    // Untitled people only for an office no speaker holds, not one of a body the description names ("the bureau's
    // director"), whose holder the narration would have titled.
    const untitled = TITLE_WORDS.has(head) && bestScore === 0 && !/['’]s\s/.test(m.name);
    const narrated = namedSinceLastSpeaker(index, memory, at, where, score, wanted.size ? 1 : bestScore, untitled ? contradicts : null);
    if (narrated) return { name: narrated.name, title: narrated.title, kind: "person", countryCode: affiliationCountry(narrated.title) };
    const named = namedWithTitle(index, at, score, wanted, head);
    if (named && named.score > bestScore) return { name: named.name.name, title: named.name.title, kind: "person", countryCode: affiliationCountry(named.name.title) };
  }
  // "the agency", "the newspaper", "the company" after "Interfax said": a generic body noun means the body that just
  // spoke. "the government", "the police", "the court" name an institution of their own and stay as written.
  // Of the same kind, though: "the paper" is not the ministry that spoke last, nor "the committee" the council.
  // A place that spoke ("Cuba said") is no "agency" or "company".
  // "Japan's central bank" is that country's own body, not a reference back to the company that spoke.
  const owned = /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(m.name);
  const lastBody = memory.lastBody && !owned && mayDescribeBody(head, memory.lastBody.name) && !isPlace(memory.lastBody.name) ? memory.lastBody : null;
  // An office with no match means the latest person, unless that person's title names another office.
  const latest = memory.latestPerson();
  const holds = latest && !(latest.title && contradicts(latest.title));
  const fallback = m.kind === "organisation" ? (INSTITUTION_HEADS.has(head) ? null : lastBody) : TITLE_WORDS.has(head) && holds ? latest : null;
  return best ?? fallback ?? { name: m.name, title: null, kind: "unnamed", countryCode: affiliationCountry(m.name) };
}

/** "Some economists", "officials in Kyiv": a source whose head noun (before any preposition) is a plural role. */
function isPluralHead(name: string): boolean {
  const words = name.split(/\s+/);
  const head = descriptionHead(words);
  return /^\p{Ll}/u.test(head) && singular(head) !== head && isRoleNoun(singular(head));
}

/** How far back narration may name the person a description means: about a paragraph or two of wire copy. */
const NARRATION_REACH = 600;

/**
 * "Sherrod Brown introduced the bill on Monday. "It is time," the Ohio senator said": a description means the
 * person the narration named last since the latest statement (within NARRATION_REACH, not in the statement's own
 * content), when that person's title names the office, or else matches the description as well as any speaker's
 * does (`atLeast`); given `contradicts` (for an office no speaker holds), also one whose
 * title says nothing against it.
 */
function namedSinceLastSpeaker(index: NameIndex, memory: SpeakerMemory, at: number, where: StatementPlace | null, score: (d: string) => number, atLeast: number, contradicts: ((title: string) => boolean) | null): KnownName | null {
  const since = memory.previous ? memory.lastSpokeAt(memory.previous) : -1;
  const from = Math.max(since, at - NARRATION_REACH);
  let open: KnownName | null = null;
  const mentions = index.mentions;
  let k = 0;
  while (k < mentions.length && mentions[k]!.start < at) k++;
  for (k--; k >= 0 && mentions[k]!.start > from; k--) {
    const mention = mentions[k]!;
    // Not in the statement's own content, and not in the description's own sentence: a name there is someone else
    // ("In an interview with host Mika Brzezinski, the candidate said"; an apposition was read before this).
    if (where && (mention.start >= where.sentenceStart || (mention.start >= where.content.start && mention.start < where.content.end))) continue;
    const title = mention.name.title;
    if (title && title.split(" ").length <= 4 && score(title) >= Math.max(1, atLeast)) return mention.name;
    if (contradicts && !open && !(title && contradicts(title))) open = mention.name;
  }
  return open;
}

/** Whether a title names an office or a role ("Governor", "defence lawyer"), not only a party or place ("Republican"). */
function saysRole(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/).filter((w) => !RACE_WORDS.has(w));
  return offices(words.join(" ")).size > 0 || words.some((w) => isRoleNoun(w) || (TITLE_WORDS.has(w) && !QUALIFIER_TITLES.has(w)));
}

/** The person named before `at` whose written title holds the description's head or office, best match latest. */
function namedWithTitle(index: NameIndex, at: number, score: (d: string) => number, wanted: Set<number>, head: string): { name: KnownName; score: number } | null {
  let best: { name: KnownName; score: number } | null = null;
  for (const mention of index.mentions) {
    if (mention.start >= at) break;
    const title = mention.name.title;
    // A long title is a title-case headline running into the name ("NFL Legend Pays A Heavy Price For Supporting").
    if (!title || title.split(" ").length > 4) continue;
    // Its office (see score) or else its head word must be in the title.
    const fits = wanted.size > 0 || new Set(title.toLowerCase().split(/\s+/).map(singular)).has(head);
    const s = score(title);
    if (fits && s > 0 && (!best || s >= best.score)) best = { name: mention.name, score: s };
  }
  return best;
}
