// Standalone entry of the ingest command (the same code as `dictum ingest`), used by the kill-and-resume test:
//   node --import tsx packages/ingest/scripts/ingest.ts [--batch-size N] [--progress auto|bar|lines|none] PATH|URL...
import { parseArgs } from "node:util";
import { runIngestCli } from "../src/cli.ts";
import type { ProgressMode } from "../src/progress.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "batch-size": { type: "string" }, progress: { type: "string" }, "database-url": { type: "string" } },
});
process.exitCode = await runIngestCli(positionals, {
  batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined,
  progress: values.progress as ProgressMode | undefined,
  databaseUrl: values["database-url"],
});
