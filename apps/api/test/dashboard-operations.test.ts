// The load bench (scripts/bench-http-load.ts) sends the dashboard's operations, read from apps/web's .graphql files.
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { printSchemaFile } from "../src/print-schema.ts";
import { dashboardOperations } from "../scripts/dashboard-operations.ts";

const webSrc = fileURLToPath(new URL("../../web/src", import.meta.url));

describe("the dashboard's operations, as the load bench reads them", () => {
  const operations = dashboardOperations(webSrc);

  it("include every one the bench sends, each valid with the fragments it spreads", () => {
    const schema = buildSchema(printSchemaFile());
    for (const name of ["StatementPage", "Overview", "Timeline", "StatementDetail", "SpeakerPage"]) {
      const text = operations.get(name);
      expect(text, name).toBeDefined();
      expect(validate(schema, parse(text!)).map((error) => error.message), name).toEqual([]);
    }
    expect(operations.get("StatementDetail")).toMatch(/fragment StatementCard on Statement/);
  });
});
