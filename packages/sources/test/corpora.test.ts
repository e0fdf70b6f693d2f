import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readArticles } from "../src/index.ts";

// The shared corpora are the real input the readers must take without a single bad record.
const sharedDir = process.env.DICTUM_SHARED_DIR ?? resolve(fileURLToPath(new URL("../../../", import.meta.url)), "../shared");
const corpusDir = join(sharedDir, "corpus");
const files = existsSync(corpusDir)
  ? readdirSync(corpusDir).flatMap((dir) =>
      statSync(join(corpusDir, dir)).isDirectory()
        ? readdirSync(join(corpusDir, dir)).filter((f) => f.endsWith(".jsonl")).map((f) => join(corpusDir, dir, f))
        : [],
    )
  : [];

describe.skipIf(files.length === 0)("shared corpora", () => {
  it.each(files)("reads %s completely, every record with an id and text", async (path) => {
    let articles = 0;
    const ids = new Set<string>();
    for await (const result of readArticles({ path })) {
      expect(result.ok ? null : result).toBeNull();
      if (result.ok) {
        articles++;
        ids.add(result.article.id);
        expect(result.article.text.length).toBeGreaterThan(0);
        expect(result.article.publishedAt === null || /^\d{4}-\d{2}-\d{2}/.test(result.article.publishedAt)).toBe(true);
      }
    }
    expect(articles).toBeGreaterThan(0);
    expect(ids.size).toBe(articles);
  });
});
