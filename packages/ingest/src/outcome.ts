import type { Where } from "@dictum/extract/readers";

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
}

/** Totals of a run, as the summary line prints them. */
export interface IngestSummary {
  new: number;
  present: number;
  failed: number;
  statements: number;
  seconds: number;
  articlesPerSecond: number;
}

export function emptyTotals(): Omit<IngestSummary, "seconds" | "articlesPerSecond"> {
  return { new: 0, present: 0, failed: 0, statements: 0 };
}

export function addOutcome(totals: Omit<IngestSummary, "seconds" | "articlesPerSecond">, outcome: ArticleOutcome): void {
  totals[outcome.status] += 1;
  totals.statements += outcome.statements;
}
