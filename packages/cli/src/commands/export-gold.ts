import { Command } from "commander";

/** `dictum export-gold`: the stored (corrected) statements as a gold file the shared scorer reads. */
export function exportGoldCommand(): Command {
  return new Command("export-gold")
    .description("write the stored statements in the gold format of ../shared/gold (rejected ones left out), to score an extractor with `npm run eval -- --gold FILE --articles FILE`")
    .option("--corrected-only", "only articles with a standing analyst's correction")
    .option("--articles <file>", "also write the articles (JSON Lines) the gold covers, for eval --articles")
    .option("--out <file>", "write the gold here (default: standard output)")
    .option("--source <name>", "only articles of this source (repeatable)", (value: string, previous: string[] = []) => [...previous, value])
    .option("--since <day>", "only articles published on or after this day (YYYY-MM-DD)")
    .option("--database-url <url>", "database to read (default: DATABASE_URL)")
    .option("--no-migrate", "do not apply migrations and reference data first")
    .action(async (options: { correctedOnly?: boolean; articles?: string; out?: string; source?: string[]; since?: string; databaseUrl?: string; migrate: boolean }) => {
      // loaded on use, as for ingest: the database stack costs the other commands half a second to start
      const { runExportGoldCli } = await import("@dictum/ingest");
      process.exitCode = await runExportGoldCli(options);
    });
}
