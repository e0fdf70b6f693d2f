import type { PlaceRef, PlaceType, RegionRef } from "../types.ts";
import { caseMatches, hasLocativeCue, looksLikePerson, switchedByContext } from "./context.ts";
import { root, type Candidate, type TrieNode } from "./lexicon.ts";
import { tokenize, type Token } from "./tokens.ts";

export interface FoundPlaces { places: PlaceRef[]; regions: RegionRef[] }
interface Match { candidate: Candidate; from: number; to: number }

/** Every candidate that starts at token i, longest first. */
function candidatesAt(tokens: Token[], i: number): { candidate: Candidate; to: number }[] {
  const found: { candidate: Candidate; to: number }[] = [];
  let node: TrieNode | undefined = root;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j]!.key);
    if (node) for (const candidate of node.candidates) found.push({ candidate, to: j + 1 });
  }
  return found.reverse();
}

function accepted(match: Match, tokens: Token[]): boolean {
  const { candidate, from, to } = match;
  if (!caseMatches(candidate.forms, tokens, from)) return false;
  const entry = candidate.entry;
  if (entry.kind !== "place") return true;
  if ((entry.nameLike || entry.tier === "cued") && looksLikePerson(tokens, from, to)) return false;
  if (entry.tier === "cued") {
    const isPlaceAt = (i: number) => candidatesAt(tokens, i).some((c) => c.candidate.entry.kind === "place" && caseMatches(c.candidate.forms, tokens, i));
    if (!hasLocativeCue(tokens, from, to, isPlaceAt)) return false;
  }
  return true;
}

/** Longest accepted match at each position, one left-to-right pass. */
function scan(tokens: Token[]): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = candidatesAt(tokens, i).map(({ candidate, to }) => ({ candidate, from: i, to })).find((m) => accepted(m, tokens));
    if (!match) { i++; continue; }
    matches.push(match);
    i = match.to;
  }
  return matches;
}

/** Countries (by ISO code, each once) and multi-country regions that a passage names or refers to. */
export function findPlaces(text: string): FoundPlaces {
  const tokens = tokenize(text);
  const matches = scan(tokens);
  const codes = new Set<string>();
  for (const { candidate } of matches) if (candidate.entry.kind === "place") codes.add(candidate.entry.countryCode);

  const places: PlaceRef[] = [], regions: RegionRef[] = [];
  const seenPlaces = new Set<string>(), seenRegions = new Set<string>();
  for (const { candidate, from } of matches) {
    const entry = candidate.entry;
    if (entry.kind === "region" && !seenRegions.has(entry.name)) {
      seenRegions.add(entry.name);
      regions.push({ name: entry.name, m49: entry.m49 });
    }
    if (entry.kind !== "place") continue;
    const switched = switchedByContext(candidate, tokens, from, codes);
    const place: PlaceRef = switched
      ? { name: switched.name, countryCode: switched.countryCode, type: switched.type as PlaceType }
      : { name: entry.name, countryCode: entry.countryCode, type: entry.type };
    if (seenPlaces.has(place.countryCode!)) continue;
    seenPlaces.add(place.countryCode!);
    places.push(place);
  }
  return { places, regions };
}
