import { Command } from "commander";

/** `dictum topics export` / `dictum topics import FILE`: the database's topic taxonomy as a file users edit. */
export function topicsCommand(): Command {
  const common = (command: Command) => command
    .option("--database-url <url>", "database (default: DATABASE_URL)")
    .option("--no-migrate", "do not apply migrations and reference data first");
  const topics = new Command("topics").description("the topic taxonomy: export it to a file, edit it, import it (then `dictum reextract --topics`)");
  topics.addCommand(common(new Command("export"))
    .description("print the database's topic taxonomy as JSON (dictum topics export > topics.json)")
    .action(async (options: { databaseUrl?: string; migrate: boolean }) => {
      // loaded on use: the database stack costs the other commands half a second to start
      const { runTopicsExportCli } = await import("@dictum/ingest");
      process.exitCode = await runTopicsExportCli(options);
    }));
  topics.addCommand(common(new Command("import"))
    .description("replace the database's topic taxonomy with FILE (- for standard input), checked first: a bad file changes nothing")
    .argument("<file>", "a file as `dictum topics export` writes it")
    .action(async (file: string, options: { databaseUrl?: string; migrate: boolean }) => {
      const { runTopicsImportCli } = await import("@dictum/ingest");
      process.exitCode = await runTopicsImportCli(file, options);
    }));
  return topics;
}
