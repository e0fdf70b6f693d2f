// Standalone entry of the reextract command (the same code as `dictum reextract`), used by the kill tests:
//   node --import tsx packages/ingest/scripts/reextract.ts [--all] [--source NAME] [--since YYYY-MM-DD] [--batch-size N] [--progress MODE] [--database-url URL]
import { parseArgs } from "node:util";
import { runReextractCli } from "../src/reextract/cli.ts";
import type { ProgressMode } from "../src/progress.ts";

const { values } = parseArgs({
  options: {
    all: { type: "boolean" }, source: { type: "string", multiple: true }, since: { type: "string" }, "batch-size": { type: "string" },
    progress: { type: "string" }, "database-url": { type: "string" },
  },
});
process.exitCode = await runReextractCli({
  all: values.all, source: values.source, since: values.since,
  batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined,
  progress: values.progress as ProgressMode | undefined,
  databaseUrl: values["database-url"],
});
