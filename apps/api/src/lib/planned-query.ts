// The statement page's Prisma query (queryFromInfo) and fast-find plan, made once per selection rather than per
// request. Pothos walks the request's selection for every page (about 5 % of a "newest 20" request's CPU,
// docs/performance.md, fifth pass). yoga caches the parsed document, so the same query text gives the same field
// nodes from one request to the next: they key the cache, with the variables.
//
// Only a selection whose every field answers from the planned rows (planned-rows.ts: no arguments, no fragments,
// columns and relations) is cached. For such a selection no field below reads the loader mappings Pothos records
// on the request context while planning; for any other the walk runs per request as before.
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { FieldNode, GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "../context.ts";
import { planFind, type FindPlan } from "./fast-find.ts";
import { answersFromRows } from "./planned-rows.ts";

export interface PlannedQuery { query: Record<string, unknown>; plan: FindPlan | null }

const byField = new WeakMap<FieldNode, Map<string, PlannedQuery>>();
/** Distinct variable sets remembered per field node: a client that inlines ever-new values in variables used by
 * directives cannot grow the cache without bound. */
const MAX_VARIABLE_SETS = 64;

/** The query and plan for `model` rows under `path` of the connection field `info` resolves. */
export function plannedQuery(ctx: ApiContext, info: GraphQLResolveInfo, model: string, path: string[]): PlannedQuery {
  const field = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const node = field && nodeAt(field, path);
  const type = info.schema.getType(model);
  if (!node || !type || !answersFromRows(node, type)) return plan(ctx, info, model, path);
  let known = byField.get(field!);
  if (!known) byField.set(field!, (known = new Map()));
  const key = JSON.stringify(info.variableValues);
  let planned = known.get(key);
  if (!planned) {
    planned = plan(ctx, info, model, path);
    deepFreeze(planned.query);
    if (known.size < MAX_VARIABLE_SETS) known.set(key, planned);
  }
  return planned;
}

function plan(ctx: ApiContext, info: GraphQLResolveInfo, model: string, path: string[]): PlannedQuery {
  const query = queryFromInfo({ context: ctx, info, path }) as Record<string, unknown>;
  return { query, plan: planFind(model, query) };
}

/** The one field node at `path` below `field` (edges → node), or null when it is not the only selection of that
 * name there or a directive could change it. */
function nodeAt(field: FieldNode, path: string[]): FieldNode | null {
  let current: FieldNode = field;
  for (const name of path) {
    const matches = current.selectionSet?.selections.filter((s) => s.kind !== "Field" || s.name.value === name) ?? [];
    const only = matches.length === 1 ? matches[0]! : null;
    if (!only || only.kind !== "Field" || only.alias || (only.directives?.length ?? 0) > 0) return null;
    current = only;
  }
  return current;
}

/** Frozen, so a caller that changed a shared query would fail loudly instead of changing every later request. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
