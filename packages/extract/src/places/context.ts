import rules from "../lexicons/places-rules.json" with { type: "json" };
import type { Candidate } from "./lexicon.ts";
import { isCapitalised, isWord, type Token } from "./tokens.ts";

const functionWords = new Set(rules.functionWords);
const afterPlaceWords = new Set(rules.afterPlaceWords);
const placeNouns = new Set(rules.placeNouns);
const locativeCues = new Set(rules.locativeCues);
const strongCues = new Set(rules.strongLocativeCues);
const personTitles = new Set(rules.personTitles);

type CaseRule = "any" | "exact" | "capitalised";
/** The rule of each lexicon word, worked out once: the forms are the lexicon's, a bounded set. */
const caseRules = new Map<string, CaseRule>();
function caseRuleOf(form: string): CaseRule {
  let rule = caseRules.get(form);
  if (rule) return rule;
  const letters = form.replace(/[^\p{L}]/gu, "");
  if (!/\p{L}/u.test(form)) rule = "any";
  else if (letters.length >= 2 && letters === letters.toUpperCase()) rule = "exact";
  else rule = isCapitalised(form) ? "capitalised" : "any";
  caseRules.set(form, rule);
  return rule;
}

/** Each lexicon word must appear with its case: "US" exactly, "Chad" capitalised; "of" in any case. */
export function caseMatches(forms: string[], tokens: Token[], from: number): boolean {
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    const rule = caseRuleOf(form);
    if (rule === "any") continue;
    const text = tokens[from + i]!.text;
    if (rule === "exact" ? text !== form : !isCapitalised(text)) return false;
  }
  return true;
}

const isNameWord = (t: Token | undefined) => !!t && isWord(t.text) && isCapitalised(t.text) && !functionWords.has(t.text);

/** "Michael Jordan", "Jordan Peterson", "Chad Smith": a capitalised neighbour that is no place word makes a person. */
export function looksLikePerson(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1], first = tokens[from]!, last = tokens[to - 1]!, after = tokens[to];
  if (!first.sentenceStart && isNameWord(before) && !before!.possessive) return true;
  if (!last.possessive && after && isWord(after.text) && isCapitalised(after.text) && !after.sentenceStart &&
      !placeNouns.has(after.text) && !afterPlaceWords.has(after.text)) return true;
  return false;
}

/** "in Amman", "from Jordan": a strong cue that a name is a place even where the article also names a person so. */
export const hasStrongCue = (tokens: Token[], from: number) => strongCues.has(tokens[from - 1]?.text ?? "");

/**
 * Surnames of the people an article names ("Sudesh Amman", "Jim Jordan", "Mr Bush"): later on their own
 * ("Amman had scrawled", "Jordan told the forum") they are the person, not the place.
 */
export function personSurnames(tokens: Token[], isPlaceWord: (i: number) => boolean): Set<string> {
  const surnames = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1]!, word = tokens[i]!;
    if (!isWord(word.text) || !isCapitalised(word.text) || word.sentenceStart || previous.possessive) continue;
    const titled = personTitles.has(previous.text) || (previous.text === "." && personTitles.has(tokens[i - 2]?.text ?? ""));
    // The place lookup last and only when needed: it is the costly test, and most pairs fail the others.
    if (titled || (previous.end + 1 === word.start && isWord(previous.text) && isCapitalised(previous.text) &&
      !functionWords.has(previous.text) && !afterPlaceWords.has(previous.text) && !isPlaceWord(i - 1))) surnames.add(word.key);
  }
  return surnames;
}

/** Mid-sized cities need a cue: "in Anapa", "near Temryuk", "Allen, Texas", "Krasnodar Region". */
export function hasLocativeCue(tokens: Token[], from: number, to: number, isPlaceAt: (i: number) => boolean): boolean {
  const before = tokens[from - 1], after = tokens[to];
  if (before && locativeCues.has(before.text)) return true;
  // "the city of El Paso", "the port of Odessa"; a bare "of" is too often a person's ("a speech of Bush").
  if (before?.text === "of" && placeNouns.has(tokens[from - 2]?.text ?? "")) return true;
  if (after && placeNouns.has(after.text)) return true;
  if (after?.text === "," && isPlaceAt(to + 1)) return true;
  return false;
}

interface Contextual { countryCode: string; name: string; type: string; window: number; cues: string[]; placeCountry: string }
const contextual = rules.contextual as Record<string, Contextual | undefined>;

/** "Georgia" is the US state when the passage is about US politics or names other US places. */
export function switchedByContext(candidate: Candidate, tokens: Token[], from: number, countries: Set<string>): Contextual | null {
  const rule = contextual[candidate.forms.join(" ")];
  if (!rule) return null;
  if (countries.has(rule.placeCountry)) return rule;
  const cues = new Set(rule.cues);
  const lo = Math.max(0, from - rule.window), hi = Math.min(tokens.length, from + rule.window + 1);
  for (let i = lo; i < hi; i++) if (cues.has(tokens[i]!.text)) return rule;
  return null;
}
