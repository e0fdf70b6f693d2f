// Asks the API directly what the dashboard should show, so the browser tests compare the page with the data rather
// than with numbers written into the test.
export async function graphql<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(apiUrl, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export interface ApiStatement { id: string; text: string; start: number; end: number; article: { text: string } }

/** Every statement matching the filter, newest first, following the cursors. */
export async function allStatements(apiUrl: string, filter: Record<string, unknown>): Promise<{ totalCount: number; statements: ApiStatement[] }> {
  const statements: ApiStatement[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const data: { statements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ApiStatement }[] } } = await graphql(
      apiUrl,
      `query($filter: StatementFilter, $after: String) {
        statements(filter: $filter, first: 20, after: $after, orderBy: { field: SAID_ON, direction: DESC }) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id text start end article { id text } } }
        }
      }`,
      { filter, after },
    );
    totalCount = data.statements.totalCount;
    statements.push(...data.statements.edges.map((edge) => edge.node));
    if (!data.statements.pageInfo.hasNextPage) break;
    after = data.statements.pageInfo.endCursor;
  }
  return { totalCount, statements };
}

export async function countryCounts(apiUrl: string, filter: Record<string, unknown>): Promise<Map<string, number>> {
  const data = await graphql<{ placeCounts: { countries: { place: { code: string }; count: number }[] } }>(
    apiUrl,
    `query($filter: StatementFilter) { placeCounts(filter: $filter) { countries { place { code } count } } }`,
    { filter },
  );
  return new Map(data.placeCounts.countries.map((entry) => [entry.place.code, entry.count]));
}
