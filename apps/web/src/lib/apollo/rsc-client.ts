// Server Components' Apollo client: one per request, talking to the API directly, at the address the server was
// started with (the server needs no detour through its own /graphql).
import { ApolloLink, HttpLink } from "@apollo/client";
import { ApolloClient, registerApolloClient } from "@apollo/client-integration-nextjs";
import { apiAddress } from "@/env";
import { makeCache } from "./cache";
import { listGate, listGateLink } from "./list-gate";

// Both clients of a request (query and PreloadQuery's) are made during its render, so they share its list gate.
export const { getClient, query, PreloadQuery } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: makeCache(),
      link: ApolloLink.from([listGateLink(listGate()), new HttpLink({ uri: apiAddress("/graphql").href, fetchOptions: { cache: "no-store" } })]),
    }),
);
