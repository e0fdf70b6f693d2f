// The body of `dictum export-gold`: the stored statements as a gold file (--out, else standard output) and, with
// --articles, the articles it covers, for `npm run eval -- --gold FILE --articles FILE`. Exit code 0 done, 2
// nothing could be done (bad DATABASE_URL or option, database unreachable, a file that cannot be written).
import { createWriteStream, type WriteStream } from "node:fs";
import { loadConfig } from "@dictum/config";
import { migrateBeforeRun } from "../cli-steps.ts";
import { parseSince } from "../reextract/cli.ts";
import { exportGold, UnknownSourceNameError } from "./export.ts";

export interface ExportGoldCliOptions {
  databaseUrl?: string;
  correctedOnly?: boolean;
  /** File for the articles (JSON Lines). */
  articles?: string;
  /** File for the gold (JSON Lines); standard output when left out. */
  out?: string;
  source?: string[];
  since?: string;
  migrate?: boolean;
  /** Messages and the summary (default standard error). */
  log?: NodeJS.WritableStream;
  /** The gold when no --out is given (default standard output). */
  stdout?: NodeJS.WritableStream;
}

export async function runExportGoldCli(options: ExportGoldCliOptions = {}): Promise<number> {
  const log = options.log ?? process.stderr;
  const files: WriteStream[] = [];
  try {
    const since = options.since === undefined ? undefined : parseSince(options.since);
    const databaseUrl = options.databaseUrl ?? loadConfig().DATABASE_URL;
    if (options.migrate !== false) await migrateBeforeRun(databaseUrl, log);
    // Both files are opened before anything is read, so a path that cannot be written fails at once.
    const open = async (path: string) => {
      const file = createWriteStream(path);
      files.push(file);
      await new Promise<void>((resolve, reject) => {
        file.once("open", () => resolve());
        file.once("error", (error) => reject(new Error(`${path}: cannot write: ${(error as NodeJS.ErrnoException).code ?? error.message}`)));
      });
      return file;
    };
    const gold = options.out ? await open(options.out) : (options.stdout ?? process.stdout);
    const articles = options.articles ? await open(options.articles) : undefined;
    const { createPrismaClient } = await import("@dictum/db");
    const db = createPrismaClient(databaseUrl);
    try {
      const summary = await exportGold(db, { correctedOnly: options.correctedOnly, sources: options.source, since, gold, articles });
      await Promise.all(files.map((file) => new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())))));
      log.write(`export-gold: ${summary.articles} articles, ${summary.statements} statements (${summary.corrected} corrected)` +
        `${options.out ? ` → ${options.out}` : ""}${options.articles ? `; articles → ${options.articles}` : ""}\n`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    for (const file of files) file.destroy();
    const message = error instanceof UnknownSourceNameError ? `--source: ${error.message}` : (error as Error).message;
    log.write(`error: ${message}\n`);
    return 2;
  }
}
