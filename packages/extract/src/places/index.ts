import type { PlaceRef, PlaceType, RegionRef } from "../types.ts";
import { caseMatches, hasLocativeCue, hasStrongCue, looksLikePerson, personSurnames, switchedByContext } from "./context.ts";
import { isClubMention, isSportsText } from "./clubs.ts";
import { root, type Candidate, type TrieNode } from "./lexicon.ts";
import { isCapitalised, tokenize, type Token } from "./tokens.ts";

export interface FoundPlaces { places: PlaceRef[]; regions: RegionRef[] }
export interface FindPlacesOptions {
  /** The whole article the passage comes from: people it names ("Sudesh Amman") are not places later ("Amman had"). */
  context?: string;
}
interface Match { candidate: Candidate; from: number; to: number }

/**
 * The first candidate starting at token i that `accept` takes: longest first, and in lexicon priority order for one
 * length. It runs for every capitalised word of every article, so it walks the trie without building lists.
 */
function firstCandidateAt(tokens: Token[], i: number, accept: (candidate: Candidate, to: number) => boolean): { candidate: Candidate; to: number } | null {
  const ends: TrieNode[] = [];
  const tos: number[] = [];
  let node: TrieNode | undefined = root;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j]!.key);
    if (node?.candidates.length) { ends.push(node); tos.push(j + 1); }
  }
  for (let e = ends.length - 1; e >= 0; e--) {
    const to = tos[e]!;
    for (const candidate of ends[e]!.candidates) if (accept(candidate, to)) return { candidate, to };
  }
  return null;
}

const placeCandidateAt = (tokens: Token[], i: number) =>
  firstCandidateAt(tokens, i, (candidate) => candidate.entry.kind === "place" && caseMatches(candidate.forms, tokens, i));
const isPlaceAt = (tokens: Token[], i: number) => placeCandidateAt(tokens, i) !== null;

/**
 * What an article tells about its passages: the people it names, the countries it is about, whether it is a sports
 * story. Each takes a pass over the whole article and only some matches ask (a single-word town or name-like place,
 * an ambiguous city, a town that could be a club), so each is found on first use.
 */
interface ArticleContext { surnames: () => Set<string>; countries: () => Set<string>; sports: () => boolean }
const NOTHING = new Set<string>();
const NO_CONTEXT: ArticleContext = { surnames: () => NOTHING, countries: () => NOTHING, sports: () => false };
/** What the scan needs to know beyond the passage: the article's people, and whether it is a sports story. */
interface Scope { surnames: () => Set<string>; sports: () => boolean }

/** `find`, run once, on first use. */
function once<T>(find: () => T): () => T {
  let found: { value: T } | null = null;
  return () => (found ??= { value: find() }).value;
}

/** One-entry cache: the extractor asks for every statement of the same article in turn. */
let cachedText: string | null = null;
let cachedContext = NO_CONTEXT;
function articleContext(context: string | undefined): ArticleContext {
  if (!context) return NO_CONTEXT;
  if (context !== cachedText) {
    const tokens = once(() => tokenize(context));
    const surnames = once(() => personSurnames(tokens(), (i) => isPlaceAt(tokens(), i)));
    const sports = once(() => isSportsText(context));
    cachedContext = { surnames, sports, countries: once(() => unambiguousCountries(scan(tokens(), { surnames, sports }))) };
    cachedText = context;
  }
  return cachedContext;
}

/** Countries named without doubt: every place except cities whose name other countries share. */
function unambiguousCountries(matches: Match[]): Set<string> {
  const codes = new Set<string>();
  for (const { candidate: { entry } } of matches) if (entry.kind === "place" && !entry.alternatives.length) codes.add(entry.countryCode);
  return codes;
}

/**
 * The country of a city name that several countries share: the one a following place names ("London, Ontario"),
 * else one the passage or article is otherwise about ("Valencia" beside "Spain"), else the most populous.
 */
function countryOfCity(match: Match, tokens: Token[], evidence: Evidence): string {
  const entry = match.candidate.entry;
  if (entry.kind !== "place" || !entry.alternatives.length) return entry.kind === "place" ? entry.countryCode : "";
  const options = [entry.countryCode, ...entry.alternatives];
  if (tokens[match.to]?.text === ",") {
    const next = placeCandidateAt(tokens, match.to + 1);
    const code = next?.candidate.entry.kind === "place" ? next.candidate.entry.countryCode : null;
    if (code && options.includes(code)) return code;
  }
  // "To go to Athens and win gold" in a story that names the US is still Greece's capital: only "Athens, Georgia" moves it.
  if (entry.capital || evidence.passage.has(entry.countryCode) || evidence.article().has(entry.countryCode)) return entry.countryCode;
  // The passage's own countries pick any namesake; the rest of the article only one of comparable size.
  return entry.alternatives.find((code) => evidence.passage.has(code)) ?? entry.rivals?.find((code) => evidence.article().has(code)) ?? entry.countryCode;
}

function accepted(match: Match, tokens: Token[], { surnames, sports }: Scope): boolean {
  const { candidate, from, to } = match;
  if (!caseMatches(candidate.forms, tokens, from)) return false;
  const entry = candidate.entry;
  if (entry.kind !== "place") return true;
  const maybePerson = entry.nameLike || entry.type === "city";
  // "interested in Rubio" in a story on Marco Rubio: a small town that is mostly a surname stays the person after "in".
  const surnameTown = entry.surname && !entry.capital;
  if (maybePerson && entry.single && surnames().has(tokens[from]!.key) && (surnameTown || !hasStrongCue(tokens, from))) return false;
  if ((entry.nameLike || entry.tier === "cued") && looksLikePerson(tokens, from, to)) return false;
  if (entry.tier === "cued" && !hasLocativeCue(tokens, from, to, (i) => isPlaceAt(tokens, i))) return false;
  if (entry.type === "city" && inOtherCountry(entry, tokens, to)) return false;
  if (entry.type !== "country" && insideCompoundName(tokens, from)) return false;
  if (entry.type === "city" && !entry.capital && !entry.curated && entry.single && isClubMention(tokens, from, to, sports)) return false;
  return true;
}

/**
 * "a plant in Crosby, Texas": a town followed by a state or province of another country is a namesake the lexicon
 * lacks; the state after it names the country.
 */
function inOtherCountry(entry: Extract<Candidate["entry"], { kind: "place" }>, tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ",") return false;
  const next = placeCandidateAt(tokens, to + 1)?.candidate.entry;
  return next?.kind === "place" && next.type === "subnational" && next.countryCode !== entry.countryCode && !entry.alternatives.includes(next.countryCode);
}

/**
 * "KwaZulu-Natal": a town name hyphenated onto a capitalised word that is no place is part of a longer name;
 * "Moscow-Beijing" links two places and "US-Natal" names a town.
 */
function insideCompoundName(tokens: Token[], from: number): boolean {
  const hyphen = tokens[from - 1], head = tokens[from - 2];
  if (hyphen?.text !== "-" || !head || hyphen.end !== tokens[from]!.start || head.end !== hyphen.start) return false;
  let start = from - 2; // the compound's first word: "Ho-Chi-Minh" looks back over every hyphen
  while (tokens[start - 1]?.text === "-" && tokens[start - 2] && tokens[start - 2]!.end === tokens[start - 1]!.start) start -= 2;
  return isCapitalised(head.text) && !isPlaceAt(tokens, start) && !isPlaceAt(tokens, from - 2);
}

/**
 * First words of lexicon names that a word in lower case can start: those with an entry whose first word takes any
 * case ("the", "anti") or is itself written in lower case. Every other entry's first word must be capitalised
 * (caseMatches), so a lower-case word elsewhere starts no place and is skipped without a trie lookup.
 */
let lowerCaseStarts: Set<string> | null = null;
function lowerCaseStartSet(): Set<string> {
  const starts = new Set<string>();
  const visit = (key: string, node: TrieNode): void => {
    // A word in lower case passes caseMatches only for a first form of any case or one written as the word is.
    for (const c of node.candidates) if (!isCapitalised(c.forms[0]!)) starts.add(key);
    for (const child of node.next.values()) visit(key, child);
  };
  for (const [key, node] of root.next) visit(key, node);
  return starts;
}

/** Longest accepted match at each position, one left-to-right pass. */
function scan(tokens: Token[], scope: Scope): Match[] {
  const matches: Match[] = [];
  const lower = (lowerCaseStarts ??= lowerCaseStartSet());
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    // most words start no place name
    if (!(isCapitalised(token.text) ? root.next.has(token.key) : lower.has(token.key))) { i++; continue; }
    const found = firstCandidateAt(tokens, i, (candidate, to) => accepted({ candidate, from: i, to }, tokens, scope));
    if (!found) { i++; continue; }
    matches.push({ candidate: found.candidate, from: i, to: found.to });
    i = found.to;
  }
  return matches;
}

export interface PlaceMention { start: number; end: number; text: string; place: PlaceRef | null; region: RegionRef | null }

/** Every place and region mention with its offsets in `text`, in order (not deduplicated). */
export function placeMentions(text: string, options: FindPlacesOptions = {}): PlaceMention[] {
  const tokens = tokenize(text);
  const context = articleContext(options.context);
  const matches = scan(tokens, { surnames: context.surnames, sports: once(() => context.sports() || isSportsText(text)) });
  const codes = countryCodes(matches);
  const evidence = evidenceOf(matches, context);
  return matches.flatMap((match) => {
    const start = tokens[match.from]!.start, end = tokens[match.to - 1]!.end;
    const entry = match.candidate.entry;
    if (entry.kind === "block") return [];
    const region = entry.kind === "region" ? { name: entry.name, m49: entry.m49 } : null;
    const place = entry.kind === "place" ? placeOf(match, tokens, codes, evidence) : null;
    return [{ start, end, text: text.slice(start, end), place, region }];
  });
}

/** Countries whose cities or regions the passage names: "Atlanta" makes "Georgia" the US state, "the US" does not. */
function countryCodes(matches: Match[]): Set<string> {
  const codes = new Set<string>();
  for (const { candidate: { entry } } of matches) if (entry.kind === "place" && entry.type !== "country") codes.add(entry.countryCode);
  return codes;
}

function placeOf(match: Match, tokens: Token[], codes: Set<string>, evidence: Evidence): PlaceRef {
  const entry = match.candidate.entry;
  if (entry.kind !== "place") throw new Error("placeOf: not a place entry");
  const switched = switchedByContext(match.candidate, tokens, match.from, codes);
  return switched
    ? { name: switched.name, countryCode: switched.countryCode, type: switched.type as PlaceType }
    : { name: entry.name, countryCode: countryOfCity(match, tokens, evidence), type: entry.type };
}

/** Countries that settle ambiguous city names: those the passage names without doubt, and the article's. */
interface Evidence { passage: Set<string>; article: () => Set<string> }
function evidenceOf(matches: Match[], context: ArticleContext): Evidence {
  return { passage: unambiguousCountries(matches), article: context.countries };
}

/** Countries (by ISO code, each once) and multi-country regions that a passage names or refers to. */
export function findPlaces(text: string, options: FindPlacesOptions = {}): FoundPlaces {
  const tokens = tokenize(text);
  const context = articleContext(options.context);
  const matches = scan(tokens, { surnames: context.surnames, sports: once(() => context.sports() || isSportsText(text)) });
  const codes = countryCodes(matches);
  const evidence = evidenceOf(matches, context);
  const places: PlaceRef[] = [], regions: RegionRef[] = [];
  const seenPlaces = new Set<string>(), seenRegions = new Set<string>();
  for (const match of matches) {
    const entry = match.candidate.entry;
    if (entry.kind === "region" && !seenRegions.has(entry.name)) {
      seenRegions.add(entry.name);
      regions.push({ name: entry.name, m49: entry.m49 });
    }
    if (entry.kind !== "place") continue;
    const place = placeOf(match, tokens, codes, evidence);
    if (seenPlaces.has(place.countryCode!)) continue;
    seenPlaces.add(place.countryCode!);
    places.push(place);
  }
  return { places, regions };
}
