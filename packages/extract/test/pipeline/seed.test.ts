import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/index.ts";
import type { ArticleInput } from "../../src/types.ts";

const shared = process.env.DICTUM_SHARED_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared");
const readJsonl = <T>(file: string): T[] => readFileSync(resolve(shared, file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as T);

interface GoldStatement { speaker: string; kind: string; text: string; places: string[] }

describe("seed article (regression)", () => {
  const [article] = readJsonl<ArticleInput>("gold/seed.articles.jsonl");
  const [gold] = readJsonl<{ statements: GoldStatement[]; dateline: { countryCode: string } }>("gold/seed.jsonl");
  const result = extractArticle(article!);

  it("finds all eight statements, in order, with their kind and exact text", () => {
    expect(result.statements.map((s) => [s.kind, s.text])).toEqual(gold!.statements.map((s) => [s.kind, s.text]));
  });

  it("gives every statement to Sergey Shoigu, Russian Defense Minister (RU)", () => {
    for (const s of result.statements) {
      expect(s.speaker).toEqual({ name: "Sergey Shoigu", title: "Russian Defense Minister", kind: "person", countryCode: "RU" });
    }
  });

  it("finds each statement's places and the Dushanbe dateline", () => {
    expect(result.statements.map((s) => s.places.map((p) => p.countryCode).sort())).toEqual(gold!.statements.map((s) => [...s.places].sort()));
    expect(result.dateline?.countryCode).toBe(gold!.dateline.countryCode);
  });

  it("dates the first statement by its attribution and keeps offsets exact", () => {
    expect(result.statements[0]!.saidOn).toBe("2021-07-28");
    for (const s of result.statements) {
      expect(article!.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.confidence).toBeGreaterThan(0.5);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});
