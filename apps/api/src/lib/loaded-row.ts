// Rows a resolver already holds whole (every column, read from reference data or in one batch), handed to Pothos
// through a prismaField. A plain field returning such a row leaves Pothos without a record of what was loaded, so
// it reads every selected row again by id (one Prisma statement per list, and most of a cached overview's CPU).
import type { ApiContext } from "../context.ts";
import { fastFindMany, fastFindUnique, planFind } from "./fast-find.ts";

type Row = { id: number };

/** `row` as loaded with `query` when the query asks only for its columns; else the row read again with `query`. */
export async function asLoaded<T extends Row>(ctx: ApiContext, model: string, query: unknown, row: T): Promise<T> {
  const plan = planFind(model, query);
  if (plan && plan.joins.length === 0 && plan.lists.length === 0) return row;
  const loaded = await fastFindUnique<T>(ctx.db, ctx.provider, model, query, row.id);
  if (loaded !== undefined) return loaded ?? row;
  const delegate = (ctx.db as unknown as Record<string, { findUnique(args: unknown): Promise<T | null> }>)[model[0]!.toLowerCase() + model.slice(1)]!;
  return (await delegate.findUnique({ ...(query as object), where: { id: row.id } })) ?? row;
}

/** Every column of the rows of `model` with these ids, in one statement on the lean reader. */
export async function wholeRows<T extends Row>(ctx: ApiContext, model: string, ids: number[]): Promise<T[]> {
  return (await fastFindMany<T>(ctx.db, ctx.provider, model, {}, ids))!;
}
