// Expected failures carry a stable extensions.code; anything else is masked by yoga as INTERNAL_SERVER_ERROR.
import type { CorrectionErrorCode } from "@dictum/ingest";
import { GraphQLError } from "graphql";

/** Corrections refused for bad input carry the Corrector's own code (OFFSET_OUTSIDE_ARTICLE, UNKNOWN_TOPIC …). */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "NOT_FOUND" | "RATE_LIMITED" | CorrectionErrorCode;

export function apiError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}

export const badInput = (message: string, details?: Record<string, unknown>) => apiError("BAD_USER_INPUT", message, details);
export const notFound = (message: string) => apiError("NOT_FOUND", message);
export const unauthenticated = (message: string) => apiError("UNAUTHENTICATED", message);
