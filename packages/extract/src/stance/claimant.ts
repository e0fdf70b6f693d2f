/**
 * Whom a denial or a rejection aims at: who made what it rejects ("rejected claims by [opposition MPs]", "denied
 * [Kyiv]'s accusations", "rejected [Waste Management]'s bid", "rejected a request for a new trial by [two former
 * aides]", "rejected an [IMF] program", "the [Russian] proposal"). "Denied the allegations" names no one, and
 * "suggestions of links with Moscow" name what is suggested, not who suggests it.
 */
import type { Document } from "../pipeline/types.ts";
import type { Governing, Span } from "./cue.ts";
import { wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export const CLAIMS = new Set(stanceWords.objectClaims);
const OFFERS = new Set(stanceWords.objectOffers);
const STOPS = new Set([",", ";", ":", ".", "!", "?", "(", ")", "—", "–", '"', "“", "”", "«", "»"]);
/** Words that end a claimant ("a bid by Trump [to] keep …", "by two aides [who] were convicted"). */
const ENDS = new Set(["that", "about", "on", "to", "who", "which", "for", "over", "in", "after", ...stanceWords.objectVerbs]);
const MAX_WORDS = 10;
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "such", "all", "any"]);
const isClaim = (w: Word | undefined) => w !== undefined && (CLAIMS.has(w.key) || OFFERS.has(w.key));
const isCapitalised = (w: Word | undefined) => w !== undefined && /^\p{Lu}/u.test(w.text);

export function claimant(doc: Document, cue: Governing, span: Span): Span | null {
  if (cue.position !== "before") return null;
  return claimantIn(wordsOf(doc.text, cue.end, Math.min(span.end, cue.end + 300)));
}

/** The maker of the claim or offer named within the first `scan` words, or null. */
export function claimantIn(words: Word[], scan = 6): Span | null {
  for (let i = 0; i < Math.min(words.length, scan); i++) {
    const w = words[i]!;
    const ahead = words.slice(i + 1, i + 6);
    // "Kyiv's accusations", "Waste Management's 27 dlrs a share bid", "a federal mediator's offer".
    if (w.key.endsWith("'s") && ahead.some(isClaim) && !ahead.slice(0, ahead.findIndex(isClaim)).some((x) => STOPS.has(x.key))) {
      return { start: words[0]!.start, end: w.end - 2 };
    }
    // "an IMF program", "the Russian proposal": a capitalised modifier of the claim.
    if (isClaim(w) && i > 0 && isCapitalised(words[i - 1]) && !DETERMINERS.has(words[i - 1]!.key)) {
      let from = i - 1;
      while (from > 0 && isCapitalised(words[from - 1])) from--;
      return { start: words[from]!.start, end: words[i - 1]!.end };
    }
    if (!isClaim(w)) continue;
    // "claims by opposition MPs", "claims made by the ministry", "a request for a new trial by two aides".
    const by = words.findIndex((x, k) => k > i && k <= i + 6 && (x.key === "by" || x.key === "from" || (x.key === "of" && k === i + 1 && CLAIMS.has(w.key) && ofNames(words, k))));
    if (by < 0 || words.slice(i + 1, by).some((x) => STOPS.has(x.key))) continue;
    const rest = words.slice(by + 1);
    const end = rest.findIndex((x) => STOPS.has(x.key) || ENDS.has(x.key));
    const taken = rest.slice(0, end < 0 ? Math.min(rest.length, MAX_WORDS) : end);
    return taken.length && taken.length <= MAX_WORDS ? { start: taken[0]!.start, end: taken[taken.length - 1]!.end } : null;
  }
  return null;
}

/** "claims of [the opposition]" name a claimant; "suggestions of links", "allegations of fraud" name the claim. */
function ofNames(words: Word[], of: number): boolean {
  const next = words[of + 1];
  return isCapitalised(next) || (["the", "a"].includes(next?.key ?? "") && isCapitalised(words[of + 2]));
}
