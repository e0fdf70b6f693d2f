// statement-detail.graphql (which spreads the card's fragment), typed by the generated file beside it.
import { StatementDetailDocument, type StatementDetailQuery } from "./statement-detail.generated";

export type StatementDetail = StatementDetailQuery["statement"];

export const STATEMENT_DETAIL = StatementDetailDocument;
