// Server Components' Apollo client: one per request, talking to the API at the URL the server was started with.
import { HttpLink } from "@apollo/client";
import { ApolloClient, registerApolloClient } from "@apollo/client-integration-nextjs";
import { env } from "@/env";
import { makeCache } from "./cache";

export const { getClient, query, PreloadQuery } = registerApolloClient(
  () =>
    new ApolloClient({
      cache: makeCache(),
      link: new HttpLink({ uri: env.graphqlUrl, fetchOptions: { cache: "no-store" } }),
    }),
);
