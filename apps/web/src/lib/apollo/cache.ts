import { InMemoryCache } from "@apollo/client-integration-nextjs";
import { relayStylePagination } from "@apollo/client/utilities";

/** One cache shape for the server and the browser: statement pages of the same filter and order are merged. */
export function makeCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { statements: relayStylePagination(["filter", "orderBy"]) } },
    },
  });
}
