// Two writers at once on one database (two clients = two connections, as the CLI and the API would be): no
// article fails, overlapping articles are stored once, and no speaker is created twice.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@dictum/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@dictum/db/testing";
import type { ArticleInput } from "@dictum/extract";
import { ingestArticles } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const sample: ArticleInput[] = readFileSync(resolve(import.meta.dirname, "fixtures/corpus-sample.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
// Each record three times over, as distinct articles (same speakers, places and quotes across them).
const articles = Array.from({ length: sample.length * 3 }, (_, i) => {
  const record = sample[i % sample.length]!;
  return { ...record, id: `${record.id}#${i}`, url: null, text: `${record.text}\n\n(Copy ${Math.floor(i / sample.length)}.)` };
});

describe.each(testProviders())("concurrent writers on %s", (provider) => {
  let database: TestDatabase | undefined;
  const clients: Db[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.$disconnect();
    await database?.drop();
  });

  it("store overlapping inputs once, without failures or duplicate speakers", async () => {
    database = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
    const [a, b] = [createPrismaClient(database.url), createPrismaClient(database.url)];
    clients.push(a, b);
    const firstTwoThirds = articles.slice(0, (articles.length * 2) / 3);
    const lastTwoThirds = articles.slice(articles.length / 3);
    const [ra, rb] = await Promise.all([ingestArticles(a, firstTwoThirds, { batchSize: 3, worker: false }), ingestArticles(b, lastTwoThirds, { batchSize: 3, worker: false })]);
    expect(ra.summary.failed + rb.summary.failed, JSON.stringify([...ra.articles, ...rb.articles].filter((o) => o.status === "failed"))).toBe(0);
    expect(ra.summary.new + rb.summary.new).toBe(articles.length);
    expect(await a.article.count()).toBe(articles.length);
    const speakers = await a.speaker.findMany({ where: { kind: { not: "UNNAMED" } }, select: { key: true, kind: true, countryCode: true } });
    // Bare names ("TimeWarner" taken for a person) are kept apart on purpose when nothing links them; full names
    // and organisations must exist once.
    const identities = speakers.filter((s) => s.kind === "ORGANISATION" || s.key.includes(" ")).map((s) => `${s.kind}|${s.key}|${s.countryCode}`);
    expect(identities.length).toBeGreaterThan(0);
    expect(identities.filter((x, i) => identities.indexOf(x) !== i)).toEqual([]);
  });
});
