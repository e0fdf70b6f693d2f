// `migrate(url)`: brings a database up to date: the committed migrations, then the reference data.
import { loadConfig } from "@dictum/config";
import { createPrismaClient } from "./client.ts";
import { applyMigrations } from "./migrations.ts";

export interface MigrateResult {
  /** Migrations applied by this call (empty when the database was up to date). */
  appliedMigrations: string[];
  durationMs: number;
}

export async function migrate(url: string = loadConfig().DATABASE_URL): Promise<MigrateResult> {
  const started = performance.now();
  const appliedMigrations = await applyMigrations(url);
  return { appliedMigrations, durationMs: Math.round(performance.now() - started) };
}
