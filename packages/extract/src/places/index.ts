import type { PlaceRef, PlaceType, RegionRef } from "../types.ts";
import { caseMatches, hasLocativeCue, hasStrongCue, looksLikePerson, personSurnames, switchedByContext } from "./context.ts";
import { root, type Candidate, type TrieNode } from "./lexicon.ts";
import { tokenize, type Token } from "./tokens.ts";

export interface FoundPlaces { places: PlaceRef[]; regions: RegionRef[] }
export interface FindPlacesOptions {
  /** The whole article the passage comes from: people it names ("Sudesh Amman") are not places later ("Amman had"). */
  context?: string;
}
interface Match { candidate: Candidate; from: number; to: number }

/** Every candidate that starts at token i: longest first, and in lexicon priority order for one length. */
function candidatesAt(tokens: Token[], i: number): { candidate: Candidate; to: number }[] {
  const byLength: { candidate: Candidate; to: number }[][] = [];
  let node: TrieNode | undefined = root;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j]!.key);
    if (node?.candidates.length) byLength.push(node.candidates.map((candidate) => ({ candidate, to: j + 1 })));
  }
  return byLength.reverse().flat();
}

const isPlaceAt = (tokens: Token[], i: number) =>
  candidatesAt(tokens, i).some((c) => c.candidate.entry.kind === "place" && caseMatches(c.candidate.forms, tokens, i));

/** One-entry cache: the extractor asks for every statement of the same article in turn. */
let cachedContext: string | null = null;
let cachedSurnames = new Set<string>();
function surnamesIn(context: string | undefined): Set<string> {
  if (!context) return new Set();
  if (context !== cachedContext) {
    const tokens = tokenize(context);
    cachedSurnames = personSurnames(tokens, (i) => isPlaceAt(tokens, i));
    cachedContext = context;
  }
  return cachedSurnames;
}

function accepted(match: Match, tokens: Token[], surnames: Set<string>): boolean {
  const { candidate, from, to } = match;
  if (!caseMatches(candidate.forms, tokens, from)) return false;
  const entry = candidate.entry;
  if (entry.kind !== "place") return true;
  const maybePerson = entry.nameLike || entry.type === "city";
  if (maybePerson && entry.single && surnames.has(tokens[from]!.key) && !hasStrongCue(tokens, from)) return false;
  if ((entry.nameLike || entry.tier === "cued") && looksLikePerson(tokens, from, to)) return false;
  if (entry.tier === "cued" && !hasLocativeCue(tokens, from, to, (i) => isPlaceAt(tokens, i))) return false;
  return true;
}

/** Longest accepted match at each position, one left-to-right pass. */
function scan(tokens: Token[], surnames: Set<string>): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = candidatesAt(tokens, i).map(({ candidate, to }) => ({ candidate, from: i, to })).find((m) => accepted(m, tokens, surnames));
    if (!match) { i++; continue; }
    matches.push(match);
    i = match.to;
  }
  return matches;
}

export interface PlaceMention { start: number; end: number; text: string; place: PlaceRef | null; region: RegionRef | null }

/** Every place and region mention with its offsets in `text`, in order (not deduplicated). */
export function placeMentions(text: string, options: FindPlacesOptions = {}): PlaceMention[] {
  const tokens = tokenize(text);
  const matches = scan(tokens, surnamesIn(options.context));
  const codes = countryCodes(matches);
  return matches.flatMap((match) => {
    const start = tokens[match.from]!.start, end = tokens[match.to - 1]!.end;
    const entry = match.candidate.entry;
    if (entry.kind === "block") return [];
    const region = entry.kind === "region" ? { name: entry.name, m49: entry.m49 } : null;
    const place = entry.kind === "place" ? placeOf(match, tokens, codes) : null;
    return [{ start, end, text: text.slice(start, end), place, region }];
  });
}

/** Countries whose cities or regions the passage names: "Atlanta" makes "Georgia" the US state, "the US" does not. */
function countryCodes(matches: Match[]): Set<string> {
  const codes = new Set<string>();
  for (const { candidate: { entry } } of matches) if (entry.kind === "place" && entry.type !== "country") codes.add(entry.countryCode);
  return codes;
}

function placeOf({ candidate, from }: Match, tokens: Token[], codes: Set<string>): PlaceRef {
  const entry = candidate.entry;
  if (entry.kind !== "place") throw new Error("placeOf: not a place entry");
  const switched = switchedByContext(candidate, tokens, from, codes);
  return switched
    ? { name: switched.name, countryCode: switched.countryCode, type: switched.type as PlaceType }
    : { name: entry.name, countryCode: entry.countryCode, type: entry.type };
}

/** Countries (by ISO code, each once) and multi-country regions that a passage names or refers to. */
export function findPlaces(text: string, options: FindPlacesOptions = {}): FoundPlaces {
  const tokens = tokenize(text);
  const matches = scan(tokens, surnamesIn(options.context));
  const codes = countryCodes(matches);
  const places: PlaceRef[] = [], regions: RegionRef[] = [];
  const seenPlaces = new Set<string>(), seenRegions = new Set<string>();
  for (const match of matches) {
    const entry = match.candidate.entry;
    if (entry.kind === "region" && !seenRegions.has(entry.name)) {
      seenRegions.add(entry.name);
      regions.push({ name: entry.name, m49: entry.m49 });
    }
    if (entry.kind !== "place") continue;
    const place = placeOf(match, tokens, codes);
    if (seenPlaces.has(place.countryCode!)) continue;
    seenPlaces.add(place.countryCode!);
    places.push(place);
  }
  return { places, regions };
}
