// `npm run db:generate`: the SQLite client and Pothos types from prisma/schema.prisma, then the PostgreSQL client
// from the derived schema. The native schema engine cannot be downloaded here; generate never runs it but wants
// a path, hence the placeholder.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSchema } from "../src/schema-files.ts";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const generatedDir = join(packageDir, "src", "generated");
mkdirSync(generatedDir, { recursive: true });
writeFileSync(join(generatedDir, "postgresql.prisma"), readSchema("postgresql"));

const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: join(packageDir, "scripts", "no-schema-engine"), PRISMA_HIDE_UPDATE_MESSAGE: "1" };
for (const config of ["prisma.config.ts", "prisma.postgresql.config.ts"]) {
  execFileSync("prisma", ["generate", "--config", config], { cwd: packageDir, env, stdio: ["ignore", "ignore", "inherit"] });
}
console.log("generated the SQLite and PostgreSQL Prisma clients and the Pothos types in packages/db/src/generated");
