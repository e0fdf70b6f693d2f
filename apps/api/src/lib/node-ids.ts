// Relay global ids ("U3RhdGVtZW50OjQy" = "Statement:42") computed in the resolver's own turn. The relay plugin's
// `id` field of a Node type is an async function: it awaits the type's id resolver (here a row's column) and then
// encodes, so every row of a page hands graphql-js a promise, and the whole list completes asynchronously. The
// PlannedRows plugin (planned-rows.ts) puts this resolver in its place: the same id resolver, the same encoding
// (`encodeGlobalID`: base64 of "<type>:<id>"), returned at once. When the id resolver itself returns a promise or
// nothing, or the builder encodes ids its own way, relay's resolver answers as before.
import { encodeBase64, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;

interface NodeTypeConfig {
  name: string;
  kind: string;
  pothosOptions: { id?: { resolve?: (parent: unknown, args: object, context: unknown, info: unknown) => unknown } };
}

/** A synchronous resolver for a Node type's relay `id` field, or null when the field is not one. */
export function syncNodeId<Types extends SchemaTypes>(
  resolver: Resolver<Types>,
  fieldConfig: PothosOutputFieldConfig<Types>,
  typeConfig: (name: string) => unknown,
  relayOptions: { idFieldName?: string; encodeGlobalID?: unknown } | undefined,
): Resolver<Types> | null {
  if (fieldConfig.name !== (relayOptions?.idFieldName ?? "id") || relayOptions?.encodeGlobalID) return null;
  if (fieldConfig.type.kind !== "Scalar" || scalarName(fieldConfig.type.ref) !== "ID") return null;
  const parent = typeConfig(fieldConfig.parentType) as NodeTypeConfig;
  const idOf = parent.kind === "Object" ? parent.pothosOptions.id?.resolve : undefined;
  if (typeof idOf !== "function") return null;
  const prefix = `${parent.name}:`;
  return (row, args, context, info) => {
    const id = idOf(row, args, context, info);
    if (id === null || id === undefined || typeof (id as { then?: unknown }).then === "function") return resolver(row, args, context, info);
    return encodeBase64(prefix + String(id));
  };
}

const scalarName = (ref: unknown) => (typeof ref === "string" ? ref : (ref as { name?: string } | null)?.name);
