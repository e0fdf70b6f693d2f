import rules from "../lexicons/places-rules.json" with { type: "json" };
import type { Token } from "./tokens.ts";

const clubRoles = new Set(rules.clubRoles);
const exceptCues = new Set(rules.clubExceptCues);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SPORTS = new RegExp(`(?<![\\p{L}-])(?:${rules.sportsWords.map(escape).join("|")})(?![\\p{L}-])`, "giu");

/** A text about team sport: at least three of its words ("striker", "Premiership", "equaliser"). */
export function isSportsText(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(SPORTS)) if (seen.add(m[0].toLowerCase()).size >= 3) return true;
  return false;
}

/**
 * "Valencia coach", "Chelsea's manager", and in a sports story "Chelsea face Barcelona": a town named for its club
 * is no place. "in Barcelona" stays the city; capitals are left alone (their clubs carry longer names: "Real Madrid").
 */
export function isClubMention(tokens: Token[], from: number, to: number, sports: () => boolean): boolean {
  const before = tokens[from - 1], after = tokens[to];
  if (before && exceptCues.has(before.text)) return false;
  if (after && clubRoles.has(after.text)) return true;
  return sports();
}
