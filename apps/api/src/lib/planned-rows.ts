// Rows the hot paths read with the very plan Pothos made of this request (the statement page, statement(id)) are
// marked. A field of such a row answers straight from it when the selection beneath holds only columns and fields
// whose rows the plan shaped too (relations, or `select` fields built from their nested selection and marked
// `plannedChildren`); the rows it returns are marked in turn. Pothos' prisma plugin otherwise looks each field's
// loader mapping up per row — in select mode every exposed column is such a field — building and hashing a path
// string for each (docs/performance.md, third pass), to learn what the marked row already says: the plan loaded
// it, with every column asked for. Any other row, or a selection with arguments, fragments or other fields beneath,
// goes through Pothos as before. Node ids of every row are computed synchronously (node-ids.ts).
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { defaultFieldResolver, getNamedType, GraphQLObjectType, type FieldNode, type GraphQLFieldResolver, type GraphQLNamedType, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { syncNodeId } from "./node-ids.ts";

const PLANNED = Symbol("loaded by this request's plan");

/** Marks rows read with the query Pothos planned for the field resolving them (queryFromInfo / prismaField). */
export function markPlanned<T extends object>(rows: T[]): T[] {
  mark(rows);
  return rows;
}

type Extensions = { pothosPrismaSelect?: unknown; pothosPrismaRelationField?: unknown; plannedChildren?: boolean; pothosPrismaLoaded?: (row: unknown, info: GraphQLResolveInfo, ctx: unknown) => boolean } | null | undefined;

/** Whether a field node can answer from a marked row: no arguments, and every field beneath it either a column or
 * a field whose rows the plan shaped too (a relation, or a `select` field built from its nested selection, marked
 * `plannedChildren`), recursively; no fragments. Then every Pothos field below also answers from its (marked) row,
 * so none needs the loader mapping the prisma plugin would have recorded. Cached per node: yoga caches the parsed
 * document, so its nodes are the same objects from one request to the next. */
const answerable = new WeakMap<FieldNode, boolean>();
function fromRow(node: FieldNode, type: GraphQLOutputType): boolean {
  let known = answerable.get(node);
  if (known === undefined) {
    known = (node.arguments?.length ?? 0) === 0 && (!node.selectionSet || selectionFromRows(node.selectionSet, getNamedType(type)));
    answerable.set(node, known);
  }
  return known;
}

/** Whether every field of `node`'s selection answers from a planned row of `type` (so none needs Pothos' loader
 * mappings): what lib/planned-query.ts may plan once for. */
export function answersFromRows(node: FieldNode, type: GraphQLNamedType): boolean {
  return type instanceof GraphQLObjectType && fromRow(node, type);
}

function selectionFromRows(selectionSet: SelectionSetNode, type: GraphQLNamedType): boolean {
  if (!(type instanceof GraphQLObjectType)) return false;
  const fields = type.getFields();
  return selectionSet.selections.every((selection) => {
    if (selection.kind !== "Field") return false;
    if (selection.name.value === "__typename") return true;
    const field = fields[selection.name.value];
    if (!field) return false;
    const extensions = field.extensions as Extensions;
    if (!selection.selectionSet) return !extensions?.pothosPrismaSelect || (selection.arguments?.length ?? 0) === 0;
    return !!extensions?.pothosPrismaSelect && rowsShapedByPlan(extensions) && fromRow(selection, field.type);
  });
}

const rowsShapedByPlan = (extensions: Extensions) => !!extensions?.pothosPrismaRelationField || extensions?.plannedChildren === true;

function mark(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) mark(item);
  else if (typeof value === "object" && value !== null) (value as Record<symbol, unknown>)[PLANNED] = true;
}

export class PlannedRowsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types["Context"], object>, fieldConfig: PothosOutputFieldConfig<Types>): GraphQLFieldResolver<unknown, Types["Context"], object> {
    // A Node's relay id, from the row at once rather than through relay's async resolver (node-ids.ts).
    const nodeId = syncNodeId(resolver, fieldConfig, (name) => this.buildCache.getTypeConfig(name), this.builder.options.relay);
    if (nodeId) return nodeId;
    const extensions = fieldConfig.extensions as Extensions;
    if (fieldConfig.kind !== "PrismaObject" || !extensions?.pothosPrismaSelect) return resolver;
    // The field's own resolver, as Pothos core would call it: the row's property when it has none.
    const own = (fieldConfig.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, Types["Context"], object>;
    const loaded = extensions.pothosPrismaLoaded;
    const marksChildren = rowsShapedByPlan(extensions);
    return (parent, args, ctx, info) => {
      if ((parent as Record<symbol, unknown> | null)?.[PLANNED] !== true || info.fieldNodes.length !== 1 || !fromRow(info.fieldNodes[0]!, info.returnType) || (loaded && !loaded(parent, info, ctx))) {
        return resolver(parent, args, ctx, info);
      }
      if (!info.fieldNodes[0]!.selectionSet) return own(parent, args, ctx, info);
      if (!marksChildren) return resolver(parent, args, ctx, info);
      // The rows it returns were shaped by the same plan: marked, so their fields answer from them in turn.
      const value = own(parent, args, ctx, info);
      if (isPromise(value)) return value.then((resolved) => (mark(resolved), resolved));
      mark(value);
      return value;
    };
  }
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as { then?: unknown } | null)?.then === "function";

export const plannedRowsPlugin = "plannedRows" as const;
SchemaBuilder.registerPlugin(plannedRowsPlugin, PlannedRowsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      plannedRows: PlannedRowsPlugin<Types>;
    }
  }
}
