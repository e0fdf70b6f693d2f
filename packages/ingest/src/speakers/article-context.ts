// What an article tells about the speakers in it, as evidence for matching a bare name across articles: the
// publication, the year, and the country the story is about ("Trump" in a 2019 story about the US is the
// Donald Trump the store knows from US stories, not a Trump from a British story).
import type { ArticleExtraction, ArticleInput } from "@dictum/extract";
import { placeMentions } from "@dictum/extract/places";

export interface ArticleContext {
  source: string | null;
  year: number | null;
  /** The country the story is about: the dateline's, else the one its text names most (a clear lead). */
  country: string | null;
  /** The dateline's country, else one the lead names at least twice as often as any other: the country whose
   * officials the story names without their country. */
  officialsCountry?: string | null;
}

export const NO_CONTEXT: ArticleContext = { source: null, year: null, country: null };

/** The context of an article as it is stored: `publishedAt` is the date stored for it. */
export function articleContext(article: ArticleInput, extraction: ArticleExtraction, publishedAt: Date | null): ArticleContext {
  const dateline = extraction.dateline?.countryCode ?? null;
  const lead = dateline ? null : leadCountries(article.text);
  return {
    source: article.source || null,
    year: publishedAt?.getUTCFullYear() ?? null,
    country: dateline ?? (lead && lead.first[1] >= 2 && lead.first[1] > lead.second ? lead.first[0] : null),
    officialsCountry: dateline ?? (lead && lead.first[1] >= 2 && lead.first[1] >= 2 * lead.second ? lead.first[0] : null),
  };
}

/** Where a story says what it is about; reading only its lead also keeps the look-up cheap. */
const LEAD = 1500;

/** The country the lead names most, with its count, and the count of the next. */
function leadCountries(text: string): { first: [string, number]; second: number } | null {
  const counts = new Map<string, number>();
  for (const m of placeMentions(text.slice(0, LEAD))) if (m.place?.countryCode) counts.set(m.place.countryCode, (counts.get(m.place.countryCode) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first ? { first, second: second?.[1] ?? 0 } : null;
}

/** Where a speaker has been seen in this run: the stories' countries, publications and years. */
export interface SpeakerSeen {
  countries: Set<string>;
  sources: Set<string>;
  years: Set<number>;
}

export function newSeen(): SpeakerSeen {
  return { countries: new Set(), sources: new Set(), years: new Set() };
}

export function noteSeen(seen: SpeakerSeen, context: ArticleContext): void {
  if (context.country) seen.countries.add(context.country);
  if (context.source) seen.sources.add(context.source);
  if (context.year !== null) seen.years.add(context.year);
}

/**
 * Two bare mentions of one name ("Falconer", "Falconer") are the same speaker when their stories agree: the same
 * country, the same publication, and years no more than one apart where both are known.
 */
export function contextsAgree(seen: SpeakerSeen | undefined, context: ArticleContext | undefined): boolean {
  if (!seen || !context?.country || !context.source) return false;
  if (!seen.countries.has(context.country) || !seen.sources.has(context.source)) return false;
  if (context.year === null || seen.years.size === 0) return true;
  for (const year of seen.years) if (Math.abs(year - context.year) <= 1) return true;
  return false;
}

/**
 * The weakest agreement: the same publication, years no more than one apart where both are known, and the story's
 * country (if any) among the speaker's stories' countries (if any).
 */
export function eraAgrees(seen: SpeakerSeen | undefined, context: ArticleContext | undefined): boolean {
  if (!seen || !context?.source || !seen.sources.has(context.source)) return false;
  if (context.country && seen.countries.size > 0 && !seen.countries.has(context.country)) return false;
  if (context.year === null || seen.years.size === 0) return true;
  for (const year of seen.years) if (Math.abs(year - context.year) <= 1) return true;
  return false;
}
