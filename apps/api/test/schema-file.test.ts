// schema.graphql is the contract the dashboard builds against: it must be exactly what the code serves.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { printSchemaFile } from "../src/print-schema.ts";

describe("schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema:print -w @dictum/api` after changing a type)", () => {
    const committed = readFileSync(fileURLToPath(new URL("../schema.graphql", import.meta.url)), "utf8");
    expect(committed).toBe(printSchemaFile());
  });

  it("keeps the names the dashboard and users rely on", () => {
    const sdl = printSchemaFile();
    for (const name of ["statements(", "timeline(", "placeCounts(", "facets(", "ingestArticle(", "ingestArticles(", "statementAdded(", "node(id: ID!)", "statement(id: ID!)", "speaker(id: ID!)", "input StatementFilter", "type StatementConnection"]) {
      expect(sdl).toContain(name);
    }
  });
});
