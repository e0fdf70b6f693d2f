// `npm run db:migrate` (root or -w @dictum/db): migrates DATABASE_URL (default: the SQLite file
// ./data/dictum.db) and loads the reference data. Safe to run any number of times.
import { loadConfig } from "@dictum/config";
import { runCli } from "../src/cli.ts";
import { describe } from "../src/migrations.ts";
import { describeMigration, migrate } from "../src/migrate.ts";

await runCli(async () => {
  const url = loadConfig().DATABASE_URL;
  const result = await migrate(url);
  for (const line of describeMigration(result)) console.log(`${describe(url)}: ${line}`);
});
