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

/** The API says the id in the address names nothing (NOT_FOUND), or is not an id at all (BAD_USER_INPUT): a 404. */
export function namesNothing(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((graphqlError) => graphqlError.extensions?.code === "NOT_FOUND" || graphqlError.extensions?.code === "BAD_USER_INPUT");
}
