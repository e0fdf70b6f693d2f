import { isSupportedLanguage } from "@dictum/extract";
import type { Where } from "@dictum/sources";

export type ArticleStatus = "new" | "present" | "failed";

/** What happened to one article. */
export interface ArticleOutcome {
  status: ArticleStatus;
  /** The stored article (new) or the one already stored (present). */
  articleId?: number;
  /** Statements stored for this article by this call (0 when present or failed). */
  statements: number;
  error?: string;
  where?: Where;
  /** The language detected for a new article; one the extractor does not read yields no statements. */
  language?: string;
}

/** Totals of a run, as the summary line prints them. */
export interface IngestSummary {
  new: number;
  present: number;
  failed: number;
  statements: number;
  /** New articles in a language the extractor does not read, per language code ({ ru: 2 }). */
  unsupportedLanguages: Record<string, number>;
  seconds: number;
  articlesPerSecond: number;
}

export function emptyTotals(): Omit<IngestSummary, "seconds" | "articlesPerSecond"> {
  return { new: 0, present: 0, failed: 0, statements: 0, unsupportedLanguages: {} };
}

export function addOutcome(totals: Omit<IngestSummary, "seconds" | "articlesPerSecond">, outcome: ArticleOutcome): void {
  totals[outcome.status] += 1;
  totals.statements += outcome.statements;
  if (outcome.status === "new" && outcome.language && !isSupportedLanguage(outcome.language)) {
    totals.unsupportedLanguages[outcome.language] = (totals.unsupportedLanguages[outcome.language] ?? 0) + 1;
  }
}
