// npm run bench:reextract — re-extracts the whole Reuters-21578 corpus (19,000 articles) stored in SQLite and
// prints articles/s, twice: once as an extractor release that reads every article as the stored one did (the
// cost of reading, extracting and comparing), once with a tenth of the statements to fix (a trimmed or missing
// statement, a wrong speaker: the write path). The corpus is ingested once per extractor version and the database
// kept in the temp folder (BENCH_FRESH=1 ingests again); each run works on a copy.
//   BENCH_ARTICLES=N re-extracts the first N articles only; BENCH_BATCH=N sets the batch size.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "@dictum/db";
import { reextractStored } from "../src/index.ts";
import { ingestedCorpus } from "./bench-corpus.ts";

const batchSize = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;

/** A copy of the ingested database, every article marked as made by another extractor. */
async function workingCopy(ingested: string, damage: boolean): Promise<{ url: string; drop: () => void; damaged: number }> {
  const dir = mkdtempSync(join(tmpdir(), "dictum-bench-reextract-"));
  const file = join(dir, "bench.db");
  copyFileSync(ingested, file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  let damaged = 0;
  try {
    await db.$executeRawUnsafe(`UPDATE "Article" SET "extractorVersion" = 'an-older-extractor'`);
    if (damage) {
      // What an older extractor might have got wrong, on one statement in ten: one in thirty missing, one trimmed
      // by a character, one with another speaker.
      damaged += await db.$executeRawUnsafe(`DELETE FROM "Statement" WHERE "id" % 30 = 0`);
      damaged += await db.$executeRawUnsafe(`UPDATE "Statement" SET "end" = "end" - 1, "text" = substr("text", 1, length("text") - 1) WHERE "id" % 30 = 10 AND length("text") > 2`);
      const someone = await db.speaker.findFirst({ select: { id: true } });
      damaged += await db.$executeRawUnsafe(`UPDATE "Statement" SET "speakerId" = ${someone?.id ?? "NULL"} WHERE "id" % 30 = 20`);
    }
    await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  } finally {
    await db.$disconnect();
  }
  return { url, damaged, drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** CPU seconds of this process's main thread (Linux /proc; null elsewhere): the part that does not parallelise. */
function mainThreadCpuSeconds(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

async function run(label: string, ingested: string, damage: boolean): Promise<void> {
  const copy = await workingCopy(ingested, damage);
  const db = createPrismaClient(copy.url);
  try {
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadCpuSeconds();
    const summary = await reextractStored({ db, progress: "auto", summary: false, batchSize });
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const mainAfter = mainThreadCpuSeconds();
    const done = summary.articles + summary.failed + summary.skipped;
    const main = mainBefore !== null && mainAfter !== null ? `, main thread ${(mainAfter - mainBefore).toFixed(1)} s` : "";
    console.log(
      `bench:reextract sqlite, ${label}: ${done} articles in ${summary.seconds.toFixed(1)} s = ${Math.round(summary.articlesPerSecond)} articles/s ` +
        `(target ≥ 1000); CPU ${cpuSeconds.toFixed(1)} s${main} = ${Math.round(done / cpuSeconds)} articles per CPU-second (all threads; load average ${loadavg()[0]!.toFixed(1)}); ` +
        `statements ${summary.kept} kept, ${summary.changed} changed, ${summary.added} added, ${summary.removed} removed` +
        (damage ? ` (${copy.damaged} damaged before)` : "") + `; ${summary.failed} failed; rss ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );
  } finally {
    await db.$disconnect();
    copy.drop();
  }
}

const ingested = await ingestedCorpus("bench-reextract");
await run("the stored statements as the extractor reads them", ingested, false);
await run("a tenth of the statements to fix", ingested, true);
