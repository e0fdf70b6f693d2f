// `dictum export-gold` then `npm run eval -- --gold FILE --articles FILE`, on SQLite and PostgreSQL: a database the
// current extractor filled scores 1 against its own export; once analysts reject, add and re-attribute statements,
// the export carries their decisions and the extractor is scored against them (the corrected statements count).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Corrector, ingestArticles, type GoldArticle } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const repoRoot = resolve(import.meta.dirname, "../../..");
const seedText = readFileSync(join(repoRoot, "seeds/000_714ab672fc7d564c.txt"), "utf8");

const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", timeout: 300_000 });
const readGold = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as GoldArticle);

/** The eval's whole-set row for this gold file, by column. */
function evaluate(gold: string, articles: string): Record<string, number> {
  const result = run(["--import", "tsx", "packages/extract/scripts/eval.ts", "--gold", gold, "--articles", articles]);
  expect(result.status, result.stderr).toBe(0);
  const lines = result.stdout.split("\n");
  const header = lines.find((line) => /^set\s+articles\s+gold\s+pred/.test(line))!.trim().split(/\s+/);
  const row = lines.find((line) => line.startsWith("corrected "))!.trim().split(/\s+/);
  return Object.fromEntries(header.slice(1).map((name, i) => [name, Number(row[i + 1])]));
}

describe.each(testProviders())("export-gold and eval on %s", (provider) => {
  let t: TestDb;
  const dir = mkdtempSync(join(tmpdir(), "dictum-export-gold-"));
  const file = (name: string) => join(dir, name);
  const exportGold = (...args: string[]) => {
    const result = run(["packages/cli/bin/dictum.mjs", "export-gold", "--database-url", t.url, "--no-migrate", ...args]);
    expect(result.status, result.stderr).toBe(0);
    return result.stderr;
  };
  beforeAll(async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const other = 'WASHINGTON, May 2 (Reuters) - "We will keep rates on hold," Federal Reserve Chair Jerome Powell said.';
    await ingestArticles(t.db, [
      { id: "seed", source: "TASS", url: null, title: null, publishedAt: "2021-07-28T00:00:00Z", text: seedText },
      { id: "other", source: "Reuters", url: null, title: null, publishedAt: "2024-05-02T00:00:00Z", text: other },
    ]);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("scores the extractor that filled the database at 1 against its own export", () => {
    expect(exportGold("--out", file("corrected.gold.jsonl"), "--articles", file("all.articles.jsonl"))).toMatch(/export-gold: 2 articles, \d+ statements \(0 corrected\)/);
    const gold = readGold(file("corrected.gold.jsonl"));
    expect(gold.map((a) => a.id)).toEqual(["seed", "other"]);
    expect(gold[0]!.dateline).toEqual({ name: "Dushanbe", countryCode: "TJ" });
    const m = evaluate(file("corrected.gold.jsonl"), file("all.articles.jsonl"));
    expect([m.stP, m.stR, m.speakerAcc, m.placeF1, m.datelineAcc]).toEqual([1, 1, 1, 1, 1]);
  });

  it("exports analysts' corrections, and the extractor is scored against them", async () => {
    const statements = await t.db.statement.findMany({ where: { article: { externalId: "seed" } }, orderBy: { start: "asc" }, include: { speaker: true } });
    const named = statements.filter((s) => s.speaker && s.speaker.kind !== "UNNAMED");
    expect(named.length).toBeGreaterThan(2);
    const corrector = await Corrector.for(t.db);
    const [rejected, reattributed] = [named[0]!, named[1]!];
    await corrector.correctStatement(rejected.id, { rejected: true }, "alice");
    await corrector.correctStatement(reattributed.id, { speakerName: "Zoltan Quixby" }, "alice");
    // An added statement in a stretch of the text no statement touches, so the extractor has nothing to match it.
    const gap = statements.slice(1).map((s, i) => ({ start: statements[i]!.end + 2, end: s.start - 2 })).find((g) => g.end - g.start > 60)!;
    const words = seedText.slice(gap.start, gap.end);
    const start = gap.start + words.indexOf(" ") + 1;
    const end = gap.start + words.lastIndexOf(" ");
    await corrector.addStatement(statements[0]!.articleId, { kind: "INDIRECT", start, end, speakerName: "the Quixby Ministry", speakerKind: "ORGANISATION" }, "bob");

    expect(exportGold("--corrected-only", "--out", file("corrected.gold.jsonl"), "--articles", file("corrected.articles.jsonl"))).toMatch(/export-gold: 1 articles, \d+ statements \(2 corrected\)/);
    const [seed, ...others] = readGold(file("corrected.gold.jsonl"));
    expect(others).toEqual([]);
    expect(seed!.id).toBe("seed");
    const texts = seed!.statements.map((s) => s.text);
    expect(texts).not.toContain(rejected.text);
    expect(seed!.statements).toContainEqual(expect.objectContaining({ text: reattributed.text, speaker: "Zoltan Quixby" }));
    expect(seed!.statements).toContainEqual({ text: seedText.slice(start, end), kind: "indirect", speaker: "the Quixby Ministry", places: [] });
    expect(seed!.statements).toHaveLength(statements.length);

    // The extractor still finds the rejected one (spurious now), misses the added one and names the old speaker.
    const m = evaluate(file("corrected.gold.jsonl"), file("corrected.articles.jsonl"));
    const n = statements.length;
    const checked = seed!.statements.filter((s) => s.speaker !== null).length - 1; // the added one is not matched
    expect(m.gold).toBe(n);
    expect(m.pred).toBe(n);
    expect(m.stP).toBeCloseTo((n - 1) / n, 3);
    expect(m.stR).toBeCloseTo((n - 1) / n, 3);
    expect(m.speakerAcc).toBeCloseTo((checked - 1) / checked, 3);
  });
});
