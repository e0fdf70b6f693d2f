// The first requests through a fresh process pay for loading and compiling the code on their path (parsing and
// validating, Pothos' selection mapping, the fast SQL and its prepared statements, the driver's first connections):
// the first page took 79 ms after start instead of 21 ms. server.ts sends these few cheap reads to its own port
// once it listens, and /ready answers 503 until they are done, so no work is routed to a process still cold.
// Counts are left out: on a large database they take seconds, and the aggregate cache fills on first use anyway.

const PAGE = `query WarmUpPage($first: Int!) { statements(first: $first) { pageInfo { hasNextPage endCursor } edges { cursor node {
  id text kind saidOn saidIn { id name } speaker { id name title } article { id title url publishedAt source { id name } }
  places { id code name kind } topics { id slug name } } } } }`;
const ONE = `query WarmUpOne($id: ID!) { statement(id: $id) { id text kind saidOn speaker { id name } article { id title } places { id name iso2 } } }`;

/** Runs the reads `rounds` times; a failure (an empty or unreachable database) is not the warm-up's business. */
export async function warmUp(graphqlUrl: string, rounds = 5): Promise<void> {
  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: { statements?: { edges: { node: { id: string } }[] } } };
  };
  try {
    for (let round = 0; round < rounds; round++) {
      const page = await post(PAGE, { first: 20 });
      const id = page.data?.statements?.edges[0]?.node.id;
      if (id) await post(ONE, { id });
    }
  } catch {
    // the server starts anyway; /ready tells whether the database answers
  }
}
