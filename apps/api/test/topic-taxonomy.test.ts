// The taxonomy users edit, seen through the API on SQLite and PostgreSQL: after `dictum topics import` the
// topics query shows the new taxonomy at once (no restart, no rebuild); after `dictum reextract --topics` the
// new topic is on exactly the statements whose words hold its keywords, the facets, counts and filters agree with
// the stored links; and articles ingested through the API from then on are tagged with it. (That every statement
// gets exactly the tagger's topics is the ingest package's test, topics-taxonomy.test.ts.)
import { importTaxonomy, readTaxonomy, type Taxonomy } from "@dictum/db";
import { testProviders } from "@dictum/db/testing";
import { ingestArticles, retagStored } from "@dictum/ingest";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goldArticles } from "./fixtures/gold-fixture.ts";
import { startTestApi, type TestApi } from "./harness.ts";

const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
const policing = { slug: "policing", name: "Policing", description: "Police forces and their officers.", keywords: { police: 1, "officer*": 0.6 } };

describe.each(testProviders())("the edited topic taxonomy through the API on %s", (provider) => {
  let t: TestApi;
  let edited: Taxonomy;
  beforeAll(async () => {
    t = await startTestApi(provider, { fixture: false });
    const inputs = goldArticles().map((a) => ({ id: a.id, source: a.source, url: a.url, title: a.title, publishedAt: a.publishedAt, text: a.text }));
    await ingestArticles(t.db, inputs);
    const shipped = (await readTaxonomy(t.db))!;
    edited = { note: shipped.note, scoring: shipped.scoring, topics: [...shipped.topics.filter((topic) => topic.slug !== "transport-tourism"), policing] };
  });
  afterAll(async () => { await t?.close(); });

  const topicList = async (includeRetired = false) => {
    const r = await t.gql(`query($all: Boolean) { topics(first: 100, includeRetired: $all) { totalCount edges { node { slug inTaxonomy keywords { keyword weight } } } } }`, { all: includeRetired });
    expect(r.errors).toBeUndefined();
    return r.data.topics as { totalCount: number; edges: Array<{ node: { slug: string; inTaxonomy: boolean; keywords: Array<{ keyword: string; weight: number }> } }> };
  };
  /** Statements (not rejected) per topic slug, from the stored links. */
  const linkCounts = async () => {
    const counts = new Map<string, number>();
    for (const s of await t.db.statement.findMany({ where: { rejected: false }, select: { topics: { select: { topic: { select: { slug: true } } } } } })) {
      for (const link of s.topics) counts.set(link.topic.slug, (counts.get(link.topic.slug) ?? 0) + 1);
    }
    return counts;
  };
  /** Statements holding a policing keyword, read word by word as the tagger reads words: "police", or a word
   * starting "officer". Either alone scores above the taxonomy's minimum. */
  const policingStatements = async () => {
    const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
    const rows = await t.db.statement.findMany({ select: { id: true, text: true } });
    return rows.filter((s) => words(s.text).some((w) => w === "police" || w.startsWith("officer"))).map((s) => s.id).sort((a, b) => a - b);
  };

  it("shows an imported taxonomy at once, and its statements' topics after reextract --topics", async () => {
    expect((await topicList()).totalCount).toBe(26);
    await importTaxonomy(t.db, edited);
    const listed = await topicList();
    expect(listed.totalCount).toBe(26);
    expect(listed.edges.map((e) => e.node.slug)).toContain("policing");
    expect(listed.edges.map((e) => e.node.slug)).not.toContain("transport-tourism");
    expect(listed.edges.find((e) => e.node.slug === "policing")!.node.keywords).toEqual([{ keyword: "police", weight: 1 }, { keyword: "officer*", weight: 0.6 }]);
    expect((await topicList(true)).edges.find((e) => e.node.slug === "transport-tourism")!.node).toMatchObject({ inTaxonomy: false, keywords: [] });
    const version = (await readTaxonomy(t.db))!.version;
    expect((await t.gql(`{ health { taxonomyVersion } }`)).data.health.taxonomyVersion).toBe(version);

    const summary = await retagStored({ db: t.db, progress: "none", out: quiet });
    expect(summary).toMatchObject({ version, interrupted: false });
    expect(summary.articles).toBe(await t.db.article.count());

    const policed = await policingStatements();
    expect(policed.length).toBeGreaterThan(3);
    const linked = await t.db.statementTopic.findMany({ where: { topic: { slug: "policing" } }, select: { statementId: true }, orderBy: { statementId: "asc" } });
    expect(linked.map((l) => l.statementId)).toEqual(policed);
    const expected = await linkCounts();
    expect(expected.get("policing")).toBe(policed.length);
    expect(expected.has("transport-tourism")).toBe(false);
    const facets = await t.gql(`{ facets(limit: 100) { topics { topic { slug } count } } }`);
    expect(facets.errors).toBeUndefined();
    const facetCounts = new Map((facets.data.facets.topics as Array<{ topic: { slug: string }; count: number }>).map((f) => [f.topic.slug, f.count]));
    expect(facetCounts).toEqual(expected);
    for (const slug of ["policing", "transport-tourism", "armed-conflict"]) {
      const r = await t.gql(`query($slug: String!) { topic(slug: $slug) { statementCount } statements(filter: { topics: [$slug] }, first: 0) { totalCount } }`, { slug });
      expect(r.errors).toBeUndefined();
      expect([r.data.topic.statementCount, r.data.statements.totalCount]).toEqual([expected.get(slug) ?? 0, expected.get(slug) ?? 0]);
    }
    const versions = await t.gql(`{ statements(first: 100) { edges { node { taxonomyVersion } } } }`);
    expect(new Set(versions.data.statements.edges.map((e: { node: { taxonomyVersion: string } }) => e.node.taxonomyVersion))).toEqual(new Set([version]));
  });

  it("tags what is ingested after the import with the imported taxonomy", async () => {
    const text = `MOSCOW, May 2 - "The police will guard every polling station," the interior minister said on Thursday.`;
    const { articles } = await ingestArticles(t.db, [{ id: "after-import", source: "TASS", url: null, title: null, publishedAt: "2024-05-02", text }]);
    expect(articles[0]!.status).toBe("new");
    const stored = await t.db.statement.findMany({ where: { articleId: articles[0]!.articleId }, select: { topics: { select: { topic: { select: { slug: true } } } }, article: { select: { taxonomyVersion: true } } } });
    expect(stored.length).toBe(1);
    expect(stored[0]!.topics.map((l) => l.topic.slug)).toContain("policing");
    expect(stored[0]!.article.taxonomyVersion).toBe((await readTaxonomy(t.db))!.version);
  });
});
