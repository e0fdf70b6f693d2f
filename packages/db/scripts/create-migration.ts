// `npm run db:migration:create -w @dictum/db -- <name>`: writes the SQL that takes the committed migrations to the
// current prisma/schema.prisma, for SQLite and for PostgreSQL. The PostgreSQL diff needs a server for its shadow
// database: DICTUM_TEST_POSTGRES_URL, or DATABASE_URL when it is a postgresql:// URL.
import { loadConfig } from "@dictum/config";
import { createMigration } from "../src/migrations.ts";
import { runCli } from "../src/cli.ts";

await runCli(async () => {
  const name = process.argv[2];
  if (!name) throw new Error("usage: npm run db:migration:create -w @dictum/db -- <snake_case_name>");
  const config = loadConfig();
  const postgresUrl = config.DICTUM_TEST_POSTGRES_URL ?? (config.DATABASE_URL.startsWith("postgres") ? config.DATABASE_URL : undefined);
  if (!postgresUrl) throw new Error("set DICTUM_TEST_POSTGRES_URL (postgresql://postgres@127.0.0.1:5432/test) so the PostgreSQL migration can be diffed too");
  for (const [provider, url] of [["sqlite", "file::memory:"], ["postgresql", postgresUrl]] as const) {
    const dir = await createMigration(name, provider, url);
    console.log(dir ? `${provider}: wrote ${dir}/migration.sql` : `${provider}: no schema changes, nothing written`);
  }
});
