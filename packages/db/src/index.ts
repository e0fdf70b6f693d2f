export { createPrismaClient, dbProvider, sqlitePath, DatabaseUrlError, type Db, type QueryEvent, type CreatePrismaClientOptions } from "./client.ts";
export { refreshStatistics } from "./statistics.ts";
export { applyMigrations, appliedMigrationNames, createMigration, migrationDiff, checkReachable, MigrationError, describe as describeDatabase } from "./migrations.ts";
export { migrate, describeMigration, type MigrateResult, type MigrateOptions } from "./migrate.ts";
export { loadReferenceData, loadGeography, loadTopics, type GeoCountry, type GeoRegion, type TaxonomyTopic, type ReferenceLoad, type ReferenceData } from "./reference/index.ts";
export type { Provider } from "./schema-files.ts";
export * from "./generated/sqlite/enums.ts";
export type * from "./generated/sqlite/models.ts";
export { Prisma } from "./generated/sqlite/client.ts";
