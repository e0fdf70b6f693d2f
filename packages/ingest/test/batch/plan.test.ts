// The plan stage: which records of a batch are new (and extracted), which are stored already or copies of an
// earlier one, and which cannot be stored at all; on SQLite and (when DICTUM_TEST_POSTGRES_URL is set) PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import type { ArticleInput } from "@dictum/extract";
import { dialectOf } from "../../src/bulk-insert.ts";
import { ArticleKeyMap } from "../../src/batch/article-key.ts";
import { planBatch, refusal, sortOut, wellFormed } from "../../src/batch/plan.ts";
import { inThreadExtractor } from "../../src/extractors.ts";
import { ingestArticles } from "../../src/index.ts";
import { referenceData } from "../../src/reference-data.ts";
import { articleOf, extractorFor, person } from "../fixtures.ts";

describe("records that cannot be stored", () => {
  it("are those without text or with a NUL character in a stored field", () => {
    const article = (extra: Partial<ArticleInput>): ArticleInput => ({ id: "a", source: null, url: null, publishedAt: null, title: null, text: "Some words.", ...extra });
    expect(refusal(article({}))).toBeNull();
    expect(refusal(article({ text: "  \n" }))).toBe("article has no text");
    expect(refusal(article({ text: 42 as unknown as string }))).toBe("article has no text");
    expect(refusal(article({ title: "PK\u0003\u0004\u0000" }))).toBe("binary content: the title holds a NUL character");
  });

  it("have a lone surrogate replaced by one U+FFFD before anything else reads them", () => {
    const fixed = wellFormed({ id: "a\ud800", source: null, url: null, publishedAt: null, title: "x\udfffy", text: "one \ud83d two \ud83d\ude00" });
    expect([fixed.id, fixed.title, fixed.text]).toEqual(["a\uFFFD", "x\uFFFDy", "one \uFFFD two \ud83d\ude00"]);
  });
});

describe("sorting out a batch", () => {
  it("answers stored articles with their id, copies with the first new one they copy, the rest as new", () => {
    const stored = new ArticleKeyMap<number>().set({ hash: "s", url: "https://a" }, 40);
    const candidates = [
      { index: 0, key: { hash: "n1", url: "https://a" } }, // stored, by URL
      { index: 1, key: { hash: "n2", url: null } },
      { index: 2, key: { hash: "n2", url: "https://b" } }, // a copy of 1, by hash
      { index: 3, key: { hash: "n3", url: "https://b" } }, // new: only the copy (2) had this URL
      { index: 4, key: { hash: "s", url: null } }, // stored, by hash
    ];
    const { present, duplicates, fresh } = sortOut(candidates, stored);
    expect(present).toEqual([{ index: 0, articleId: 40 }, { index: 4, articleId: 40 }]);
    expect(duplicates).toEqual([{ index: 2, of: 1 }]);
    expect(fresh.map((c) => c.index)).toEqual([1, 3]);
  });
});

describe.each(testProviders())("planning a batch on %s", (provider) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("extracts only the new articles and says why each other one is not new", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = [
      articleOf("stored", [{ quote: "We stand by the agreement", speaker: person("Maria Zakharova") }], { url: "https://tass.com/1" }),
      articleOf("same-url", [{ quote: "Another text at the same address", speaker: null }], { url: "https://tass.com/1" }),
      articleOf("new", [{ quote: "The talks will go on", speaker: person("Sergey Lavrov") }]),
      articleOf("fails", [{ quote: "The extractor trips on this", speaker: null }]),
    ];
    const extract = extractorFor(specs);
    await ingestArticles(t.db, [specs[0]!.article], { extract });
    const extracted: string[] = [];
    const extractor = inThreadExtractor((article) => {
      extracted.push(article.id);
      if (article.id === "fails") throw new Error("tripped");
      return extract(article);
    });
    const copy = { ...specs[2]!.article, id: "copy" };
    const items = [specs[0]!, specs[1]!, specs[2]!, { article: copy }, { article: { ...copy, id: "empty", text: " " } }, specs[3]!].map(({ article }, index) => ({ article, where: { file: "batch", index } }));
    const batch = await planBatch({ db: t.db, dialect: dialectOf(t.db), extractor, timeoutMs: 30_000 }, items);

    const storedId = (await t.db.article.findFirstOrThrow({ where: { externalId: "stored" } })).id;
    expect(extracted).toEqual(["new", "fails"]);
    expect(batch.outcomes.map((o) => [o.status, o.articleId ?? null, o.error ?? null])).toEqual([
      ["present", storedId, null], ["present", storedId, null], ["failed", null, null], ["failed", null, null],
      ["failed", null, "article has no text"], ["failed", null, "extraction failed: tripped"],
    ]);
    expect(batch.planned.map((p) => [p.index, p.article.id, p.extraction.statements.length])).toEqual([[2, "new", 1]]);
    expect(batch.duplicates).toEqual([{ index: 3, of: 2 }]);
    expect(batch.outcomes.map((o) => o.where?.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
