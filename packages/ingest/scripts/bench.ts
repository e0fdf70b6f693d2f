// npm run bench:ingest — ingests the Reuters-21578 corpus (19,000 articles) into a fresh SQLite database, then
// into a fresh PostgreSQL database when DICTUM_TEST_POSTGRES_URL is set, and prints articles/s end to end
// (reading, extraction, storage). The shared folder is ../shared from the repository root, or DICTUM_SHARED_DIR.
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@dictum/db";
import { createTestDatabase, postgresTestUrl } from "@dictum/db/testing";
import { ingestPaths } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const corpus = process.argv[2] ?? join(shared, "corpus/reuters21578/reuters21578.jsonl");
if (!existsSync(corpus)) {
  console.error(`bench:ingest: corpus not found at ${corpus} (set DICTUM_SHARED_DIR)`);
  process.exit(2);
}

async function bench(provider: "sqlite" | "postgresql"): Promise<void> {
  const started = performance.now();
  const database = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
  const migrateSeconds = (performance.now() - started) / 1000;
  const db = createPrismaClient(database.url);
  try {
    const cpuBefore = process.cpuUsage();
    const result = await ingestPaths([corpus], { db, progress: "auto" });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const [articles, statements, speakers, quotations] = await Promise.all([db.article.count(), db.statement.count(), db.speaker.count(), db.quotation.count()]);
    console.log(
      `bench:ingest ${provider}: ${result.new + result.present + result.failed} records in ${result.seconds.toFixed(1)} s = ` +
        `${Math.round(result.articlesPerSecond)} articles/s end to end (migrate of the fresh database ${migrateSeconds.toFixed(1)} s, not counted); ` +
        `CPU ${cpuSeconds.toFixed(1)} s (${Math.round((result.new + result.present + result.failed) / cpuSeconds)} articles per CPU-second, both threads; load average ${loadavg()[0]!.toFixed(1)}); ` +
        `stored ${articles} articles (${result.present} duplicates skipped, ${result.failed} failed), ${statements} statements, ${speakers} speakers, ${quotations} quotations; ` +
        `rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}

await bench("sqlite");
if (postgresTestUrl()) await bench("postgresql");
else console.log("bench:ingest postgresql: skipped (set DICTUM_TEST_POSTGRES_URL)");
