// Server Components' Apollo client: one per request, talking to the API at the URL the server was started with.
import { ApolloLink, HttpLink } from "@apollo/client";
import { ApolloClient, registerApolloClient } from "@apollo/client-integration-nextjs";
import { env } from "@/env";
import { makeCache } from "./cache";
import { listGate, listGateLink } from "./list-gate";

// Both clients of a request (query and PreloadQuery's) are made during its render, so they share its list gate.
export const { getClient, query, PreloadQuery } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: makeCache(),
      link: ApolloLink.from([listGateLink(listGate()), new HttpLink({ uri: env.graphqlUrl, fetchOptions: { cache: "no-store" } })]),
    }),
);
