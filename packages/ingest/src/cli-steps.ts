// Steps the ingest and reextract commands share: bring the database up to date first, and stop gracefully on Ctrl-C.
import { referenceData } from "./reference-data.ts";

/** Applies pending migrations and reference data, printing one `migrate:` line per change. Throws when it cannot. */
export async function migrateBeforeRun(databaseUrl: string, out: NodeJS.WritableStream): Promise<void> {
  const { migrate, describeMigration } = await import("@dictum/db");
  const result = await migrate(databaseUrl, { reference: referenceData() });
  if (result.appliedMigrations.length > 0) for (const line of describeMigration(result)) out.write(`migrate: ${line}\n`);
}

/**
 * Runs `work` with a signal that the first Ctrl-C aborts, so the batch in hand finishes (whole articles only) and the
 * summary prints; a second Ctrl-C exits at once, which is as safe: the open transaction rolls back.
 */
export async function withGracefulStop<T>(out: NodeJS.WritableStream, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    out.write("\nstopping after the current batch (Ctrl-C again to quit now)\n");
    stop.abort();
  };
  process.on("SIGINT", onSigint);
  try {
    return await work(stop.signal);
  } finally {
    process.off("SIGINT", onSigint);
  }
}
