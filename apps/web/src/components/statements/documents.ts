import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";

/** What a statement card shows; the list, the speaker, place and topic pages all use it. */
const CARD_FIELDS = `
    id
    text
    kind
    saidOn
    saidIn { id name }
    speaker { id name title }
    article { id title url publishedAt source { id name } }
    places { id code name kind }
    topics { id slug name }
`;

export const STATEMENT_CARD = gql`
  fragment StatementCard on Statement {${CARD_FIELDS}}
`;

export interface StatementCardData {
  id: string;
  text: string;
  kind: "DIRECT" | "INDIRECT";
  /** Null when nothing in the article says when. */
  saidOn: string | null;
  /** Where the story was filed from (its dateline), not what the statement is about. */
  saidIn?: { name: string } | null;
  speaker: { id: string; name: string; title: string | null } | null;
  article: { id: string; title: string | null; url: string | null; publishedAt: string | null; source: { id: string; name: string } | null };
  places: { code: string; name: string; kind: string }[];
  topics: { slug: string; name: string }[];
}

export interface StatementPage {
  statements: {
    /** Only asked for with withTotal: counting every match costs more than the page itself. */
    totalCount?: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: StatementCardData }[];
  };
}

export interface StatementPageVariables {
  filter: Record<string, unknown>;
  orderBy: { field: "SAID_ON" | "RELEVANCE"; direction: "ASC" | "DESC" };
  first: number;
  after?: string | null;
  withTotal?: boolean;
}

export const STATEMENT_PAGE: TypedDocumentNode<StatementPage, StatementPageVariables> = gql`
  query StatementPage($filter: StatementFilter, $orderBy: StatementOrder, $first: Int!, $after: String, $withTotal: Boolean = false) {
    statements(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount @include(if: $withTotal)
      pageInfo { hasNextPage endCursor }
      edges { cursor node {${CARD_FIELDS}} }
    }
  }
`;
// The list query spells the card's fields out instead of spreading the fragment: PreloadQuery sends it to the
// client minified and re-parses it with gql there, and graphql-tag warns "fragment with name StatementCard already
// exists" whenever one fragment name arrives with two different texts (the original and the minified one).

// The API caps query complexity (20,000 points); a page of 20 cards costs about 18,000 of them.
export const PAGE_SIZE = 20;
/**
 * The home page's server-rendered first page: a screenful (about five cards on a laptop) with room to spare. It is on
 * the way to the first paint, so it is kept small; the list pages on with PAGE_SIZE as soon as it is in the browser.
 */
export const FIRST_PAGE_SIZE = 10;
