import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema/index.ts";

export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
