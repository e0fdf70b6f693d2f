// `npm run db:migrate`: migrates DATABASE_URL (default: the SQLite file ./data/dictum.db) and loads the reference
// data. Safe to run any number of times. It lives at the root, beside start.ts, because it composes packages/db
// (which stores) with @dictum/ingest's reference data (geography and taxonomy), which db must not import.
import { loadConfig } from "@dictum/config";
import { describeDatabase, describeMigration, migrate } from "@dictum/db";
import { runCli } from "@dictum/db/cli";
import { referenceData } from "@dictum/ingest/reference-data";

await runCli(async () => {
  const url = loadConfig().DATABASE_URL;
  const result = await migrate(url, { reference: referenceData() });
  for (const line of describeMigration(result)) console.log(`${describeDatabase(url)}: ${line}`);
});
