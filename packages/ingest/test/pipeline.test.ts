// ingestPaths prepares the next batch while the previous one is written: an article repeated in the next batch
// must still be stored once, and the worker-thread extractor must store what the in-thread one stores.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@dictum/db/testing";
import { ingestPaths } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

let dir: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dictum-ingest-pipeline-"));
  file = join(dir, "repeats.jsonl");
  const lines = readFileSync(resolve(import.meta.dirname, "fixtures/corpus-sample.jsonl"), "utf8").split("\n").filter((line) => line.startsWith('{"id": "tass:'));
  // Batches of 2: [0, 1] [0 again, 2] [3, 1 again]
  writeFileSync(file, [lines[0], lines[1], lines[0], lines[2], lines[3], lines[1]].join("\n") + "\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pipelined batches", () => {
  const dbs: TestDb[] = [];
  afterEach(async () => {
    for (const t of dbs.splice(0)) await t.close();
  });

  it("stores an article repeated in the following batch once, in thread and in a worker alike", async () => {
    const counts = async (worker: boolean) => {
      const t = await createTestDb("sqlite", { reference: referenceData() });
      dbs.push(t);
      const result = await ingestPaths([file], { db: t.db, batchSize: 2, progress: "none", summary: false, worker });
      const stored = await Promise.all([t.db.article.count(), t.db.statement.count(), t.db.speaker.count(), t.db.quotation.count(), t.db.statementPlace.count()]);
      return { result: [result.new, result.present, result.failed, result.statements], stored };
    };
    const inThread = await counts(false);
    expect(inThread.result.slice(0, 3)).toEqual([4, 2, 0]);
    expect(inThread.stored[0]).toBe(4);
    expect(inThread.stored[1]).toBe(inThread.result[3]);
    expect(await counts(true)).toEqual(inThread);
  });
});
