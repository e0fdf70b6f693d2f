// The commit stage: a batch's writes in one transaction, retried; an article the database refuses fails alone
// (with its copies), and one another writer stored meanwhile is answered present, not stored twice. On SQLite and
// (when DICTUM_TEST_POSTGRES_URL is set) PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import type { Provider } from "@dictum/db";
import { ArticleKeyMap } from "../../src/batch/article-key.ts";
import { Ingester, ingestArticles } from "../../src/index.ts";
import { referenceData } from "../../src/reference-data.ts";
import { articleOf, extractorFor, person } from "../fixtures.ts";

/** The database itself refuses articles titled "refused" (a trigger), as it would refuse data it cannot hold. */
async function refuseTitled(t: TestDb, provider: Provider): Promise<void> {
  if (provider === "sqlite") {
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_article BEFORE INSERT ON "Article" WHEN NEW."title" = 'refused' BEGIN SELECT RAISE(ABORT, 'refused by the database'); END`);
  } else {
    await t.db.$executeRawUnsafe(`CREATE FUNCTION refuse_article() RETURNS trigger AS $$ BEGIN IF NEW."title" = 'refused' THEN RAISE EXCEPTION 'refused by the database'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER refuse_article BEFORE INSERT ON "Article" FOR EACH ROW EXECUTE FUNCTION refuse_article()`);
  }
}

const specs = [
  articleOf("first", [{ quote: "We will not back down", speaker: person("Sergey Lavrov", "Foreign Minister", "RU") }]),
  articleOf("refused", [{ quote: "This one cannot be stored", speaker: person("Maria Zakharova") }], { title: "refused" }),
  articleOf("third", [{ quote: "The door remains open", speaker: person("Sergey Lavrov") }, { quote: "Talks go on", speaker: null }]),
];
const extract = extractorFor([...specs, { ...specs[1]!, article: { ...specs[1]!.article, id: "refused-copy" } }]);

describe.each(testProviders())("committing a batch on %s", (provider) => {
  let t: TestDb | undefined;
  let ingester: Ingester | undefined;
  afterEach(async () => {
    await ingester?.close();
    await t?.close();
    t = ingester = undefined;
  });

  it("stores the others when the database refuses one article, and fails its copy with it", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    await refuseTitled(t, provider);
    ingester = await Ingester.open(t.db, { extract });
    const copy = { ...specs[1]!.article, id: "refused-copy" };
    const outcomes = await ingester.ingest([...specs.map(({ article }) => ({ article })), { article: copy }]);

    expect(outcomes.map((o) => [o.status, o.statements])).toEqual([["new", 1], ["failed", 0], ["new", 2], ["failed", 0]]);
    expect(outcomes[1]!.error).toMatch(/^not stored: .*refused by the database/);
    expect(outcomes[3]!.error).toBe(outcomes[1]!.error);
    const articles = await t.db.article.findMany({ include: { _count: { select: { statements: true } } }, orderBy: { id: "asc" } });
    expect(articles.map((a) => [a.externalId, a._count.statements])).toEqual([["first", 1], ["third", 2]]);
    expect(articles.map((a) => a.id)).toEqual([outcomes[0]!.articleId, outcomes[2]!.articleId]);
    // The speakers of the rolled-back attempts were not kept: Lavrov once, Zakharova (only in the refused article) never.
    expect((await t.db.speaker.findMany()).map((s) => s.name)).toEqual(["Sergey Lavrov"]);
  });

  it("answers present an article another writer stored after the batch was planned", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    ingester = await Ingester.open(t.db, { extract });
    const prepared = await ingester.prepare([specs[0]!, specs[2]!].map(({ article }) => ({ article })));
    const [other] = (await ingestArticles(t.db, [specs[2]!.article], { extract })).articles;
    expect(other!.status).toBe("new");

    const outcomes = await ingester.commit(prepared);
    expect(outcomes.map((o) => [o.status, o.articleId])).toEqual([["new", expect.any(Number)], ["present", other!.articleId]]);
    expect(await t.db.article.count()).toBe(2);
    expect(await t.db.statement.count()).toBe(3);
    expect(await t.db.speaker.count()).toBe(1); // the cached speakers were reloaded, not created again
  });

  it("skips an article the caller's previous batch stored, when both were planned before it committed", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    ingester = await Ingester.open(t.db, { extract });
    const earlier = await ingester.prepare([{ article: specs[0]!.article }]);
    const later = await ingester.prepare([specs[0]!, specs[2]!].map(({ article }) => ({ article })));
    const recent = new ArticleKeyMap<number>();
    const [stored] = await ingester.commit(earlier, recent);
    const outcomes = await ingester.commit(later, recent);
    expect(outcomes.map((o) => [o.status, o.articleId])).toEqual([["present", stored!.articleId], ["new", expect.any(Number)]]);
    expect(await t.db.article.count()).toBe(2);
  });
});
