// SIGKILL during `dictum reextract`, at seeded points, twice in a row: every article is left fully old (the
// statements the old extractor finds) or fully new (those the new one finds), nothing derived drifts, and a re-run
// finishes the job to exactly what an uninterrupted run stores.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@dictum/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@dictum/db/testing";
import { extractArticle, type ArticleInput } from "@dictum/extract";
import { extractorVersion } from "@dictum/extract/version";
import { ingestArticles, reextractStored, storableStatements } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";
import { asInput } from "../src/reextract/stored.ts";
import { altered, ALTERED_VERSION } from "./helpers/altered-extractor.ts";
import { contents, derivedProblems } from "./helpers/derived.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const ARTICLES = 240;
const KILLS = 2;

/** Seeded, so a failure names its kill points; FUZZ_SEED varies them. */
const random = fc.sample(fc.integer({ min: 0, max: 1000 }), { seed: Number(process.env.FUZZ_SEED ?? 11), numRuns: 20 }).map((n) => n / 1000);
let draw = 0;
const between = (min: number, max: number) => Math.round(min + (random[draw++ % random.length] ?? 0.5) * (max - min));

function articles(): ArticleInput[] {
  const reuters = join(shared, "corpus/reuters21578/reuters21578.jsonl");
  if (existsSync(reuters)) return readFileSync(reuters, "utf8").split("\n").slice(0, ARTICLES).map((line) => JSON.parse(line));
  // Without the shared folder: the fixture records, each made a distinct article by a numbered closing paragraph.
  const sample = readFileSync(join(import.meta.dirname, "fixtures/corpus-sample.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as ArticleInput);
  return Array.from({ length: ARTICLES }, (_, i) => ({ ...sample[i % sample.length]!, id: `${sample[i % sample.length]!.id}#${i}`, url: null, text: `${sample[i % sample.length]!.text}\n\n(Copy ${i}.)` }));
}

function runReextract(url: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/ingest/test/helpers/reextract-altered.ts", "--batch-size", "10", "--database-url", url], { cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on("exit", (code, signal) => done({ code, signal, stderr })));
  return { exited, kill: () => child.kill("SIGKILL") };
}

/** Problems with articles that are neither wholly what the old extractor made nor wholly what the new one makes. */
async function halfUpdated(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const rows = await db.article.findMany({ include: { source: true, statements: { select: { start: true, end: true, kind: true }, orderBy: { start: "asc" } } } });
  for (const row of rows) {
    const input = asInput({ ...row, source: row.source?.name ?? null });
    const extract = row.extractorVersion === ALTERED_VERSION ? altered : row.extractorVersion === extractorVersion() ? extractArticle : null;
    if (!extract) {
      problems.push(`article ${row.id}: version ${row.extractorVersion}`);
      continue;
    }
    const expected = storableStatements(extract(input), row.text).map((s) => `${s.kind.toUpperCase()}:${s.start}-${s.end}`).sort();
    const stored = row.statements.map((s) => `${s.kind}:${s.start}-${s.end}`).sort();
    if (JSON.stringify(stored) !== JSON.stringify(expected)) problems.push(`article ${row.id} (${row.extractorVersion}): stored ${stored.length} statements, its extractor finds ${expected.length}`);
  }
  return problems;
}

describe.each(testProviders())("reextract killed on %s", (provider) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it(`killed ${KILLS} times at seeded points, leaves every article fully old or fully new, and a re-run finishes the job`, { timeout: 300_000 }, async () => {
    const [killed, clean] = [await createTestDatabase(provider, { migrate: true, reference: referenceData() }), await createTestDatabase(provider, { migrate: true, reference: referenceData() })];
    databases.push(killed, clean);
    const [db, reference] = [createPrismaClient(killed.url), createPrismaClient(clean.url)];
    try {
      const input = articles();
      await ingestArticles(db, input, { worker: false });
      await ingestArticles(reference, input, { worker: false });
      for (let round = 0; round < KILLS; round++) {
        const done = await db.article.count({ where: { extractorVersion: ALTERED_VERSION } });
        // A number of further articles done, never a time alone (a fast machine finishes in a second or two).
        const target = done + between(10, 90);
        const run = runReextract(killed.url);
        let finished = false;
        void run.exited.then(() => (finished = true));
        const started = Date.now();
        while (!finished && (await db.article.count({ where: { extractorVersion: ALTERED_VERSION } })) < target && Date.now() - started < 90_000) {
          await new Promise((wait) => setTimeout(wait, 10));
        }
        run.kill();
        const { signal, stderr } = await run.exited;
        expect(signal, `round ${round + 1} (target ${target}): the run must still be going when it is killed\n${stderr}`).toBe("SIGKILL");
        expect(await halfUpdated(db), `after kill ${round + 1} at ${target} articles`).toEqual([]);
        expect(await derivedProblems(db, provider), `after kill ${round + 1}`).toEqual([]);
      }
      const stored = await db.article.count(); // a few Reuters records repeat an earlier one: stored once
      expect(await db.article.count({ where: { extractorVersion: ALTERED_VERSION } })).toBeLessThan(stored);

      const resumed = await runReextract(killed.url).exited;
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(await db.article.count({ where: { extractorVersion: ALTERED_VERSION } })).toBe(stored);
      await reextractStored({ db: reference, extract: altered, version: ALTERED_VERSION, batchSize: 10, progress: "none", summary: false });
      expect(await derivedProblems(db, provider)).toEqual([]);
      expect(await contents(db)).toEqual(await contents(reference));
      expect(await db.speaker.count()).toBe(await reference.speaker.count());
    } finally {
      await db.$disconnect();
      await reference.$disconnect();
    }
  });
});
