import { Command, Option } from "commander";

/** `dictum ingest PATH|URL...`: files, folders (recursively) and feed URLs into the database (DATABASE_URL). */
export function ingestCommand(): Command {
  return new Command("ingest")
    .description("store the articles, statements, speakers, places and topics of files, folders and feed URLs (idempotent)")
    .argument("<inputs...>", "files (.jsonl .json .csv .txt .html .xml .rss .atom), folders, or http(s) feed URLs")
    .option("--database-url <url>", "database to write to (default: DATABASE_URL)")
    .option("--batch-size <n>", "articles per transaction", (value) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error("--batch-size must be a whole number ≥ 1");
      return n;
    })
    .addOption(new Option("--progress <mode>", "progress display").choices(["auto", "bar", "lines", "none"]).default("auto"))
    .option("--no-migrate", "do not apply migrations and reference data first")
    .action(async (inputs: string[], options: { databaseUrl?: string; batchSize?: number; progress: "auto" | "bar" | "lines" | "none"; migrate: boolean }) => {
      // loaded on use: the database stack costs every other command (`dictum extract`) about half a second to start
      const { runIngestCli } = await import("@dictum/ingest");
      process.exitCode = await runIngestCli(inputs, options);
    });
}
