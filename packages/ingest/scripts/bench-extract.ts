/**
 * Extraction benchmark: streams the Reuters-21578 corpus (19,000 articles) through the JSONL reader
 * (@dictum/sources) and extractArticle (@dictum/extract) on one core, printing throughput and resident memory
 * every 2,000 articles so a leak or an accidental whole-file load shows as a rising RSS column. It lives in
 * ingest because ingest is where the two meet; it writes nothing.
 *
 *   npm run bench:extract                      # from the repository root
 *   DICTUM_SHARED_DIR=/path/to/shared npm run bench:extract
 *   node --cpu-prof --import tsx packages/ingest/scripts/bench-extract.ts   # then open the .cpuprofile
 *   node --expose-gc --import tsx packages/ingest/scripts/bench-extract.ts  # heap column after a full collection
 */
import { existsSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle } from "@dictum/extract";
import { readArticles } from "@dictum/sources";

// Issue 10: 2,000 articles/s on one core (an earlier issue asked 1,000).
const TARGET_ARTICLES_PER_SECOND = 2000;
const SAMPLE_EVERY = 2000;
const MB = 1024 * 1024;

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const sharedDir = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const corpus = resolve(sharedDir, "corpus/reuters21578/reuters21578.jsonl");
if (!existsSync(corpus)) {
  console.error(`bench:extract: corpus not found at ${corpus} (set DICTUM_SHARED_DIR to the shared folder)`);
  process.exit(2);
}
const fileBytes = statSync(corpus).size;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

async function readOnly(): Promise<number> {
  const started = performance.now();
  let n = 0;
  for await (const result of readArticles({ path: corpus })) if (result.ok) n++;
  return (performance.now() - started) / 1000;
}

async function readAndExtract() {
  const rss: number[] = [];
  let articles = 0;
  let failed = 0;
  let statements = 0;
  let textBytes = 0;
  let extractSeconds = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  console.log("articles   seconds  articles/s   RSS MB  heap MB");
  for await (const result of readArticles({ path: corpus })) {
    if (!result.ok) {
      failed++;
      continue;
    }
    const t = performance.now();
    statements += extractArticle(result.article).statements.length;
    extractSeconds += (performance.now() - t) / 1000;
    textBytes += result.article.text.length;
    articles++;
    if (articles % SAMPLE_EVERY === 0) {
      const seconds = (performance.now() - started) / 1000;
      // with --expose-gc the heap column is what is really retained, not what the collector has yet to free
      (globalThis as { gc?: () => void }).gc?.();
      const memory = process.memoryUsage();
      rss.push(memory.rss);
      console.log(
        `${String(articles).padStart(8)} ${seconds.toFixed(2).padStart(9)} ${(articles / seconds).toFixed(0).padStart(11)}` +
          ` ${mb(memory.rss).padStart(8)} ${mb(memory.heapUsed).padStart(8)}`,
      );
    }
  }
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { articles, failed, statements, textBytes, extractSeconds, rss, cpuSeconds, seconds: (performance.now() - started) / 1000 };
}

console.log(`corpus: ${corpus} (${mb(fileBytes)} MB)`);
const readSeconds = await readOnly();
console.log(`read only: ${readSeconds.toFixed(2)} s, ${(mb(fileBytes / readSeconds))} MB/s\n`);
const run = await readAndExtract();
// On a shared machine wall time includes waiting for the CPU; CPU time is what one core spends on the work.
const perSecond = run.articles / run.seconds;
const perCpuSecond = run.articles / run.cpuSeconds;
console.log(`
articles:          ${run.articles} (${run.failed} unreadable records)
time:              ${run.seconds.toFixed(2)} s (extractArticle ${run.extractSeconds.toFixed(2)} s, reading and the rest ${(run.seconds - run.extractSeconds).toFixed(2)} s)
throughput:        ${perSecond.toFixed(0)} articles/s, ${mb(fileBytes / run.seconds)} MB/s (file), ${mb(run.textBytes / run.seconds)} M chars/s (text), wall clock
CPU time:          ${run.cpuSeconds.toFixed(2)} s: ${perCpuSecond.toFixed(0)} articles per CPU second, ${mb(fileBytes / run.cpuSeconds)} MB per CPU second (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)
statements found:  ${run.statements} (${(run.statements / Math.max(run.articles, 1)).toFixed(2)} per article)
RSS every ${SAMPLE_EVERY}:    ${run.rss.map((r) => mb(r)).join(", ")} MB (min ${mb(Math.min(...run.rss))}, max ${mb(Math.max(...run.rss))})
target:            ${TARGET_ARTICLES_PER_SECOND} articles/s on one core: ${perSecond >= TARGET_ARTICLES_PER_SECOND ? "met" : "NOT met"} (wall clock), ${perCpuSecond >= TARGET_ARTICLES_PER_SECOND ? "met" : "NOT met"} (CPU time)`);
