import { Command } from "commander";
import { extractorVersion } from "@dictum/extract/version";
import { exportGoldCommand } from "./commands/export-gold.ts";
import { extractCommand } from "./commands/extract.ts";
import { ingestCommand } from "./commands/ingest.ts";
import { reextractCommand } from "./commands/reextract.ts";
import { topicsCommand } from "./commands/topics.ts";

/** Each subcommand lives in its own file under commands/ and is registered here. */
export function buildProgram(): Command {
  return new Command("dictum")
    .description("Dictum: who said what, when, about where, from news articles")
    .showHelpAfterError()
    // the extractor's content hash: which extractor made what this version stores
    .version(`extractor ${extractorVersion()}`, "-V, --version")
    .addCommand(extractCommand())
    .addCommand(ingestCommand())
    .addCommand(reextractCommand())
    .addCommand(topicsCommand())
    .addCommand(exportGoldCommand());
}

await buildProgram().parseAsync(process.argv);
