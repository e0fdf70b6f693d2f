// Kills the ingest command with SIGKILL mid-run and checks the database holds whole articles only (each with
// exactly the statements the extractor finds in it), then resumes and compares with an uninterrupted run.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@dictum/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@dictum/db/testing";
import { extractArticle } from "@dictum/extract";
import { ingestPaths, storableStatements } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const ARTICLES = 800;

let dir: string;
let slice: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dictum-ingest-kill-"));
  slice = join(dir, "reuters-slice.jsonl");
  const reuters = join(shared, "corpus/reuters21578/reuters21578.jsonl");
  let lines: string[];
  if (existsSync(reuters)) {
    lines = readFileSync(reuters, "utf8").split("\n").slice(0, ARTICLES);
  } else {
    // Without the shared folder: the real records in test/fixtures, each made a distinct article by a numbered
    // closing paragraph.
    const sample = readFileSync(join(import.meta.dirname, "fixtures/corpus-sample.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
    lines = Array.from({ length: ARTICLES }, (_, i) => {
      const record = sample[i % sample.length];
      return JSON.stringify({ ...record, id: `${record.id}#${i}`, url: record.url ? `${record.url}#${i}` : null, text: `${record.text}\n\n(Copy ${i}.)` });
    });
  }
  writeFileSync(slice, `${lines.join("\n")}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runIngest(url: string): { exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill: (signal?: NodeJS.Signals) => void } {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/ingest/scripts/ingest.ts", "--batch-size", "40", "--progress", "none", "--database-url", url, slice], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) => child.on("exit", (code, signal) => done({ code, signal, stderr })));
  return { exited, kill: (signal = "SIGKILL") => child.kill(signal) };
}

/** Changes whenever the extractor's sources do. In the shared working tree the extraction engineers edit it while
 * tests run; a run whose child processes saw different extractor code cannot be compared and is retried. */
function extractorStamp(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else parts.push(`${path}:${statSync(path).mtimeMs}`);
    }
  };
  for (const pkg of ["extract", "geo"]) {
    try {
      walk(join(repoRoot, "packages", pkg, "src"));
    } catch {
      // a package that does not exist has no sources to change
    }
  }
  return parts.sort().join("\n");
}

const counts = (db: Db) => Promise.all([db.article.count(), db.statement.count(), db.speaker.count(), db.speakerAlias.count(), db.quotation.count(), db.statementPlace.count(), db.statementTopic.count(), db.place.count()]);

describe.each(testProviders())("kill and resume on %s", (provider) => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.drop();
  });

  it("leaves whole articles only, and the next run completes to the same counts as an uninterrupted one", { timeout: 240_000 }, async () => {
    for (let attempt = 1; ; attempt++) {
      const stamp = extractorStamp();
      try {
        await killAndResume();
        return;
      } catch (error) {
        if (attempt >= 3 || extractorStamp() === stamp) throw error;
      }
    }
  });

  async function killAndResume(): Promise<void> {
    const killed = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
    const clean = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
    databases.push(killed, clean);
    const db = createPrismaClient(killed.url);
    const reference = createPrismaClient(clean.url);
    try {
      const run = runIngest(killed.url);
      let stored = 0;
      const deadline = Date.now() + 60_000;
      while (stored < 120 && Date.now() < deadline) {
        await new Promise((wait) => setTimeout(wait, 25));
        stored = await db.article.count();
      }
      run.kill();
      const { signal } = await run.exited;
      expect(signal, "the run must still be going when it is killed").toBe("SIGKILL");

      // Whole articles only: every stored article has exactly the statements the extractor finds in it.
      const articles = await db.article.findMany({ include: { source: true, _count: { select: { statements: true } } } });
      expect(articles.length).toBeGreaterThan(0);
      expect(articles.length).toBeLessThan(ARTICLES);
      for (const a of articles) {
        const extraction = extractArticle({ id: a.externalId ?? "", source: a.source?.name ?? null, url: a.url, publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null, title: a.title, text: a.text });
        expect(a._count.statements, a.externalId ?? String(a.id)).toBe(storableStatements(extraction, a.text).length);
      }

      const resumed = await runIngest(killed.url).exited;
      expect(resumed.code, resumed.stderr).toBe(0);
      const present = Number(/(\d+) already present/.exec(resumed.stderr)?.[1]);
      expect(present).toBeGreaterThanOrEqual(articles.length);

      await ingestPaths([slice], { db: reference, progress: "none", summary: false, batchSize: 40 });
      expect(await counts(db)).toEqual(await counts(reference));
    } finally {
      await db.$disconnect();
      await reference.$disconnect();
    }
  }
});

describe("Ctrl-C", () => {
  it("stops after the batches in hand, prints the summary and exits 130", { timeout: 120_000 }, async () => {
    const database = await createTestDatabase("sqlite", { migrate: true, reference: referenceData() });
    const db = createPrismaClient(database.url);
    try {
      const run = runIngest(database.url);
      for (let stored = 0, deadline = Date.now() + 60_000; stored < 80 && Date.now() < deadline; ) {
        await new Promise((wait) => setTimeout(wait, 25));
        stored = await db.article.count();
      }
      run.kill("SIGINT");
      const { code, stderr } = await run.exited;
      expect(code, stderr).toBe(130);
      const newCount = Number(/interrupted: ingested \d+ articles .*: (\d+) new/.exec(stderr)?.[1]);
      expect(newCount).toBeLessThan(ARTICLES);
      expect(await db.article.count()).toBe(newCount);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  });
});
