// npm run bench:retag — `dictum reextract --topics` on the whole Reuters-21578 corpus (19,000 articles) stored in
// SQLite: an edited taxonomy (the shipped one and one new topic) imported, then every statement re-tagged from it.
// Prints articles/s and statements/s. The corpus is ingested once per extractor version and kept in the temp
// folder (BENCH_FRESH=1 ingests again); each run works on a copy. BENCH_ARTICLES=N takes the first N articles.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { createPrismaClient, importTaxonomy, migrate, readTaxonomy } from "@dictum/db";
import { extractorVersion } from "@dictum/extract/version";
import { ingestPaths, retagStored } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const corpus = join(shared, "corpus/reuters21578/reuters21578.jsonl");
if (!existsSync(corpus)) {
  console.error(`bench:retag: corpus not found at ${corpus} (set DICTUM_SHARED_DIR)`);
  process.exit(2);
}
const limit = process.env.BENCH_ARTICLES ? Number(process.env.BENCH_ARTICLES) : null;

async function ingestedCorpus(): Promise<string> {
  const source = limit ? join(tmpdir(), `dictum-bench-retag-${limit}.jsonl`) : corpus;
  if (limit) writeFileSync(source, `${readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, limit).join("\n")}\n`);
  const file = join(tmpdir(), `dictum-bench-retag-${extractorVersion()}-${limit ?? "all"}.db`);
  if (existsSync(file) && !process.env.BENCH_FRESH) return file;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  await migrate(`file:${file}`, { reference: referenceData() });
  const db = createPrismaClient(`file:${file}`);
  try {
    const result = await ingestPaths([source], { db, progress: "auto", summary: false });
    console.log(`bench:retag: ingested ${result.new} articles in ${result.seconds.toFixed(1)} s (kept as ${file})`);
    await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await db.$disconnect();
  }
  return file;
}

const ingested = await ingestedCorpus();
const dir = mkdtempSync(join(tmpdir(), "dictum-bench-retag-"));
const file = join(dir, "bench.db");
copyFileSync(ingested, file);
const db = createPrismaClient(`file:${file}`);
try {
  const shipped = (await readTaxonomy(db))!;
  const grain = { slug: "grain-harvest", name: "Grain and harvests", keywords: { "wheat": 1, "grain*": 0.8, "harvest*": 0.7, "corn": 0.8 } };
  await importTaxonomy(db, { ...shipped, topics: [...shipped.topics, grain] });
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const summary = await retagStored({ db, progress: "none", out: quiet });
  console.log(`bench:retag: re-tagged ${summary.articles} articles (${summary.statements} statements, ${summary.retagged} changed topics, links +${summary.linksAdded} -${summary.linksRemoved}) ` +
    `in ${summary.seconds.toFixed(1)} s: ${Math.round(summary.articlesPerSecond)} articles/s, ${Math.round(summary.statements / summary.seconds)} statements/s`);
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
