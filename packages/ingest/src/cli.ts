// The body of `dictum ingest`: migrate the database if needed, ingest, print the summary; exit code 1 when any
// record failed, 2 when nothing could be done (bad DATABASE_URL, database unreachable).
import { loadConfig } from "@dictum/config";
import { ingestPaths } from "./ingest-paths.ts";
import { redisAnnouncer, type Announcer } from "./live.ts";
import type { ProgressMode } from "./progress.ts";
import { migrateBeforeRun, withGracefulStop } from "./cli-steps.ts";

export interface IngestCliOptions {
  databaseUrl?: string;
  batchSize?: number;
  progress?: ProgressMode;
  /** Apply migrations and reference data first (default true). */
  migrate?: boolean;
  out?: NodeJS.WritableStream;
}

export async function runIngestCli(paths: readonly string[], options: IngestCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stderr;
  if (paths.length === 0) {
    out.write("usage: dictum ingest PATH|URL...\n");
    return 2;
  }
  let databaseUrl: string;
  let announcer: Announcer | undefined;
  try {
    const config = loadConfig();
    databaseUrl = options.databaseUrl ?? config.DATABASE_URL;
    // With Redis, every batch's statements reach live subscribers of every API instance, as the API's own writes do.
    if (config.REDIS_URL) announcer = redisAnnouncer(config.REDIS_URL, config.REDIS_CHANNEL, (message) => out.write(`warning: ${message}\n`));
    if (options.migrate !== false) await migrateBeforeRun(databaseUrl, out);
  } catch (error) {
    out.write(`error: ${(error as Error).message}\n`);
    await announcer?.close();
    return 2;
  }
  try {
    const summary = await withGracefulStop(out, (signal) =>
      ingestPaths(paths, { databaseUrl, batchSize: options.batchSize, progress: options.progress, out, signal, onStored: announcer?.announce }));
    if (summary.interrupted) return 130;
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await announcer?.close();
  }
}
