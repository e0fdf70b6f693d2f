import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/index.ts";
import type { ArticleInput } from "../../src/types.ts";

const shared = process.env.DICTUM_SHARED_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared");
const article = (text: string): ArticleInput => ({ id: "x", source: null, url: null, publishedAt: null, title: null, text });

function firstArticles(corpus: string, n: number): ArticleInput[] {
  const text = readFileSync(resolve(shared, "corpus", corpus), "utf8");
  return text.split("\n", n).filter(Boolean).map((l) => JSON.parse(l) as ArticleInput);
}

describe("extractArticle on hostile input", () => {
  it.each([
    ["a megabyte on one line", "He said the talks went well, and ".repeat(32_000)],
    ["thousands of unbalanced quote marks", '"He said, "'.repeat(20_000)],
    ["thousands of curly openers and no closer", "“Officials said that “".repeat(20_000)],
    ["a long run of names before a cue", "Smith ".repeat(100_000) + "said the deal was done."],
    ["a long run of commas before a cue", "a, ".repeat(100_000) + "he said."],
    ["thousands of cues in one sentence", "officials said prices rose ".repeat(12_000)],
    ["one cue before a very long clause", "Officials said " + "word ".repeat(200_000)],
    ["thousands of attributed quotes", '"a b c d" Smith said '.repeat(5_000)],
  ])("%s stays fast and keeps offsets exact", (_name, text) => {
    const t = performance.now();
    const result = extractArticle(article(text));
    // Generous: the machine is shared. A quadratic stage takes minutes here, not seconds.
    expect(performance.now() - t).toBeLessThan(5000);
    for (const s of result.statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("rejects an article without text with a clear error", () => {
    expect(() => extractArticle({ id: "bad" } as ArticleInput)).toThrow(/article bad has no text/);
  });

  it("returns no statements for empty text", () => {
    expect(extractArticle(article("")).statements).toEqual([]);
  });
});

describe("invariants over real articles", () => {
  const sample = [
    ...firstArticles("reuters21578/reuters21578.jsonl", 150),
    ...firstArticles("tass-2024-sample/tass-2024-sample.jsonl", 50),
    ...firstArticles("bbc-news-2004-2005/bbc-news-2004-2005.jsonl", 50),
    ...firstArticles("polnear/dev.jsonl", 20),
  ];

  it("every statement is an exact, trimmed, non-empty slice with a speaker and a confidence in [0, 1]", () => {
    let statements = 0;
    for (const a of sample) {
      const result = extractArticle(a);
      expect(result.id).toBe(a.id);
      for (const s of result.statements) {
        statements++;
        expect(s.text.trim().length).toBeGreaterThan(0);
        expect(s.text).toBe(s.text.trim());
        expect(a.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.speaker?.name.trim()).toBeTruthy();
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
    }
    // The sample is news: most articles report speech.
    expect(statements).toBeGreaterThan(sample.length);
  });
});
