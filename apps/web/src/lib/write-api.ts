import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { GRAPHQL_PATH } from "@/lib/api-path";

// The browser's writes to the API (saved searches, corrections): GraphQL over fetch, operations typed from the
// .graphql files beside their components, and the write token kept for this browser session only (sessionStorage,
// never a cookie or localStorage).
const TOKEN_KEY = "dictum.apiToken";

export function storedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}

export function storeToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export class GraphqlError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
  }
}

export async function graphql<T, V>(document: TypedDocumentNode<T, V>, variables: V, token?: string): Promise<T> {
  const query = print(document);
  const response = await fetch(GRAPHQL_PATH, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) throw new GraphqlError(error.message, error.extensions?.code);
  if (!body.data) throw new GraphqlError(`The API answered ${response.status}.`, undefined);
  return body.data;
}
