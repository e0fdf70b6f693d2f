import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
// Relative, not "@/…": the API's load benchmark imports this file under plain Node, which has no Next.js aliases.
import { STATEMENT_CARD, type StatementCardData } from "../../../components/statements/documents";

export interface StatementDetail extends StatementCardData {
  confidence: number;
  start: number;
  end: number;
  regions: { code: string; name: string }[];
  article: StatementCardData["article"] & { text: string; dateline: string | null };
  otherReports: { id: string; saidOn: string | null; article: { title: string | null; url: string | null; source: { name: string } | null } }[];
}

export const STATEMENT_DETAIL: TypedDocumentNode<{ statement: StatementDetail | null }, { id: string }> = gql`
  query StatementDetail($id: ID!) {
    statement(id: $id) {
      ...StatementCard
      confidence
      start
      end
      regions { code name }
      article { id text dateline }
      otherReports { id saidOn article { id title url source { id name } } }
    }
  }
  ${STATEMENT_CARD}
`;
