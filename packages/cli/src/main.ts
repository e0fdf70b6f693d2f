import { Command } from "commander";
import { extractCommand } from "./commands/extract.ts";
import { ingestCommand } from "./commands/ingest.ts";

/** Each subcommand lives in its own file under commands/ and is registered here. */
export function buildProgram(): Command {
  return new Command("dictum")
    .description("Dictum: who said what, when, about where, from news articles")
    .showHelpAfterError()
    .addCommand(extractCommand())
    .addCommand(ingestCommand());
}

await buildProgram().parseAsync(process.argv);
