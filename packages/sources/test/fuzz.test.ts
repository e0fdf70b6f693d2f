// Hostile documents into the readers: every document is read to the end, each record comes back as an article
// or a clear per-record error, nothing throws, nothing expands (entity bombs) and time stays bounded.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReadResults, entityBomb, hostileDocument, readAll, readBudgetMs, type HostileDocument } from "./fuzz-documents.ts";

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261127;
const runs = Number(process.env.FUZZ_RUNS ?? 300);

async function readWithin(document: HostileDocument, maxRecordBytes?: number) {
  const started = performance.now();
  const results = await readAll(document, maxRecordBytes);
  const ms = performance.now() - started;
  expect(checkReadResults(document.content, results)).toEqual([]);
  expect(ms, `${document.content.length} bytes took ${ms.toFixed(0)} ms`).toBeLessThan(readBudgetMs(document.content));
  return results;
}

const doc = (content: string, format: HostileDocument["format"]): HostileDocument => ({ content: Buffer.from(content), format });

describe("readers on hostile documents", () => {
  it(`read ${runs} generated documents to the end with articles or per-record errors`, { timeout: 120_000 }, async () => {
    await fc.assert(fc.asyncProperty(hostileDocument(), async (document) => { await readWithin(document); }), { seed, numRuns: runs });
  });

  it("do not expand a billion-laughs entity bomb", async () => {
    const results = await readWithin(doc(entityBomb(9), "xml"));
    expect(results.length).toBeGreaterThan(0);
  });

  it("do not read local files through an external entity", async () => {
    const results = await readWithin(doc('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&xxe; said he</description></item></channel></rss>', "xml"));
    expect(JSON.stringify(results)).not.toContain("root:");
  });

  it("skip a CSV record with broken quoting and keep the good records around it", async () => {
    const results = await readWithin(doc('id,text\n1,"Shoigu said ""yes"" today."\n2,"never closed\n3,fine text here\n', "csv"));
    expect(results.some((r) => r.ok && r.article.text.includes('Shoigu said "yes"'))).toBe(true);
    expect(results.every((r) => r.ok || r.error.length > 0)).toBe(true);
  });

  it("refuse a line over the record limit with an error and read the next one", async () => {
    const line = JSON.stringify({ id: "big", text: '"Yes," he said. '.repeat(250_000) });
    const results = await readWithin(doc(`${line}\n{"id":"after","text":"Still read, he said."}\n`, "jsonl"), 1024 * 1024);
    expect(results.filter((r) => !r.ok)).toHaveLength(1);
    expect(results.find((r) => r.ok)?.article.id).toBe("after");
  });

  it("answer a JSON array nested 100,000 deep with an error, not a stack overflow", async () => {
    const results = await readWithin(doc("[".repeat(100_000) + "]".repeat(100_000), "json"));
    expect(results.every((r) => !r.ok)).toBe(true);
  });

  it("read a few megabytes of HTML nested 20,000 deep", { timeout: 60_000 }, async () => {
    await readWithin(doc(`<html><body>${"<div>".repeat(20_000)}<p>"We will stay," Shoigu said.</p>${"x ".repeat(1_000_000)}</body></html>`, "html"));
  });
});
