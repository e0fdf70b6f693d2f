// The statement list's operations: statement-page.graphql and statement-card.graphql, typed by the generated files
// beside them (scripts/codegen.ts). What is written here by hand is only names and page sizes.
import type { StatementCardFragment } from "./statement-card.generated";
import { StatementPageDocument, type StatementPageQuery, type StatementPageQueryVariables } from "./statement-page.generated";

/** What a statement card shows; the list, the speaker, place and topic pages all use it. */
export type StatementCardData = StatementCardFragment;
export type StatementPage = StatementPageQuery;
export type StatementPageVariables = StatementPageQueryVariables;

export const STATEMENT_PAGE = StatementPageDocument;

// The API caps query complexity (20,000 points); a page of 20 cards costs about 18,000 of them.
export const PAGE_SIZE = 20;
/**
 * The home page's server-rendered first page: a screenful (about five cards on a laptop) with room to spare. It is on
 * the way to the first paint, so it is kept small; the list pages on with PAGE_SIZE as soon as it is in the browser.
 */
export const FIRST_PAGE_SIZE = 10;
