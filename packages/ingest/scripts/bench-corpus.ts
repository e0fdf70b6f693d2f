// The Reuters-21578 corpus ingested into SQLite once per extractor version and kept in the temp folder, for the
// benchmarks that work on stored articles (bench:reextract, bench:retag). BENCH_FRESH=1 ingests again;
// BENCH_ARTICLES=N takes the first N articles.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient, migrate } from "@dictum/db";
import { extractorVersion } from "@dictum/extract/version";
import { ingestPaths } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
export const corpus = join(shared, "corpus/reuters21578/reuters21578.jsonl");
export const limit = process.env.BENCH_ARTICLES ? Number(process.env.BENCH_ARTICLES) : null;

/** The path of the ingested database (`name` keeps each benchmark's copy apart); exits when the corpus is missing. */
export async function ingestedCorpus(name: string): Promise<string> {
  if (!existsSync(corpus)) {
    console.error(`${name}: corpus not found at ${corpus} (set DICTUM_SHARED_DIR)`);
    process.exit(2);
  }
  const source = limit ? join(tmpdir(), `dictum-${name}-${limit}.jsonl`) : corpus;
  if (limit) writeFileSync(source, `${readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, limit).join("\n")}\n`);
  const file = join(tmpdir(), `dictum-${name}-${extractorVersion()}-${limit ?? "all"}.db`);
  if (existsSync(file) && !process.env.BENCH_FRESH) return file;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  await migrate(`file:${file}`, { reference: referenceData() });
  const db = createPrismaClient(`file:${file}`);
  try {
    const result = await ingestPaths([source], { db, progress: "auto", summary: false });
    console.log(`${name}: ingested ${result.new} articles in ${result.seconds.toFixed(1)} s (kept as ${file})`);
    await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await db.$disconnect();
  }
  return file;
}
