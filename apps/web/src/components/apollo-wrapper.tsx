"use client";
// The browser's Apollo client. It asks the dashboard's own /graphql, which the server passes on to the API.
import { HttpLink } from "@apollo/client";
import { ApolloClient, ApolloNextAppProvider } from "@apollo/client-integration-nextjs";
import type { ReactNode } from "react";
import { GRAPHQL_PATH } from "@/lib/api-path";
import { makeCache } from "@/lib/apollo/cache";

export function ApolloWrapper({ children }: { children: ReactNode }) {
  return (
    <ApolloNextAppProvider makeClient={() => new ApolloClient({ cache: makeCache(), link: new HttpLink({ uri: GRAPHQL_PATH }) })}>
      {children}
    </ApolloNextAppProvider>
  );
}
