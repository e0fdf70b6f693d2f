// Export of the current view: every statement matching the filter, in the view's order, as CSV or JSON rows.
// Pages through the API's connection; stops at EXPORT_LIMIT rows and says so in a header rather than hanging.
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { stringify } from "csv-stringify/sync";
import { STATEMENT_PAGE, type StatementCardData, type StatementPage, type StatementPageVariables } from "@/components/statements/documents";
import { env } from "@/env";
import { apiOrder, toApiFilter, type ViewState } from "@/lib/filters";

export const EXPORT_LIMIT = 20_000;
const EXPORT_PAGE = 20;

export interface ExportRow {
  id: string;
  /** Empty when the date is unknown. */
  saidOn: string;
  speaker: string;
  speakerTitle: string;
  kind: string;
  text: string;
  places: string;
  topics: string;
  source: string;
  articleTitle: string;
  articleUrl: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = ["id", "saidOn", "speaker", "speakerTitle", "kind", "text", "places", "topics", "source", "articleTitle", "articleUrl"];

export function toExportRow(statement: StatementCardData): ExportRow {
  return {
    id: statement.id,
    saidOn: statement.saidOn ?? "",
    speaker: statement.speaker?.name ?? "",
    speakerTitle: statement.speaker?.title ?? "",
    kind: statement.kind,
    text: statement.text,
    places: statement.places.map((place) => place.code).join(";"),
    topics: statement.topics.map((topic) => topic.slug).join(";"),
    source: statement.article.source?.name ?? "",
    articleTitle: statement.article.title ?? "",
    articleUrl: statement.article.url ?? "",
  };
}

export async function collectRows(state: ViewState, limit = EXPORT_LIMIT): Promise<{ rows: ExportRow[]; totalCount: number }> {
  const client = new ApolloClient({ cache: new InMemoryCache(), link: new HttpLink({ uri: env.graphqlUrl }) });
  const rows: ExportRow[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const variables: StatementPageVariables = {
      filter: toApiFilter(state.filter),
      orderBy: apiOrder(state.order),
      first: Math.min(EXPORT_PAGE, limit - rows.length),
      after,
      withTotal: after === null,
    };
    const { data, error }: { data?: StatementPage; error?: Error } = await client.query({ query: STATEMENT_PAGE, variables, fetchPolicy: "no-cache" });
    if (error || !data) throw error ?? new Error("The API returned no statements");
    totalCount = data.statements.totalCount ?? totalCount;
    rows.push(...data.statements.edges.map((edge) => toExportRow(edge.node)));
    after = data.statements.pageInfo.endCursor;
    if (!data.statements.pageInfo.hasNextPage || rows.length >= limit || !after) break;
  }
  return { rows, totalCount };
}

export function toCsv(rows: ExportRow[]): string {
  return stringify(rows, { header: true, columns: EXPORT_COLUMNS });
}
