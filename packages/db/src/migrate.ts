// `migrate(url)`: brings a database up to date: the committed migrations, then the reference data (geography,
// topic taxonomy). Safe to run on every start.
import { loadConfig } from "@dictum/config";
import { createPrismaClient } from "./client.ts";
import { applyMigrations } from "./migrations.ts";
import { loadReferenceData, type ReferenceData, type ReferenceLoad } from "./reference/index.ts";

export interface MigrateResult {
  /** Migrations applied by this call (empty when the database was up to date). */
  appliedMigrations: string[];
  reference: ReferenceLoad;
  durationMs: number;
}

export interface MigrateOptions {
  /** The reference data to load after the migrations (@dictum/ingest's `referenceData()`), or false for none. */
  reference: ReferenceData | false;
}

export async function migrate(url: string = loadConfig().DATABASE_URL, options: MigrateOptions): Promise<MigrateResult> {
  const started = performance.now();
  const appliedMigrations = await applyMigrations(url);
  const db = createPrismaClient(url);
  try {
    const reference = options.reference === false ? notLoaded : await loadReferenceData(db, options.reference);
    return { appliedMigrations, reference, durationMs: Math.round(performance.now() - started) };
  } finally {
    await db.$disconnect();
  }
}

const notLoaded: ReferenceLoad = { geography: { missing: "not requested" }, topics: { missing: "not requested" }, durationMs: 0 };

/** One line per step, for the migrate command and `npm start`. */
export function describeMigration(result: MigrateResult): string[] {
  const { geography, topics } = result.reference;
  return [
    result.appliedMigrations.length ? `applied migrations ${result.appliedMigrations.join(", ")}` : "migrations up to date",
    "missing" in geography ? `warning: reference geography not loaded (${geography.missing})`
      : geography.skipped ? `reference geography up to date (${geography.version})`
      : `loaded reference geography ${geography.version}: ${geography.places} places, ${geography.aliases} aliases, ${geography.memberships} region memberships`,
    "missing" in topics ? `warning: topic taxonomy not loaded (${topics.missing})`
      : topics.importedAt ? `topic taxonomy: the one imported on ${topics.importedAt.toISOString().slice(0, 10)} is kept (the shipped one is not loaded over it)`
      : topics.skipped ? `topic taxonomy up to date (${topics.version})`
      : `loaded topic taxonomy ${topics.version}: ${topics.topics} topics`,
    `done in ${result.durationMs} ms`,
  ];
}
