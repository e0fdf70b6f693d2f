// What ingestArticles stores, on SQLite and (when DICTUM_TEST_POSTGRES_URL is set) PostgreSQL.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { extractorVersion } from "@dictum/extract/version";
import { ingestArticles, Ingester } from "../src/index.ts";
import { articleOf, extractorFor, organisation, person, type ArticleSpec } from "./fixtures.ts";
import { referenceData } from "../src/reference-data.ts";

const SHOIGU_QUOTE = "The US declared far and wide that they are leaving Afghanistan. And this is true.";
const ROOT_QUOTE = "this is an attempt to take root in the Central Asian region";
const PUTIN_QUOTE = "But I keep an eye on it every day round the clock.";

function corpus(): ArticleSpec[] {
  return [
    articleOf("seed", [
      {
        quote: SHOIGU_QUOTE, speaker: person("Sergey Shoigu", "Russian Defense Minister", "RU"), saidOn: "2021-07-28",
        places: [{ name: "United States", countryCode: "US", type: "country" }, { name: "Afghanistan", countryCode: "AF", type: "country" }],
        topics: [{ slug: "troop-withdrawal", name: "Troop withdrawal", score: 0.8 }],
      },
      { quote: ROOT_QUOTE, speaker: person("Shoigu", "Russian Defense Minister", "RU"), saidOn: "2021-07-28", regions: [{ name: "Central Asia", m49: "143" }] },
    ], { publishedAt: "2021-07-28", url: "https://tass.com/defense/1319591" }, { name: "Dushanbe", countryCode: "TJ" }),
    // The same words republished two days later by another outlet, the name spelt another way.
    articleOf("follow-up", [
      { quote: SHOIGU_QUOTE, speaker: person("Sergei Shoigu", "Defence Minister", null), saidOn: "2021-07-30", places: [{ name: "Berlin", countryCode: "DE", type: "city" }] },
      { quote: "Libya is still split in two to this day", speaker: person("Shoigu", "defense minister"), saidOn: "2021-07-30", places: [{ name: "Idlib", countryCode: "SY", type: "subnational" }] },
    ], { publishedAt: "2021-07-30", source: "Reuters" }),
    articleOf("putin", [
      { quote: PUTIN_QUOTE, speaker: person("Vladimir Putin", "Russian President", "RU"), regions: [{ name: "Persian Gulf", m49: null }] },
      { quote: "Russia is determined to make progress on the line of engagement", speaker: organisation("the Kremlin", "RU") },
    ], { publishedAt: "2024-12-26", url: "https://tass.com/politics/1894079" }),
  ];
}

describe.each(testProviders())("ingestArticles on %s", (provider) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("stores articles, statements at their offsets, speakers, places, topics and shared quotations", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = corpus();
    const result = await ingestArticles(t.db, specs.map((s) => s.article), { extract: extractorFor(specs) });
    expect(result.articles.map((a) => [a.status, a.statements])).toEqual([["new", 2], ["new", 2], ["new", 2]]);
    expect(result.summary).toMatchObject({ new: 3, present: 0, failed: 0, statements: 6 });

    const statements = await t.db.statement.findMany({ include: { article: true, speaker: true, places: { include: { place: true } }, topics: { include: { topic: true } } }, orderBy: { id: "asc" } });
    for (const s of statements) expect(s.article.text.slice(s.start, s.end)).toBe(s.text);
    // every article records the extractor version that made its statements
    expect(new Set(statements.map((s) => s.article.extractorVersion))).toEqual(new Set([extractorVersion()]));

    // One Shoigu across the three spellings, aliases kept; Putin and the Kremlin are their own speakers.
    const speakers = await t.db.speaker.findMany({ include: { aliases: true }, orderBy: { id: "asc" } });
    expect(speakers.map((s) => [s.name, s.kind, s.countryCode])).toEqual([["Sergey Shoigu", "PERSON", "RU"], ["Vladimir Putin", "PERSON", "RU"], ["the Kremlin", "ORGANISATION", "RU"]]);
    expect(speakers[0]!.aliases.map((a) => a.alias).sort()).toEqual(["Sergei Shoigu", "Sergey Shoigu", "Shoigu"]);

    // The republished quote is one quotation reported by two articles, first said on the earlier date.
    const quotation = await t.db.quotation.findFirstOrThrow({ where: { statements: { some: { text: SHOIGU_QUOTE } } }, include: { statements: true } });
    expect(quotation.statements.map((s) => s.articleId).sort()).toEqual([result.articles[0]!.articleId, result.articles[1]!.articleId].sort());
    expect(quotation.firstSaidOn?.toISOString().slice(0, 10)).toBe("2021-07-28");
    expect(await t.db.quotation.count()).toBe(5);

    // Places: countries from the reference geography, a city and a sub-national region created under their
    // country, an M49 region and a named grouping. The dateline is the article's, not one of a statement's places.
    const first = statements[0]!;
    expect(first.places.map((p) => `${p.role}:${p.place.key}`).sort()).toEqual(["MENTIONED:country:af", "MENTIONED:country:us"]);
    expect(statements[1]!.places.map((p) => `${p.role}:${p.place.key}`).sort()).toEqual(["MENTIONED:m49:143"]);
    const filedFrom = await t.db.article.findUniqueOrThrow({ where: { id: first.articleId }, include: { datelinePlace: true } });
    expect(filedFrom.datelinePlace?.key).toBe("city:tj:dushanbe");
    const idlib = await t.db.place.findUniqueOrThrow({ where: { key: "subnational:sy:idlib" }, include: { parent: true } });
    expect([idlib.kind, idlib.parent?.key]).toEqual(["SUBNATIONAL", "country:sy"]);
    expect(statements[2]!.places.map((p) => p.place.key).sort()).toEqual(["city:de:berlin", "country:de"]);
    expect(statements[4]!.places.map((p) => [p.place.key, p.place.kind])).toEqual([["group:persian-gulf", "REGION"]]);
    const article = await t.db.article.findUniqueOrThrow({ where: { id: result.articles[0]!.articleId! }, include: { datelinePlace: true, source: true } });
    expect([article.datelineName, article.datelinePlace?.key, article.source?.name, article.publishedAt?.toISOString()]).toEqual(["Dushanbe", "city:tj:dushanbe", "TASS", "2021-07-28T00:00:00.000Z"]);
    expect(first.topics.map((x) => [x.topic.slug, x.score])).toEqual([["troop-withdrawal", 0.8]]);
  });

  // The reference loader sets a capital's coordinates once (those a dateline naming it gets); ingest only reads
  // them, so reference data does not depend on which article came first.
  it("gives a reference capital the coordinates of the dateline that names it, before and after ingest", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const loaded = await t.db.place.findUniqueOrThrow({ where: { key: "city:tj:dushanbe" } });
    expect([loaded.lat, loaded.lon]).toEqual([38.54, 68.78]);
    const text = readFileSync(new URL("../../../seeds/000_714ab672fc7d564c.txt", import.meta.url), "utf8");
    await ingestArticles(t.db, [{ id: "seed", source: "TASS", url: null, publishedAt: "2021-07-28", title: null, text }]);
    const dushanbe = await t.db.place.findUniqueOrThrow({ where: { key: "city:tj:dushanbe" } });
    expect([dushanbe.lat, dushanbe.lon]).toEqual([38.54, 68.78]);
  });

  it("is idempotent: the same articles again, re-encoded or under the same URL, change nothing", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = corpus();
    const extract = extractorFor(specs);
    await ingestArticles(t.db, specs.map((s) => s.article), { extract, batchSize: 2 });
    const counts = async () => Promise.all([t!.db.article.count(), t!.db.statement.count(), t!.db.speaker.count(), t!.db.speakerAlias.count(), t!.db.quotation.count(), t!.db.statementPlace.count(), t!.db.place.count(), t!.db.statementTopic.count()]);
    const before = await counts();

    const again = await ingestArticles(t.db, specs.map((s) => s.article), { extract });
    expect(again.articles.map((a) => a.status)).toEqual(["present", "present", "present"]);
    const reencoded = { ...specs[2]!.article, id: "other-id", text: specs[2]!.article.text.replace(/ /g, "  ").replace(/\n/g, "\r\n") };
    const sameUrl = { ...specs[0]!.article, id: "edited", text: `${specs[0]!.article.text} Updated.` };
    const third = await ingestArticles(t.db, [reencoded, sameUrl], { extract });
    expect(third.articles.map((a) => [a.status, a.articleId])).toEqual([["present", again.articles[2]!.articleId], ["present", again.articles[0]!.articleId]]);
    expect(await counts()).toEqual(before);
  });

  it("stores an article once when it appears twice in one batch", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = corpus();
    const result = await ingestArticles(t.db, [specs[0]!.article, specs[0]!.article], { extract: extractorFor(specs) });
    expect(result.articles.map((a) => a.status)).toEqual(["new", "present"]);
    expect(result.articles[1]!.articleId).toBe(result.articles[0]!.articleId);
    expect(await t.db.article.count()).toBe(1);
  });

  it("keeps people who share a surname apart without evidence", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = [
      articleOf("a", [{ quote: "We will not leave", speaker: person("Boris Johnson", "British Prime Minister", "GB") }]),
      articleOf("b", [{ quote: "We shall overcome", speaker: person("Lyndon Johnson", "U.S. President", "US") }]),
      articleOf("c", [{ quote: "The talks went well", speaker: person("Johnson") }]),
      articleOf("d", [{ quote: "Brexit means Brexit", speaker: person("Johnson", "Prime Minister") }]),
      articleOf("e", [{ quote: "I am not my father", speaker: person("Anna Shoigu") }, { quote: "The army is ready", speaker: person("Sergey Shoigu", "Defense Minister", "RU") }]),
      articleOf("f", [{ quote: "Moscow will respond", speaker: organisation("the Russian Foreign Ministry") }, { quote: "Tehran will respond", speaker: organisation("Iranian Foreign Ministry") }]),
      articleOf("g", [{ quote: "Moscow has responded", speaker: organisation("Ministry of Foreign Affairs of Russia") }, { quote: "No comment", speaker: organisation("the Foreign Ministry") }]),
    ];
    await ingestArticles(t.db, specs.map((s) => s.article), { extract: extractorFor(specs), batchSize: 3 });
    const bySpeaker = await t.db.statement.findMany({ select: { text: true, speaker: { select: { name: true, id: true } } }, orderBy: { id: "asc" } });
    const speakerOf = (text: string) => bySpeaker.find((s) => s.text === text)!.speaker!;
    expect(speakerOf("Brexit means Brexit").id).toBe(speakerOf("We will not leave").id);
    expect(speakerOf("We shall overcome").id).not.toBe(speakerOf("We will not leave").id);
    expect([speakerOf("We will not leave").id, speakerOf("We shall overcome").id]).not.toContain(speakerOf("The talks went well").id);
    expect(speakerOf("I am not my father").id).not.toBe(speakerOf("The army is ready").id);
    expect(speakerOf("Moscow has responded").id).toBe(speakerOf("Moscow will respond").id);
    expect(speakerOf("Tehran will respond").id).not.toBe(speakerOf("Moscow will respond").id);
    expect(speakerOf("No comment").id).not.toBe(speakerOf("Moscow will respond").id);
    expect(await t.db.speaker.count()).toBe(8);
  });

  it("fills a speaker's country from a later mention, and a bare national office's from the story", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = [
      articleOf("a", [{ quote: "We will build it", speaker: person("Donald Trump", "President") }]),
      articleOf("b", [{ quote: "We built it", speaker: person("Donald Trump", "US President", "US") }]),
      articleOf("c", [{ quote: "Hospitals are ready", speaker: person("Veronika Skvortsova", "Health Minister") }], {}, { name: "Moscow", countryCode: "RU" }),
      articleOf("d", [{ quote: "Clinics are ready", speaker: person("Ivan Petrov", "Health Minister") }]),
    ];
    await ingestArticles(t.db, specs.map((s) => s.article), { extract: extractorFor(specs), batchSize: 1 });
    const speakers = await t.db.speaker.findMany({ select: { name: true, countryCode: true }, orderBy: { name: "asc" } });
    expect(speakers).toEqual([
      { name: "Donald Trump", countryCode: "US" },
      { name: "Ivan Petrov", countryCode: null },
      { name: "Veronika Skvortsova", countryCode: "RU" },
    ]);
    expect((await t.db.article.findMany({ select: { externalId: true, storyCountry: true }, orderBy: { externalId: "asc" } })).map((a) => a.storyCountry)).toEqual([null, null, "RU", null]);
  });

  it("merges a bare name with the person the story's country points to, and a party under its other names", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = [
      articleOf("full", [{ quote: "We will build it", speaker: person("Donald Trump", "US President", "US") }]),
      articleOf("us", [{ quote: "It is built", speaker: person("Trump") }], {}, { name: "Washington", countryCode: "US" }),
      articleOf("gb", [{ quote: "The course is open", speaker: person("Trump") }], {}, { name: "Aberdeen", countryCode: "GB" }),
      articleOf("party", [{ quote: "Taxes will fall", speaker: organisation("The Tories") }, { quote: "Taxes fell", speaker: organisation("The Conservatives") }]),
    ];
    await ingestArticles(t.db, specs.map((s) => s.article), { extract: extractorFor(specs), batchSize: 2 });
    const rows = await t.db.statement.findMany({ select: { text: true, speaker: { select: { id: true, name: true, kind: true, countryCode: true } } } });
    const speakerOf = (text: string) => rows.find((r) => r.text === text)!.speaker!;
    expect(speakerOf("It is built").id).toBe(speakerOf("We will build it").id);
    expect(speakerOf("The course is open").id).not.toBe(speakerOf("We will build it").id);
    expect(speakerOf("Taxes fell")).toEqual(speakerOf("Taxes will fall"));
    expect(speakerOf("Taxes fell")).toMatchObject({ kind: "ORGANISATION", countryCode: "GB" });
  });

  it("matches a bare name on the stories a stored person was seen in, after a restart as in one run", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const bbc = { source: "BBC News", publishedAt: "2005-03-01" };
    const first = [articleOf("one", [{ quote: "The bill is fair", speaker: person("Falconer", "Lord") }], bbc, { name: "London", countryCode: "GB" })];
    const second = [articleOf("two", [{ quote: "The bill will pass", speaker: person("Falconer") }], bbc, { name: "London", countryCode: "GB" })];
    await ingestArticles(t.db, first.map((s) => s.article), { extract: extractorFor(first) });
    await ingestArticles(t.db, second.map((s) => s.article), { extract: extractorFor(second) });
    expect(await t.db.speaker.count()).toBe(1);
  });

  it("finds speakers another writer stored while this run was going (CLI and API at once)", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = [
      articleOf("cli", [{ quote: "The army is ready", speaker: person("Sergey Shoigu", "Defense Minister", "RU") }]),
      articleOf("api", [{ quote: "The navy is ready", speaker: person("Sergei Shoigu", "Defence Minister", "RU") }]),
    ];
    const extract = extractorFor(specs);
    const cli = await Ingester.open(t.db, { extract });
    const api = await Ingester.open(t.db, { extract });
    await api.ingest([{ article: specs[1]!.article }]);
    await cli.ingest([{ article: specs[0]!.article }]);
    expect(await t.db.speaker.count()).toBe(1);
    expect((await t.db.speakerAlias.findMany({ orderBy: { alias: "asc" } })).map((a) => a.alias)).toEqual(["Sergei Shoigu", "Sergey Shoigu"]);
  });

  it("API path (real extractor, shared ingester): concurrent requests with the same article store it once", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const seed = { id: "seed", source: "TASS", url: null, publishedAt: "2021-07-28", title: null, text: corpus()[0]!.article.text };
    const [a, b] = await Promise.all([ingestArticles(t.db, [seed]), ingestArticles(t.db, [seed])]);
    expect([a.articles[0]!.status, b.articles[0]!.status].sort()).toEqual(["new", "present"]);
    expect(a.articles[0]!.articleId).toBe(b.articles[0]!.articleId);
    expect(await t.db.article.count()).toBe(1);
    const again = await ingestArticles(t.db, [seed]);
    expect(again.articles[0]).toMatchObject({ status: "present", articleId: a.articles[0]!.articleId });
  });

  it("keeps unnamed sources per article unless they name a country", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const unnamed = (name: string, countryCode: string | null = null) => ({ name, title: null, kind: "unnamed" as const, countryCode });
    const specs = [
      articleOf("ibm", [{ quote: "Sales will rise", speaker: unnamed("the company") }, { quote: "Costs will fall", speaker: unnamed("The company") }, { quote: "Talks are stalled", speaker: unnamed("Iranian officials", "IR") }]),
      articleOf("apple", [{ quote: "Sales will fall", speaker: unnamed("the company") }, { quote: "Talks resumed", speaker: unnamed("Iranian officials", "IR") }]),
    ];
    await ingestArticles(t.db, specs.map((s) => s.article), { extract: extractorFor(specs), batchSize: 1 });
    const rows = await t.db.statement.findMany({ select: { text: true, speakerId: true } });
    const speakerOf = (text: string) => rows.find((r) => r.text === text)!.speakerId;
    expect(speakerOf("Costs will fall")).toBe(speakerOf("Sales will rise"));
    expect(speakerOf("Sales will fall")).not.toBe(speakerOf("Sales will rise"));
    expect(speakerOf("Talks resumed")).toBe(speakerOf("Talks are stalled"));
    expect(await t.db.speaker.count()).toBe(3);
    // Shown as a name whichever mention came first, so a re-extraction ends where a fresh ingest would.
    expect((await t.db.speaker.findMany({ where: { countryCode: null }, orderBy: { id: "asc" } })).map((s) => s.name)).toEqual(["The company", "The company"]);
  });

  it("reports bad articles and stores the good ones", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = corpus();
    const extract = extractorFor(specs);
    const broken = { id: "unknown", source: null, url: null, publishedAt: null, title: null, text: "An article the extractor chokes on." };
    const empty = { ...broken, id: "empty", text: "   " };
    const result = await ingestArticles(t.db, [specs[0]!.article, broken, empty, specs[1]!.article], { extract });
    expect(result.articles.map((a) => a.status)).toEqual(["new", "failed", "failed", "new"]);
    expect(result.articles[1]!.error).toMatch(/extraction failed: no fixture for unknown/);
    expect(result.articles[2]!.error).toBe("article has no text");
    expect(await t.db.article.count()).toBe(2);
    expect(await t.db.statement.count()).toBe(4);
  });
});
