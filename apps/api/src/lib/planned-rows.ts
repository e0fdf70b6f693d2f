// Rows the hot paths read from the very plan Pothos made of this request (the statement page, statement(id)) are
// marked; a relation or `select` field of such a row whose own selection holds no field Pothos plans (only columns
// and plain fields) answers straight from the row. Pothos' prisma plugin otherwise looks the row's loader mapping up
// per field and per row — a path string built and hashed for each of the page's 20 speakers and 20 articles, 7 %
// of the CPU of the newest-20 page (docs/performance.md) — to learn what the marked row already says: it was loaded
// by the plan, so the relation is there with every column asked for, and nothing below it needs a mapping. Any
// other row, or a field with arguments, fragments or planned fields beneath, goes through Pothos as before.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { getNamedType, GraphQLObjectType, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo } from "graphql";

const PLANNED = Symbol("loaded by this request's plan");

/** Marks rows read with the query Pothos planned for the field resolving them (queryFromInfo / prismaField). */
export function markPlanned<T extends object>(rows: T[]): T[] {
  for (const row of rows) (row as Record<symbol, unknown>)[PLANNED] = true;
  return rows;
}

/** Whether a field node's selection needs no loader mapping below it: only plain fields of an object type (or none,
 * for a scalar), none of them planned by Pothos (no `pothosPrismaSelect`). Cached per node: the parsed document is
 * cached by yoga, so its nodes are the same objects from one request to the next. */
const leafCache = new WeakMap<FieldNode, boolean>();
function plainBelow(node: FieldNode, info: GraphQLResolveInfo): boolean {
  let plain = leafCache.get(node);
  if (plain === undefined) {
    plain = computePlainBelow(node, info);
    leafCache.set(node, plain);
  }
  return plain;
}

function computePlainBelow(node: FieldNode, info: GraphQLResolveInfo): boolean {
  if ((node.arguments?.length ?? 0) > 0) return false;
  if (!node.selectionSet) return true;
  const type = getNamedType(info.returnType);
  if (!(type instanceof GraphQLObjectType)) return false;
  const fields = type.getFields();
  return node.selectionSet.selections.every((selection) => {
    if (selection.kind !== "Field") return false;
    if (selection.name.value === "__typename") return true;
    const field = fields[selection.name.value];
    return field !== undefined && !field.extensions?.pothosPrismaSelect;
  });
}

export class PlannedRowsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types["Context"], object>, fieldConfig: PothosOutputFieldConfig<Types>): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const extensions = fieldConfig.extensions as { pothosPrismaSelect?: unknown; pothosPrismaLoaded?: (row: unknown, info: GraphQLResolveInfo, ctx: unknown) => boolean } | undefined;
    const own = fieldConfig.resolve as GraphQLFieldResolver<unknown, Types["Context"], object> | undefined;
    if (fieldConfig.kind !== "PrismaObject" || !extensions?.pothosPrismaSelect || !own) return resolver;
    const loaded = extensions.pothosPrismaLoaded;
    return (parent, args, ctx, info) =>
      (parent as Record<symbol, unknown> | null)?.[PLANNED] === true && info.fieldNodes.length === 1 && plainBelow(info.fieldNodes[0]!, info) && (!loaded || loaded(parent, info, ctx))
        ? own(parent, args, ctx, info)
        : resolver(parent, args, ctx, info);
  }
}

export const plannedRowsPlugin = "plannedRows" as const;
SchemaBuilder.registerPlugin(plannedRowsPlugin, PlannedRowsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      plannedRows: PlannedRowsPlugin<Types>;
    }
  }
}
