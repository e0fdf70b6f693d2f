import { Command, Option } from "commander";

const wholeNumber = (flag: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number ≥ 1`);
  return n;
};

/** `dictum reextract`: stored articles through the current extractor again; their statements updated in place. */
export function reextractCommand(): Command {
  return new Command("reextract")
    .description("re-run extraction on stored articles an older extractor made (or --all); unchanged statements keep their ids")
    .option("--all", "every stored article, whatever extractor (or, with --topics, taxonomy) made it")
    .option("--topics", "only tag the statements again from the database's topic taxonomy (after `dictum topics import`), nothing else")
    .option("--source <name>", "only articles of this source (repeatable)", (value: string, previous: string[] = []) => [...previous, value])
    .option("--since <day>", "only articles published on or after this day (YYYY-MM-DD)")
    .option("--database-url <url>", "database to update (default: DATABASE_URL)")
    .option("--batch-size <n>", "articles per transaction", wholeNumber("--batch-size"))
    .addOption(new Option("--progress <mode>", "progress display").choices(["auto", "bar", "lines", "none"]).default("auto"))
    .option("--no-migrate", "do not apply migrations and reference data first")
    .action(async (options: { all?: boolean; topics?: boolean; source?: string[]; since?: string; databaseUrl?: string; batchSize?: number; progress: "auto" | "bar" | "lines" | "none"; migrate: boolean }) => {
      // loaded on use, as for ingest: the database stack costs the other commands half a second to start
      const { runReextractCli, runRetagCli, parseSince } = await import("@dictum/ingest");
      if (!options.topics) {
        process.exitCode = await runReextractCli(options);
        return;
      }
      let since: Date | undefined;
      try {
        since = options.since === undefined ? undefined : parseSince(options.since);
      } catch (error) {
        process.stderr.write(`error: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      process.exitCode = await runRetagCli({ ...options, since });
    });
}
