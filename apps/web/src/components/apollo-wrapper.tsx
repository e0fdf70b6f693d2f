"use client";
// The browser's Apollo client. The API URL comes from the server (read at start-up), not from the build.
import { HttpLink } from "@apollo/client";
import { ApolloClient, ApolloNextAppProvider } from "@apollo/client-integration-nextjs";
import type { ReactNode } from "react";
import { makeCache } from "@/lib/apollo/cache";

export function ApolloWrapper({ graphqlUrl, children }: { graphqlUrl: string; children: ReactNode }) {
  return (
    <ApolloNextAppProvider makeClient={() => new ApolloClient({ cache: makeCache(), link: new HttpLink({ uri: graphqlUrl }) })}>
      {children}
    </ApolloNextAppProvider>
  );
}
