// Where the one schema and the per-provider migrations live, and how the PostgreSQL schema is derived from the
// SQLite one (only the provider, the client output and the generators differ, so the two never drift).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type Provider = "sqlite" | "postgresql";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const schemaPath = join(repoRoot, "prisma", "schema.prisma");
export const migrationsDir = (provider: Provider) => join(repoRoot, "prisma", "migrations", provider);

export function readSchema(provider: Provider): string {
  const sqlite = readFileSync(schemaPath, "utf8");
  return provider === "sqlite" ? sqlite : toPostgresqlSchema(sqlite);
}

/** The PostgreSQL variant of the SQLite schema. `clientOutput` is relative to the file the result is written to. */
export function toPostgresqlSchema(sqlite: string, clientOutput = "./postgresql"): string {
  const blocks = /^(generator|datasource)\s+(\w+)\s*\{[^}]*\}/gm;
  const replaced = sqlite.replace(blocks, (block, kind: string) => {
    if (kind === "datasource") return block.replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"');
    if (/provider\s*=\s*"prisma-client"/.test(block)) return block.replace(/output\s*=\s*"[^"]*"/, `output       = "${clientOutput}"`);
    return ""; // the Pothos types describe the datamodel only: the API uses the ones generated from the SQLite schema
  });
  if (!/provider = "postgresql"/.test(replaced)) throw new Error(`${schemaPath}: no datasource with provider "sqlite"`);
  return `// GENERATED from prisma/schema.prisma by packages/db/scripts/generate.ts: do not edit.\n${replaced.replace(/\n{3,}/g, "\n\n")}`;
}
