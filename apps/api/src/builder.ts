// Schema builder setup only: plugins, scalars, and the shape of the context. Types live in src/schema/*.ts.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "@dictum/db/pothos-types";
import { getDatamodel } from "@dictum/db/pothos-types";
import type { ApiContext } from "./context.ts";
import { plannedRowsPlugin } from "./lib/planned-rows.ts";

/** What Pothos does when a resolver loads rows without the query it planned (each relation then costs a query of
 * its own): fail in tests (NODE_ENV=test, as vitest sets it), say so in development, nothing in production. Read
 * once, when the schema module loads. */
export function unusedQueryPolicy(nodeEnv: string | undefined): "error" | "warn" | null {
  return nodeEnv === "test" ? "error" : nodeEnv === "production" ? null : "warn";
}

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  // plannedRows first: it wraps outermost, around the prisma plugin it lets marked rows skip (lib/planned-rows.ts).
  plugins: [plannedRowsPlugin, ComplexityPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: unusedQueryPolicy(process.env.NODE_ENV),
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 1,
    limit: { complexity: 20_000, depth: 12, breadth: 200 },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
