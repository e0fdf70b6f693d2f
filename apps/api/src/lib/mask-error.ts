// Yoga masks every error that is not a GraphQLError. Pothos reports bad connection arguments (a malformed
// cursor) as PothosValidationError: those are the client's mistake, so they keep their message as BAD_USER_INPUT.
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { maskError } from "graphql-yoga";

export function maskUnexpectedError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof PothosValidationError && error instanceof GraphQLError) {
    return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: "BAD_USER_INPUT" } });
  }
  return maskError(error, message, isDev);
}
