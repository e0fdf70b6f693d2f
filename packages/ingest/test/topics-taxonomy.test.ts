// The topic taxonomy users edit, on SQLite and PostgreSQL: `dictum topics export` / `import` round-trip, a bad
// file is refused by line and field and changes nothing, and `dictum reextract --topics` re-tags the stored
// statements from the edited taxonomy (ids kept) exactly as ingesting them with it from scratch would.
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, readTaxonomy, type Db, type Provider } from "@dictum/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@dictum/db/testing";
import type { ArticleInput } from "@dictum/extract";
import { compileTaxonomy, shippedTaxonomy, tagTopics } from "@dictum/extract/topics";
import { Corrector, ingestArticles, parseExtracted, retagStored, runRetagCli, runTopicsExportCli, runTopicsImportCli } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";

const articles: ArticleInput[] = readFileSync(new URL("./fixtures/corpus-sample.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

class Capture extends Writable {
  text = "";
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

const dir = mkdtempSync(join(tmpdir(), "dictum-topics-"));
const fileOf = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** The edit under test: a new topic, a reweighted keyword, a topic taken out. */
function edit(exported: string): string {
  const document = JSON.parse(exported);
  document.topics = document.topics.filter((t: { slug: string }) => t.slug !== "transport-tourism");
  document.topics.find((t: { slug: string }) => t.slug === "sanctions").keywords["sanction*"] = 0.5;
  document.topics.push({ slug: "front-line", name: "The front line", description: "Where the armies meet.", keywords: { frontline: 1, "front line": 1, "engagement line": 1, "line of engagement": 1 } });
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A migrated database (the shipped taxonomy) holding the sample articles, ingested by the real extractor. */
async function ingestedDatabase(provider: Provider): Promise<{ database: TestDatabase; db: Db }> {
  const database = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
  const db = createPrismaClient(database.url);
  await ingestArticles(db, articles);
  return { database, db };
}

/** Every statement's topics as stored: "article:start-end" → sorted "slug=score". */
async function storedTopics(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.statement.findMany({ select: { start: true, end: true, article: { select: { externalId: true } }, topics: { select: { score: true, topic: { select: { slug: true } } } } } });
  return new Map(rows.map((s) => [`${s.article.externalId}:${s.start}-${s.end}`, s.topics.map((t) => `${t.topic.slug}=${t.score}`).sort()]));
}

describe.each(testProviders())("the editable topic taxonomy on %s", (provider) => {
  let database: TestDatabase;
  let db: Db;
  const cli = async (run: (options: { databaseUrl: string; migrate: false; out: Capture; stdout: Capture }) => Promise<number>) => {
    const out = new Capture();
    const stdout = new Capture();
    const code = await run({ databaseUrl: database.url, migrate: false, out, stdout });
    return { code, out: out.text, stdout: stdout.text };
  };
  const snapshot = async () => ({
    taxonomy: await readTaxonomy(db),
    topics: await db.topic.findMany({ orderBy: { id: "asc" } }),
    links: await db.statementTopic.findMany({ orderBy: [{ statementId: "asc" }, { topicId: "asc" }] }),
    versions: await db.article.findMany({ orderBy: { id: "asc" }, select: { taxonomyVersion: true } }),
  });

  beforeAll(async () => {
    ({ database, db } = await ingestedDatabase(provider));
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("exports the shipped taxonomy, and importing the export changes nothing", async () => {
    const first = await cli((o) => runTopicsExportCli(o));
    expect(first.code).toBe(0);
    const exported = JSON.parse(first.stdout);
    expect(exported._note).toBe(shippedTaxonomy.note);
    expect(exported.scoring).toEqual(shippedTaxonomy.scoring);
    expect(exported.topics.map((t: { slug: string; keywords: object }) => [t.slug, t.keywords])).toEqual(shippedTaxonomy.topics.map((t) => [t.slug, t.keywords]));

    const before = await snapshot();
    const imported = await cli((o) => runTopicsImportCli(fileOf("same.json", first.stdout), o));
    expect([imported.code, imported.out]).toEqual([0, `topics import: the taxonomy is already this one (${before.taxonomy!.version}); nothing changed\n`]);
    expect(await snapshot()).toEqual(before);
    expect((await cli((o) => runTopicsExportCli(o))).stdout).toBe(first.stdout);
  });

  it("refuses a bad file by line and field, and changes nothing", async () => {
    const exported = (await cli((o) => runTopicsExportCli(o))).stdout;
    const document = JSON.parse(exported);
    const before = await snapshot();
    const withTopic = (topic: object) => `${JSON.stringify({ ...document, topics: [...document.topics, topic] }, null, 2)}\n`;
    const cases: Array<[string, string, RegExp]> = [
      ["bad-json", exported.replace(`"scoring": {`, `"scoring": {,`), /\/bad-json\.json:3:15: bad JSON: /],
      ["unknown-key", withTopic({ slug: "x", name: "X", keywords: { x: 1 }, colour: "red" }), /\/unknown-key\.json:\d+:\d+: topics\[26\]: unknown key "colour"/],
      ["twice", withTopic({ slug: "sanctions", name: "Sanctions again", keywords: { embargo: 1 } }), /\/twice\.json:\d+:\d+: topics\[26\]\.slug: "sanctions" is already the slug of topics\[2\]/],
      ["empty", withTopic({ slug: "empty", name: "Empty", keywords: {} }), /\/empty\.json:\d+:\d+: topics\[26\] \(empty\)\.keywords: the keyword list is empty/],
    ];
    for (const [name, text, message] of cases) {
      const result = await cli((o) => runTopicsImportCli(fileOf(`${name}.json`, text), o));
      expect(result.code).toBe(1);
      expect(result.out).toMatch(message);
      expect(result.out).toMatch(/the taxonomy is unchanged\n$/);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("reextract --topics re-tags the stored statements from the imported taxonomy, as a fresh ingest with it would", async () => {
    const statementsBefore = await db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, start: true, end: true, speakerId: true } });
    // One statement an analyst gave topics, one corrected otherwise: the first keeps them, the second follows the tagger.
    const frontline = statementsBefore.filter((s) => /frontline|engagement line|line of engagement/i.test(s.text));
    expect(frontline.length).toBeGreaterThanOrEqual(3);
    const corrector = await Corrector.for(db);
    await corrector.correctStatement(frontline[0]!.id, { topics: ["diplomacy"] }, "test");
    await corrector.correctStatement(frontline[1]!.id, { note: "checked", kind: "INDIRECT" }, "test");

    const edited = edit((await cli((o) => runTopicsExportCli(o))).stdout);
    const imported = await cli((o) => runTopicsImportCli(fileOf("edited.json", edited), o));
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^imported topic taxonomy [0-9a-f]{16}: 26 topics; added front-line; changed .*sanctions.*; retired transport-tourism\n/);
    const taxonomy = (await readTaxonomy(db))!;
    expect(taxonomy.topics.at(-1)).toEqual({ slug: "front-line", name: "The front line", description: "Where the armies meet.", keywords: { frontline: 1, "front line": 1, "engagement line": 1, "line of engagement": 1 } });

    const run = await cli((o) => runRetagCli({ ...o, progress: "none" }));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^re-tagged ${articles.length} articles .* with taxonomy ${taxonomy.version}: \\d+ of ${statementsBefore.length} statements changed topics`));

    // Ids, texts and speakers stay; every article records the taxonomy.
    expect(await db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true, start: true, end: true, speakerId: true } })).toEqual(statementsBefore);
    expect(new Set((await db.article.findMany({ select: { taxonomyVersion: true } })).map((a) => a.taxonomyVersion))).toEqual(new Set([taxonomy.version]));

    // Each uncorrected statement has exactly the topics the edited taxonomy gives its text.
    const tagger = compileTaxonomy(JSON.parse(edited));
    const stored = await storedTopics(db);
    const corrected = new Set([frontline[0]!, frontline[1]!].map((s) => s.id));
    const byId = new Map((await db.statement.findMany({ select: { id: true, start: true, end: true, article: { select: { externalId: true } } } })).map((s) => [s.id, `${s.article.externalId}:${s.start}-${s.end}`]));
    for (const s of statementsBefore.filter((s) => !corrected.has(s.id))) {
      expect(stored.get(byId.get(s.id)!)).toEqual(tagTopics(s.text, tagger).map((t) => `${t.slug}=${t.score}`).sort());
    }
    expect([...stored.values()].flat().filter((t) => t.startsWith("transport-tourism="))).toEqual([]);
    const frontlineCount = [...stored.values()].filter((topics) => topics.some((t) => t.startsWith("front-line="))).length;
    expect(frontlineCount).toBe(frontline.length - 1); // the one an analyst gave "diplomacy" alone
    expect(await db.statementTopic.count({ where: { topic: { slug: "front-line" } } })).toBe(frontlineCount);

    // The corrected statements: an analyst's topics stay, the extractor's reading is the new one.
    const first = await db.statement.findUniqueOrThrow({ where: { id: frontline[0]!.id }, select: { extracted: true, topics: { select: { topic: { select: { slug: true } } } } } });
    expect(first.topics.map((t) => t.topic.slug)).toEqual(["diplomacy"]);
    expect(parseExtracted(first.extracted)!.topics.map((t) => t.slug)).toContain("front-line");
    const second = await db.statement.findUniqueOrThrow({ where: { id: frontline[1]!.id }, select: { kind: true, topics: { select: { topic: { select: { slug: true } } } } } });
    expect(second.kind).toBe("INDIRECT");
    expect(second.topics.map((t) => t.topic.slug)).toContain("front-line");

    // The same articles ingested from scratch into a database holding the edited taxonomy tag the same.
    const fresh = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
    const freshDb = createPrismaClient(fresh.url);
    try {
      const out = new Capture();
      expect(await runTopicsImportCli(fileOf("edited-fresh.json", edited), { databaseUrl: fresh.url, migrate: false, out })).toBe(0);
      await ingestArticles(freshDb, articles);
      const expected = await storedTopics(freshDb);
      const correctedKeys = new Set([...corrected].map((id) => byId.get(id)!));
      expect(new Map([...stored].filter(([key]) => !correctedKeys.has(key)))).toEqual(new Map([...expected].filter(([key]) => !correctedKeys.has(key))));
      expect(new Set((await freshDb.article.findMany({ select: { taxonomyVersion: true } })).map((a) => a.taxonomyVersion))).toEqual(new Set([taxonomy.version]));
    } finally {
      await freshDb.$disconnect();
      await fresh.drop();
    }

    // A second run has nothing to do; --all changes nothing.
    expect((await cli((o) => runRetagCli({ ...o, progress: "none" }))).out).toBe(`reextract --topics: nothing to do, every selected article is tagged with taxonomy ${taxonomy.version}\n`);
    const links = await db.statementTopic.findMany({ orderBy: [{ statementId: "asc" }, { topicId: "asc" }] });
    expect((await cli((o) => runRetagCli({ ...o, all: true, progress: "none" }))).out).toMatch(/: 0 of \d+ statements changed topics \(links 0 added, 0 removed\)/);
    expect(await db.statementTopic.findMany({ orderBy: [{ statementId: "asc" }, { topicId: "asc" }] })).toEqual(links);
  });
});

describe.each(testProviders())("reextract --topics stopped part way on %s", (provider) => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    ({ database, db } = await ingestedDatabase(provider));
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("leaves whole batches re-tagged and the rest as they were; the next run finishes the job", async () => {
    const exported = new Capture();
    expect(await runTopicsExportCli({ databaseUrl: database.url, migrate: false, out: new Capture(), stdout: exported })).toBe(0);
    const edited = edit(exported.text);
    expect(await runTopicsImportCli(fileOf(`stopped-${provider}.json`, edited), { databaseUrl: database.url, migrate: false, out: new Capture() })).toBe(0);
    const version = (await readTaxonomy(db))!.version;
    const linksOf = async (articleIds: number[]) => storedTopicsOf(db, articleIds);
    const ids = (await db.article.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((a) => a.id);
    const before = await linksOf(ids);

    // Ctrl-C as the first batch's progress line is printed: that batch is written, no other is started.
    const stop = new AbortController();
    const progress = new Capture();
    progress._write = (chunk, _encoding, done) => { if (String(chunk).startsWith("reextract --topics:")) stop.abort(); done(); };
    const summary = await retagStored({ db, batchSize: 4, progress: "lines", out: progress, signal: stop.signal });
    expect(summary).toMatchObject({ interrupted: true, articles: 4 });
    const versions = await db.article.findMany({ orderBy: { id: "asc" }, select: { taxonomyVersion: true } });
    expect(versions.map((v) => v.taxonomyVersion === version)).toEqual(ids.map((_, i) => i < 4));
    const tagger = compileTaxonomy(JSON.parse(edited));
    const partly = await linksOf(ids);
    for (const row of await db.statement.findMany({ select: { id: true, text: true, articleId: true } })) {
      const expected = ids.indexOf(row.articleId) < 4 ? tagTopics(row.text, tagger).map((t) => `${t.slug}=${t.score}`).sort() : before.get(row.id);
      expect(partly.get(row.id)).toEqual(expected);
    }

    const rest = await retagStored({ db, progress: "none", out: new Capture() });
    expect(rest).toMatchObject({ interrupted: false, articles: ids.length - 4 });
    const after = await linksOf(ids);
    for (const row of await db.statement.findMany({ select: { id: true, text: true } })) {
      expect(after.get(row.id)).toEqual(tagTopics(row.text, tagger).map((t) => `${t.slug}=${t.score}`).sort());
    }
  });
});

/** Statement id → sorted "slug=score" of its topic links, for these articles. */
async function storedTopicsOf(db: Db, articleIds: number[]): Promise<Map<number, string[]>> {
  const rows = await db.statement.findMany({ where: { articleId: { in: articleIds } }, select: { id: true, topics: { select: { score: true, topic: { select: { slug: true } } } } } });
  return new Map(rows.map((s) => [s.id, s.topics.map((t) => `${t.topic.slug}=${t.score}`).sort()]));
}
