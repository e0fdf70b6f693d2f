// `npm run db:migrate -w @dictum/db` (or `dictum-migrate`): migrates DATABASE_URL (default: the SQLite file
// ./data/dictum.db) and loads the reference data. Safe to run any number of times.
import { loadConfig } from "@dictum/config";
import { runCli } from "../src/cli.ts";
import { describe } from "../src/migrations.ts";
import { migrate } from "../src/migrate.ts";

await runCli(async () => {
  const url = loadConfig().DATABASE_URL;
  const result = await migrate(url);
  const applied = result.appliedMigrations.length ? `applied ${result.appliedMigrations.join(", ")}` : "already up to date";
  console.log(`${describe(url)}: ${applied} (${result.durationMs} ms)`);
});
