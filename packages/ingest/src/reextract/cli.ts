// The body of `dictum reextract`: migrate the database if needed, re-extract the selected stored articles, print
// the summary. Exit code 0 done, 1 some article failed (it keeps its old statements), 2 nothing could be done
// (bad DATABASE_URL or option, database unreachable), 130 stopped by Ctrl-C.
import { loadConfig } from "@dictum/config";
import type { ProgressMode } from "../progress.ts";
import { migrateBeforeRun, withGracefulStop } from "../cli-steps.ts";
import type { ReextractorOptions } from "./reextractor.ts";
import { reextractStored } from "./run.ts";
import { UnknownSourceError } from "./stored.ts";

export interface ReextractCliOptions extends ReextractorOptions {
  databaseUrl?: string;
  all?: boolean;
  /** Source names. */
  source?: string[];
  /** YYYY-MM-DD. */
  since?: string;
  batchSize?: number;
  progress?: ProgressMode;
  migrate?: boolean;
  out?: NodeJS.WritableStream;
}

/** "2024-03-01" → that day at 00:00 UTC; anything else is refused. */
export function parseSince(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${match[0]}T00:00:00.000Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== match![0]) throw new Error(`--since must be a day as YYYY-MM-DD, got "${value}"`);
  return date;
}

export async function runReextractCli(options: ReextractCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stderr;
  let databaseUrl: string;
  let since: Date | undefined;
  try {
    since = options.since === undefined ? undefined : parseSince(options.since);
    databaseUrl = options.databaseUrl ?? loadConfig().DATABASE_URL;
    if (options.migrate !== false) await migrateBeforeRun(databaseUrl, out);
  } catch (error) {
    out.write(`error: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    const summary = await withGracefulStop(out, (signal) => reextractStored({ ...options, databaseUrl, sources: options.source, since, signal }));
    if (summary.interrupted) return 130;
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof UnknownSourceError) {
      out.write(`error: --source: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
