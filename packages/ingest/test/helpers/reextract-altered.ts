// `dictum reextract` with the altered extractor, as a process the kill test can SIGKILL:
//   node --import tsx packages/ingest/test/helpers/reextract-altered.ts --database-url URL [--batch-size N]
import { parseArgs } from "node:util";
import { runReextractCli } from "../../src/reextract/cli.ts";
import { altered, ALTERED_VERSION } from "./altered-extractor.ts";

const { values } = parseArgs({ options: { "batch-size": { type: "string" }, "database-url": { type: "string" } } });
process.exitCode = await runReextractCli({
  extract: altered, version: ALTERED_VERSION, progress: "none", migrate: false,
  batchSize: values["batch-size"] ? Number(values["batch-size"]) : undefined, databaseUrl: values["database-url"],
});
