// dictum reextract: stored articles through a different extractor, on SQLite and (when configured) PostgreSQL.
// Statements that come out the same keep their ids, changed ones are updated in place, vanished ones removed and
// new ones added; the count tables, search index and quotations stay exact, and the result is what ingesting the
// articles with the new extractor from scratch would have stored.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import type { ArticleInput } from "@dictum/extract";
import { ingestArticles, matchStatements, reextractStored } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";
import { articleOf, extractorFor, organisation, person, type ArticleSpec } from "./fixtures.ts";
import { altered } from "./helpers/altered-extractor.ts";
import { contents, derivedProblems } from "./helpers/derived.ts";

const KEPT = "The talks in Geneva will go on for as long as they are needed";
const TRIMMED_LONG = "Moscow has never refused a dialogue with Washington on strategic stability";
const TRIMMED = "Moscow has never refused a dialogue with Washington";
const VANISHING = "Zanzibar cloves are the finest anywhere";
const NEW = "the embargo on Cuban nickel would stay in place";

const text = `"${KEPT}," the minister said.\n\n"${TRIMMED_LONG}," Ryabkov told reporters.\n\n"${VANISHING}," the trader said. ` +
  `A spokeswoman said ${NEW}.`;
const US = { name: "United States", countryCode: "US", type: "country" as const };
const RU = { name: "Russia", countryCode: "RU", type: "country" as const };

/** The old extractor's view of the article, and the new one's. */
function before(): ArticleSpec[] {
  return [
    articleOf("a", [
      { quote: KEPT, speaker: person("Sergei Lavrov", "Foreign Minister", "RU"), topics: [{ slug: "diplomacy", name: "Diplomacy", score: 0.7 }] },
      { quote: TRIMMED_LONG, speaker: person("Ryabkov", null, null), places: [RU, US] },
      { quote: VANISHING, speaker: person("Ali Hassan", "trader", "TZ") },
    ], { text, publishedAt: "2024-03-01" }),
    articleOf("b", [{ quote: "Nothing here changes at all", speaker: organisation("the Kremlin", "RU") }], { publishedAt: "2024-03-02" }),
  ];
}

function after(): ArticleSpec[] {
  return [
    articleOf("a", [
      { quote: KEPT, speaker: person("Sergei Lavrov", "Foreign Minister", "RU"), topics: [{ slug: "diplomacy", name: "Diplomacy", score: 0.7 }] },
      { quote: TRIMMED, speaker: person("Sergei Ryabkov", "Deputy Foreign Minister", "RU"), places: [RU], saidOn: "2024-02-29" },
      { quote: NEW, speaker: organisation("the US Treasury", "US"), places: [US] },
    ], { text, publishedAt: "2024-03-01" }),
    articleOf("b", [{ quote: "Nothing here changes at all", speaker: organisation("the Kremlin", "RU") }], { publishedAt: "2024-03-02" }),
  ];
}

describe("matchStatements", () => {
  const span = (start: number, end: number, kind: "DIRECT" | "INDIRECT" = "DIRECT") => ({ start, end, kind });
  it("pairs the same spans, then strong overlaps of the same kind; weak overlaps and other kinds are new statements", () => {
    const stored = [span(0, 100), span(200, 300), span(400, 500), span(600, 700, "INDIRECT")];
    const fresh = [span(0, 100), span(210, 300), span(460, 560), span(600, 700), span(800, 900)];
    const { pairs, removed, added } = matchStatements(stored, fresh);
    expect(pairs.map((p) => [p.stored.start, p.fresh.start])).toEqual([[0, 0], [200, 210]]);
    expect(removed.map((s) => s.start)).toEqual([400, 600]);
    expect(added.map((s) => s.start)).toEqual([460, 600, 800]);
  });

  it("gives a stored statement to the fresh one that overlaps it most", () => {
    const { pairs, added } = matchStatements([span(100, 200)], [span(60, 160), span(100, 190)]);
    expect(pairs.map((p) => p.fresh.start)).toEqual([100]);
    expect(added.map((s) => s.start)).toEqual([60]);
  });
});

describe.each(testProviders())("reextract on %s", (provider) => {
  const open: TestDb[] = [];
  afterEach(async () => {
    for (const t of open.splice(0)) await t.close();
  });
  const fresh = async () => {
    const t = await createTestDb(provider, { reference: referenceData() });
    open.push(t);
    return t;
  };

  it("keeps the ids of unchanged statements, fixes changed ones in place, removes vanished ones and adds new ones", async () => {
    const { db } = await fresh();
    const old = before();
    await ingestArticles(db, old.map((s) => s.article), { extract: extractorFor(old) });
    const byText = async () => new Map((await db.statement.findMany({ include: { speaker: true } })).map((s) => [s.text, s]));
    const was = await byText();
    const trader = was.get(VANISHING)!.speaker!;

    const summary = await reextractStored({ db, extract: extractorFor(after()), version: "v2", progress: "none", summary: false });
    expect(summary).toMatchObject({ articles: 2, unchangedArticles: 1, failed: 0, kept: 2, changed: 1, added: 1, removed: 1 });

    const now = await byText();
    expect(now.get(KEPT)!.id).toBe(was.get(KEPT)!.id);
    expect(now.get("Nothing here changes at all")!.id).toBe(was.get("Nothing here changes at all")!.id);
    // The trimmed statement is the same one, changed: its words, speaker, date and places.
    const changed = now.get(TRIMMED)!;
    expect(changed.id).toBe(was.get(TRIMMED_LONG)!.id);
    expect(changed.speaker).toMatchObject({ name: "Sergei Ryabkov", countryCode: "RU" });
    expect(changed.saidOn?.toISOString().slice(0, 10)).toBe("2024-02-29");
    const links = await db.statementPlace.findMany({ where: { statementId: changed.id }, include: { place: true } });
    expect(links.map((l) => l.place.key)).toEqual(["country:ru"]);
    expect(now.has(VANISHING)).toBe(false);
    expect(now.get(NEW)!.id).toBeGreaterThan(Math.max(...[...was.values()].map((s) => s.id)));
    // Speakers no statement names any more are gone; the old bare "Ryabkov" was not merged into anyone.
    expect(await db.speaker.findUnique({ where: { id: trader.id } })).toBeNull();
    expect(await db.speaker.findMany({ where: { name: "Ryabkov" } })).toEqual([]);
    expect(new Set((await db.article.findMany()).map((a) => a.extractorVersion))).toEqual(new Set(["v2"]));
    expect(await derivedProblems(db, provider)).toEqual([]);

    // Search finds the new words and no longer the vanished ones.
    const search = async (word: string) => provider === "sqlite"
      ? (await db.$queryRawUnsafe<Array<{ id: number | bigint }>>(`SELECT rowid AS id FROM "StatementSearch" WHERE "StatementSearch" MATCH ?`, word)).map((r) => Number(r.id))
      : (await db.$queryRawUnsafe<Array<{ id: number }>>(`SELECT "id" FROM "StatementSearch" WHERE "vector" @@ to_tsquery('english', $1)`, word)).map((r) => Number(r.id));
    expect(await search("nickel")).toEqual([now.get(NEW)!.id]);
    expect(await search("Zanzibar")).toEqual([]);
    expect(await search("stability")).toEqual([]);
    expect(await search("dialogue")).toEqual([changed.id]);
  });

  it("ends where ingesting with the new extractor from scratch ends, and a second run changes nothing", async () => {
    const [re, direct] = [await fresh(), await fresh()];
    const old = before();
    await ingestArticles(re.db, old.map((s) => s.article), { extract: extractorFor(old) });
    await reextractStored({ db: re.db, extract: extractorFor(after()), version: "v2", progress: "none", summary: false });
    await ingestArticles(direct.db, after().map((s) => s.article), { extract: extractorFor(after()) });
    const withoutVersion = (rows: Awaited<ReturnType<typeof contents>>) => rows.map(({ extractorVersion: _, ...row }) => row);
    expect(withoutVersion(await contents(re.db))).toEqual(withoutVersion(await contents(direct.db)));
    expect(await re.db.speaker.count()).toBe(await direct.db.speaker.count());
    expect(await re.db.quotation.count()).toBe(await direct.db.quotation.count());

    const ids = (await re.db.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
    const again = await reextractStored({ db: re.db, extract: extractorFor(after()), version: "v2", progress: "none", summary: false });
    expect(again).toMatchObject({ articles: 0, changed: 0, added: 0, removed: 0 });
    const forced = await reextractStored({ db: re.db, extract: extractorFor(after()), version: "v2", all: true, progress: "none", summary: false });
    expect(forced).toMatchObject({ articles: 2, unchangedArticles: 2, kept: 4, changed: 0, added: 0, removed: 0 });
    expect((await re.db.statement.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id)).toEqual(ids);
  });

  it("re-reads stored articles as they were first given: the real extractor again changes nothing", async () => {
    const { db } = await fresh();
    const sample: ArticleInput[] = readFileSync(new URL("./fixtures/corpus-sample.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
    await ingestArticles(db, sample, { worker: false });
    const statements = await db.statement.count();
    expect(statements).toBeGreaterThan(20);
    const before = await contents(db);
    const summary = await reextractStored({ db, all: true, worker: false, progress: "none", summary: false });
    expect(summary).toMatchObject({ articles: sample.length, unchangedArticles: sample.length, kept: statements, changed: 0, added: 0, removed: 0 });
    expect(await contents(db)).toEqual(before);
  });

  it("a changed extractor on real articles: the unchanged statements keep their ids, the rest ends as a fresh ingest would", async () => {
    const [re, direct] = [await fresh(), await fresh()];
    const sample: ArticleInput[] = readFileSync(new URL("./fixtures/corpus-sample.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
    await ingestArticles(re.db, sample, { worker: false });
    const was = await re.db.statement.findMany({ select: { id: true, start: true, end: true, articleId: true } });
    await reextractStored({ db: re.db, extract: altered, version: "altered", progress: "none", summary: false });
    await ingestArticles(direct.db, sample, { extract: altered });
    const withoutVersion = (rows: Awaited<ReturnType<typeof contents>>) => rows.map(({ extractorVersion: _, ...row }) => row);
    expect(withoutVersion(await contents(re.db))).toEqual(withoutVersion(await contents(direct.db)));
    expect(await derivedProblems(re.db, provider)).toEqual([]);
    // Every statement the altered extractor leaves as it was is still there under its id.
    const now = new Map((await re.db.statement.findMany({ select: { id: true, start: true, end: true, articleId: true } })).map((s) => [s.id, s]));
    let same = 0;
    for (const s of was) if (now.get(s.id)?.start === s.start && now.get(s.id)?.end === s.end) same++;
    expect(same).toBeGreaterThan(was.length / 3);
  });

  it("keeps apart the people the old data kept apart, and leaves other articles' statements with their speakers", async () => {
    const { db } = await fresh();
    const specs = [
      articleOf("one", [{ quote: "We will not sign this treaty", speaker: person("Baker") }], { source: "AP" }),
      articleOf("two", [{ quote: "The treaty is a good one", speaker: person("James Baker", "Secretary of State", "US") }], { source: "UPI" }),
      articleOf("three", [{ quote: "Grain prices will fall", speaker: person("Jane Doe") }]),
    ];
    await ingestArticles(db, specs.map((s) => s.article), { extract: extractorFor(specs) });
    const speakersBefore = await db.speaker.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, _count: { select: { statements: true } } } });
    expect(speakersBefore.map((s) => s.name)).toEqual(["Baker", "James Baker", "Jane Doe"]);
    const changed = specs.map((s) => (s.article.id === "three" ? { ...s, statements: [{ ...s.statements[0]!, speaker: person("John Doe") }] } : s));
    const summary = await reextractStored({ db, extract: extractorFor(changed), version: "v2", progress: "none", summary: false });
    expect(summary).toMatchObject({ kept: 2, changed: 1 });
    const speakersAfter = await db.speaker.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, _count: { select: { statements: true } } } });
    expect(speakersAfter.slice(0, 2)).toEqual(speakersBefore.slice(0, 2));
    expect(speakersAfter.slice(2).map((s) => s.name)).toEqual(["John Doe"]);
    expect(await derivedProblems(db, provider)).toEqual([]);
  });

  it("narrows to a source and a date, and says so when the source is unknown", async () => {
    const { db } = await fresh();
    const specs = [
      articleOf("tass-old", [{ quote: "First words", speaker: person("Anna Ivanova") }], { source: "TASS", publishedAt: "2024-01-01" }),
      articleOf("tass-new", [{ quote: "Second words", speaker: person("Anna Ivanova") }], { source: "TASS", publishedAt: "2024-06-01" }),
      articleOf("reuters-new", [{ quote: "Third words", speaker: person("Anna Ivanova") }], { source: "Reuters", publishedAt: "2024-06-01" }),
    ];
    await ingestArticles(db, specs.map((s) => s.article), { extract: extractorFor(specs) });
    const summary = await reextractStored({ db, extract: extractorFor(specs), version: "v2", sources: ["tass"], since: new Date("2024-03-01T00:00:00Z"), progress: "none", summary: false });
    expect(summary.articles).toBe(1);
    const versions = await db.article.findMany({ orderBy: { id: "asc" }, select: { extractorVersion: true } });
    expect(versions.map((v) => v.extractorVersion === "v2")).toEqual([false, true, false]);
    await expect(reextractStored({ db, extract: extractorFor(specs), version: "v2", sources: ["Interfax"], progress: "none", summary: false })).rejects.toThrow(/no source named "Interfax"/);
  });

  it("prints the progress and a summary of what happened to the statements", async () => {
    const { db } = await fresh();
    const old = before();
    await ingestArticles(db, old.map((s) => s.article), { extract: extractorFor(old) });
    let written = "";
    const out = { write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WritableStream;
    await reextractStored({ db, extract: extractorFor(after()), version: "v2", progress: "lines", out, batchSize: 1 });
    expect(written).toMatch(/^reextract: \d+\/2 articles/m);
    expect(written).toMatch(/reextracted 2 articles in .* \(\d+ articles\/s\): 1 changed, 1 unchanged, 0 failed; statements 2 kept, 1 changed, 1 added, 1 removed\n$/);
  });

  it("runs beside an ingest writing to the same database", async () => {
    const t = await fresh();
    const { createPrismaClient } = await import("@dictum/db");
    const other = createPrismaClient(t.url);
    try {
      const sample: ArticleInput[] = readFileSync(new URL("./fixtures/corpus-sample.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
      await ingestArticles(t.db, sample.slice(0, 7), { worker: false });
      const [re, ingested] = await Promise.all([
        reextractStored({ db: t.db, extract: altered, version: "altered", batchSize: 2, progress: "none", summary: false }),
        ingestArticles(other, sample.slice(7), { batchSize: 1, worker: false }),
      ]);
      expect(re.failed).toBe(0);
      expect(ingested.summary.failed).toBe(0);
      expect(await derivedProblems(t.db, provider)).toEqual([]);
    } finally {
      await other.$disconnect();
    }
  });
});
