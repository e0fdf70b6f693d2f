import { CombinedGraphQLErrors } from "@apollo/client";

/**
 * The API's own words when it refused the request's input (a link with an unknown region, a malformed date): those
 * are the reader's to fix, so they are shown, not turned into an error page. Null for any other failure.
 */
export function badInputMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refused = error.errors.filter((graphqlError) => graphqlError.extensions?.code === "BAD_USER_INPUT");
  return refused.length ? refused.map((graphqlError) => graphqlError.message).join(" ") : null;
}
