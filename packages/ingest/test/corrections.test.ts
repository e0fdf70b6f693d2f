// Analysts' corrections, on SQLite and (when configured) PostgreSQL: the statement row shows the corrected values
// (so every read, filter and count does), the correction is its own row with what changed from what, bad input
// changes nothing, and re-extraction keeps every correction.
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@dictum/db";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { agreesWithExtractor, Corrector, CorrectionError, ingestArticles, parseChanges, parseExtracted, reextractStored } from "../src/index.ts";
import { referenceData } from "../src/reference-data.ts";
import { articleOf, extractorFor, person, type ArticleSpec } from "./fixtures.ts";
import { derivedProblems } from "./helpers/derived.ts";

const ONE = "The sanctions on Iranian oil will be lifted by June";
const TWO = "Pipeline exports to Turkey resumed this morning";
const MISSED = "Exports to Germany will double next year";
const text = `"${ONE}," the minister said.\n\n"${TWO}," he added.\n\nThe ministry said ${MISSED}.`;
const IR = { name: "Iran", countryCode: "IR", type: "country" as const };
const TR = { name: "Turkey", countryCode: "TR", type: "country" as const };

function specs(speakerOfOne = person("Javad Zarif", "Foreign Minister", "IR")): ArticleSpec[] {
  return [articleOf("a", [
    { quote: ONE, speaker: speakerOfOne, places: [IR], topics: [{ slug: "sanctions", name: "Sanctions", score: 0.8 }] },
    { quote: TWO, speaker: person("Javad Zarif", "Foreign Minister", "IR"), places: [TR] },
  ], { text, publishedAt: "2024-05-01" })];
}

async function statementByText(db: Db, words: string) {
  return db.statement.findFirstOrThrow({
    where: { text: words },
    include: { speaker: true, places: { include: { place: true } }, topics: { include: { topic: true } }, corrections: { orderBy: { id: "asc" } } },
  });
}

/** Every row of the tables a correction may touch, to show that a refused one touched nothing. */
async function snapshot(db: Db) {
  return JSON.stringify(await Promise.all([
    db.statement.findMany({ orderBy: { id: "asc" } }), db.statementPlace.findMany({ orderBy: [{ statementId: "asc" }, { placeId: "asc" }] }),
    db.statementTopic.findMany({ orderBy: [{ statementId: "asc" }, { topicId: "asc" }] }), db.statementCorrection.findMany(), db.speaker.findMany({ orderBy: { id: "asc" } }),
    db.statementDayCount.findMany({ orderBy: [{ saidOn: "asc" }, { kind: "asc" }] }), db.quotation.findMany({ orderBy: { id: "asc" } }),
  ]));
}

describe.each(testProviders())("corrections on %s", (provider) => {
  const open: TestDb[] = [];
  afterEach(async () => {
    for (const t of open.splice(0)) await t.close();
  });
  const fresh = async () => {
    const t = await createTestDb(provider, { reference: referenceData() });
    open.push(t);
    await ingestArticles(t.db, specs().map((s) => s.article), { extract: extractorFor(specs()) });
    return { ...t, corrector: await Corrector.for(t.db) };
  };

  it("corrects speaker, kind, words, places and topics; the row shows them and the correction says what changed from what", async () => {
    const { db, corrector } = await fresh();
    const before = await statementByText(db, ONE);
    const start = text.indexOf(ONE);
    const shorter = ONE.slice(0, ONE.indexOf(" by June"));
    const { correctionId } = await corrector.correctStatement(before.id, {
      speakerName: "Hassan Rouhani", speakerKind: "PERSON", kind: "INDIRECT", text: shorter, start, end: start + shorter.length,
      places: ["ir", "US"], topics: ["sanctions", "energy-oil"], note: "the president said it, not the minister",
    }, "alice");
    const after = await statementByText(db, shorter);
    expect(after.id).toBe(before.id);
    expect(after.speaker?.name).toBe("Hassan Rouhani");
    expect(after.kind).toBe("INDIRECT");
    expect(after.places.map((p) => p.place.key).sort()).toEqual(["country:ir", "country:us"]);
    expect(after.topics.map((t) => t.topic.slug).sort()).toEqual(["energy-oil", "sanctions"]);
    const correction = after.corrections.find((c) => c.id === correctionId)!;
    expect(correction).toMatchObject({ author: "alice", note: "the president said it, not the minister", revertedAt: null });
    expect(parseChanges(correction.changes)).toMatchObject({
      speaker: { from: { name: "Javad Zarif", kind: "PERSON" }, to: { name: "Hassan Rouhani", kind: "PERSON" } },
      kind: { from: "DIRECT", to: "INDIRECT" },
      text: { from: { text: ONE }, to: { text: shorter } },
      places: { from: ["IR"], to: ["IR", "US"] },
      topics: { from: ["sanctions"], to: ["energy-oil", "sanctions"] },
    });
    // The extractor's reading is kept beside it: the speaker is not what it says.
    expect(agreesWithExtractor(parseChanges(correction.changes), parseExtracted(after.extracted))).toBe(false);
    expect(await derivedProblems(db, provider)).toEqual([]);
  });

  it("a rejected statement leaves the counts, a reverted rejection comes back", async () => {
    const { db, corrector } = await fresh();
    const two = await statementByText(db, TWO);
    const counted = async () => (await db.statementPlacesCount.findMany()).reduce((n, row) => n + row.count, 0);
    expect(await counted()).toBe(2);
    const { correctionId } = await corrector.correctStatement(two.id, { rejected: true }, "bob");
    expect((await statementByText(db, TWO)).rejected).toBe(true);
    expect(await counted()).toBe(1);
    expect(await derivedProblems(db, provider)).toEqual([]);
    await corrector.revertCorrection(correctionId, "carol");
    const back = await statementByText(db, TWO);
    expect(back.rejected).toBe(false);
    expect(back.corrections[0]).toMatchObject({ revertedBy: "carol" });
    expect(await counted()).toBe(2);
    expect(await derivedProblems(db, provider)).toEqual([]);
  });

  it("reverting a correction restores the extractor's values under the later corrections", async () => {
    const { db, corrector } = await fresh();
    const one = await statementByText(db, ONE);
    const first = await corrector.correctStatement(one.id, { speakerName: "Hassan Rouhani" }, "alice");
    await corrector.correctStatement(one.id, { kind: "INDIRECT" }, "bob");
    await corrector.revertCorrection(first.correctionId, "alice");
    const now = await statementByText(db, ONE);
    expect(now.speaker?.name).toBe("Javad Zarif");
    expect(now.kind).toBe("INDIRECT");
    // Rouhani has no statement left: gone, as ingest would never have made him.
    expect(await db.speaker.findMany({ where: { name: "Hassan Rouhani" } })).toEqual([]);
    expect(await derivedProblems(db, provider)).toEqual([]);
  });

  it("adds a statement the extractor missed; reverting the addition hides it", async () => {
    const { db, corrector } = await fresh();
    const article = await db.article.findFirstOrThrow();
    const start = text.indexOf(MISSED);
    const { statementId, correctionId } = await corrector.addStatement(article.id, { kind: "INDIRECT", start, end: start + MISSED.length, text: MISSED, speakerName: "the Energy Ministry", speakerKind: "ORGANISATION", places: ["DE"] }, "alice");
    const added = await statementByText(db, MISSED);
    expect(added.id).toBe(statementId);
    expect(added).toMatchObject({ kind: "INDIRECT", rejected: false, speaker: { name: "the Energy Ministry", kind: "ORGANISATION" } });
    expect(added.places.map((p) => p.place.key)).toEqual(["country:de"]);
    expect(parseExtracted(added.extracted)?.found).toBe(false);
    expect(await derivedProblems(db, provider)).toEqual([]);
    await corrector.revertCorrection(correctionId, "alice");
    expect((await statementByText(db, MISSED)).rejected).toBe(true);
    expect(await derivedProblems(db, provider)).toEqual([]);
  });

  it("refuses bad input with a stable code and changes nothing", async () => {
    const { db, corrector } = await fresh();
    const one = await statementByText(db, ONE);
    const article = await db.article.findFirstOrThrow();
    const before = await snapshot(db);
    const refused = async (write: Promise<unknown>) => {
      const error = await write.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(CorrectionError);
      return (error as CorrectionError).code;
    };
    expect(await refused(corrector.correctStatement(999_999, { kind: "INDIRECT" }, "x"))).toBe("NOT_FOUND");
    expect(await refused(corrector.correctStatement(one.id, { start: 5, end: text.length + 1 }, "x"))).toBe("OFFSET_OUTSIDE_ARTICLE");
    expect(await refused(corrector.correctStatement(one.id, { start: -1, end: 4 }, "x"))).toBe("OFFSET_OUTSIDE_ARTICLE");
    expect(await refused(corrector.correctStatement(one.id, { text: "sanctions", start: 0, end: 9 }, "x"))).toBe("TEXT_NOT_AT_OFFSETS");
    // A valid change alongside a bad one is refused with it.
    expect(await refused(corrector.correctStatement(one.id, { speakerName: "Somebody Else", places: ["IRN"] }, "x"))).toBe("INVALID_COUNTRY_CODE");
    expect(await refused(corrector.correctStatement(one.id, { places: ["QQ"] }, "x"))).toBe("UNKNOWN_COUNTRY");
    expect(await refused(corrector.correctStatement(one.id, { topics: ["no-such-topic"] }, "x"))).toBe("UNKNOWN_TOPIC");
    expect(await refused(corrector.correctStatement(one.id, { kind: "DIRECT" }, "x"))).toBe("NOTHING_TO_CORRECT");
    expect(await refused(corrector.addStatement(article.id, { kind: "DIRECT", start: 10, end: 5 }, "x"))).toBe("OFFSET_OUTSIDE_ARTICLE");
    expect(await refused(corrector.addStatement(424_242, { kind: "DIRECT", start: 0, end: 5 }, "x"))).toBe("NOT_FOUND");
    expect(await refused(corrector.revertCorrection(424_242, "x"))).toBe("NOT_FOUND");
    expect(await snapshot(db)).toBe(before);
  });

  it("corrections survive re-extraction: corrected values stay, the rejected stays hidden, the added stays, and agreement is recomputed", async () => {
    const { db, corrector } = await fresh();
    const [one, two] = [await statementByText(db, ONE), await statementByText(db, TWO)];
    const article = await db.article.findFirstOrThrow();
    const speakerFix = await corrector.correctStatement(one.id, { speakerName: "Hassan Rouhani" }, "alice");
    await corrector.correctStatement(two.id, { rejected: true }, "bob");
    const start = text.indexOf(MISSED);
    const added = await corrector.addStatement(article.id, { kind: "DIRECT", start, end: start + MISSED.length, speakerName: "the Energy Ministry", speakerKind: "ORGANISATION" }, "alice");

    // The new extractor trims ONE by two words and reads its speaker as the analyst did; it still finds TWO; it
    // finds the missed statement too.
    const trimmed = ONE.slice(0, ONE.lastIndexOf(" by"));
    const next: ArticleSpec[] = [articleOf("a", [
      { quote: trimmed, speaker: person("Hassan Rouhani", "President", "IR"), places: [IR] },
      { quote: TWO, speaker: person("Javad Zarif", "Foreign Minister", "IR"), places: [TR] },
      { quote: MISSED, speaker: { name: "the Energy Ministry", title: null, kind: "organisation", countryCode: null } },
    ], { text, publishedAt: "2024-05-01" })];
    const summary = await reextractStored({ db, extract: extractorFor(next), version: "v2", progress: "none", summary: false });
    expect(summary).toMatchObject({ failed: 0, added: 0, removed: 0 });
    expect(await db.statement.count()).toBe(3);

    const oneNow = await statementByText(db, trimmed);
    expect(oneNow.id).toBe(one.id);
    expect(oneNow.speaker?.name).toBe("Hassan Rouhani");
    expect(agreesWithExtractor(parseChanges(oneNow.corrections.find((c) => c.id === speakerFix.correctionId)!.changes), parseExtracted(oneNow.extracted))).toBe(true);
    const twoNow = await statementByText(db, TWO);
    expect(twoNow).toMatchObject({ id: two.id, rejected: true });
    const addedNow = await statementByText(db, MISSED);
    expect(addedNow).toMatchObject({ id: added.statementId, rejected: false, kind: "DIRECT" });
    expect(parseExtracted(addedNow.extracted)).toMatchObject({ found: true, kind: "DIRECT" });
    expect(await derivedProblems(db, provider)).toEqual([]);

    // The extractor no longer finds ONE at all: the corrected statement stays, marked as not found.
    const without: ArticleSpec[] = [articleOf("a", [{ quote: TWO, speaker: person("Javad Zarif", "Foreign Minister", "IR"), places: [TR] }], { text, publishedAt: "2024-05-01" })];
    await reextractStored({ db, extract: extractorFor(without), version: "v3", progress: "none", summary: false });
    const oneGone = await statementByText(db, trimmed);
    expect(oneGone).toMatchObject({ id: one.id, rejected: false, speaker: { name: "Hassan Rouhani" } });
    expect(parseExtracted(oneGone.extracted)?.found).toBe(false);
    expect(await derivedProblems(db, provider)).toEqual([]);
  });
});
