// Resolving a filter (region names to place ids, selectivity estimates) takes several small queries; the result
// only changes with the data, so it is cached with the aggregates, and the place lookups, which depend on reference
// data only, for the life of the process.
import type { ApiContext } from "../context.ts";
import { resolveStatementFilter, type ResolvedFilter, type StatementFilterInput } from "../lib/statement-filter.ts";

export function filterFor(ctx: ApiContext, input: StatementFilterInput | null | undefined): Promise<ResolvedFilter> {
  return ctx.aggregates.get(["filter", input ?? {}], () => resolveStatementFilter(ctx.db, ctx.provider, input, (key, compute) => ctx.aggregates.reference(key, compute)));
}
