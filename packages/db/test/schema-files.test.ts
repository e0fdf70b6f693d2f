import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaPath, toPostgresqlSchema } from "../src/schema-files.ts";

describe("toPostgresqlSchema", () => {
  const sqlite = readFileSync(schemaPath, "utf8");
  const postgresql = toPostgresqlSchema(sqlite);

  it("swaps the provider and the client output, and drops the Pothos generator", () => {
    expect(postgresql).toMatch(/datasource db \{\s*provider = "postgresql"\s*\}/);
    expect(postgresql).toMatch(/output\s*= "\.\/postgresql"/);
    expect(postgresql).not.toContain("prisma-pothos-types");
    expect(postgresql).not.toContain('"sqlite"');
  });

  it("keeps every model and enum unchanged", () => {
    const blocks = (text: string) => text.match(/^(model|enum) \w+ \{[^}]*\}/gm) ?? [];
    expect(blocks(postgresql)).toEqual(blocks(sqlite));
    expect(blocks(sqlite).length).toBeGreaterThan(10);
  });

  it("refuses a schema without an SQLite datasource", () => {
    expect(() => toPostgresqlSchema(sqlite.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/no datasource with provider "sqlite"/);
  });
});
