// A freshly started server pays once for what every later request finds ready: Next compiling its render path on
// first use (about 0.5 s here), and the API's first statements query (connection, query plans; another 0.3–0.6 s).
// Paid by the first visitor, that pushed the first screen of statements past 1.5 s, so the server pays it itself
// right after it starts listening, in the background (never delaying readiness): it renders the not-found page
// (the root layout through the same RSC and SSR pipeline as every page, asking the API nothing) and asks the API
// for one statement with the home page's own query. It never asks for the counts behind the map, histogram and
// filters: those are the API's heaviest queries and would hold its one thread while the first visitor waits.
import { print } from "graphql";
import { STATEMENT_PAGE } from "@/components/statements/documents";
import { apiAddress, env } from "@/env";
import { apiOrder, toApiFilter } from "@/lib/filters";

const API_WAIT_MS = 60_000;
const RETRY_MS = 500;

export function warmUp(): void {
  if (!env.warmUp) return;
  const origin = env.ownOrigin;
  // Not awaited: the server must answer (and report the API down, if it is) without waiting for any of this.
  // Both at once: the API is another process, and the first visitor's list query should find it warm.
  if (origin) void fetch(`${origin}/_warm-up`).then((response) => response.text(), () => "");
  void warmApi(apiAddress("/graphql").href);
}

/** The home page's statement query (one row), retried while the API is still starting. */
async function warmApi(graphqlUrl: string): Promise<void> {
  const body = JSON.stringify({
    operationName: "StatementPage",
    query: print(STATEMENT_PAGE),
    variables: { filter: toApiFilter({}), orderBy: apiOrder("newest"), first: 1 },
  });
  const deadline = Date.now() + API_WAIT_MS;
  while (Date.now() < deadline) {
    const answered = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body }).then(
      async (response) => (await response.text(), response.status < 500),
      () => false,
    );
    if (answered) return;
    await new Promise((wait) => setTimeout(wait, RETRY_MS));
  }
}
