// The API's corrections: checks who may write, then hands the change to @dictum/ingest's Corrector (one transaction
// under the write lock; bad input changes nothing) and turns its refusals into GraphQL errors with a stable code.
// The ingest package is loaded on first use, so reads never pay for it.
import type { CorrectionResult, Corrector } from "@dictum/ingest";
import type { ApiContext } from "../context.ts";
import { apiError, badInput, unauthenticated } from "../errors.ts";

const MAX_AUTHOR = 200;
/** Who writes when neither the input nor the X-Dictum-Author header names anyone. */
export const DEFAULT_AUTHOR = "analyst";

/** The author of a write: the input's, else the name sent with the token (X-Dictum-Author), else DEFAULT_AUTHOR. */
export function authorOf(ctx: ApiContext, given: string | null | undefined): string {
  const author = (given ?? ctx.author ?? "").trim();
  if (author.length > MAX_AUTHOR) throw badInput(`author is longer than ${MAX_AUTHOR} characters.`, { argument: "input.author" });
  return author === "" ? DEFAULT_AUTHOR : author;
}

/** Runs one correction for an authorised caller; the caches, live subscribers and alerts hear of it after. */
export async function runCorrection(ctx: ApiContext, strings: Record<string, unknown>, write: (corrector: Corrector) => Promise<CorrectionResult>, options: { added?: boolean } = {}): Promise<CorrectionResult> {
  if (!ctx.canWrite) throw unauthenticated(ctx.writeRefusal ?? "Corrections need a bearer token.");
  // PostgreSQL refuses NUL in text (it would surface as an internal error); no name, words or note holds one.
  for (const [name, value] of Object.entries(strings)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === "string" && v.includes("\u0000"))) throw badInput(`${name} holds a NUL character.`, { argument: name });
  }
  const allowed = ctx.writeLimit.take(ctx.client, 1);
  if (!allowed.ok) throw apiError("RATE_LIMITED", `Too many writes; retry in ${allowed.retryAfterSeconds} s.`, { retryAfterSeconds: allowed.retryAfterSeconds });
  const { Corrector, CorrectionError } = await import("@dictum/ingest");
  let result: CorrectionResult;
  try {
    result = await write(await Corrector.for(ctx.db));
  } catch (error) {
    if (error instanceof CorrectionError) throw apiError(error.code, error.message, error.argument ? { argument: error.argument } : {});
    throw error;
  }
  ctx.aggregates.invalidate();
  // A statement added by hand is a new statement like any writer's: live subscribers and saved searches see it.
  if (options.added) {
    ctx.live.announce([result.statementId]);
    ctx.alerts.poke();
  }
  return result;
}
