// Corrections made through the API survive `dictum reextract` (the ingest domain function, with a changed
// extractor): the corrected value stays, the rejected statement stays hidden, the added one stays, and
// agreesWithExtractor / extractorFinds follow what the new extractor reads. SQLite and PostgreSQL.
import { testProviders } from "@dictum/db/testing";
import { ingestArticles, reextractStored, type Extract } from "@dictum/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const auth = { authorization: `Bearer ${TOKEN}` };
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");

const ONE = "The sanctions on Iranian oil will be lifted by June";
const TWO = "Pipeline exports to Turkey resumed this morning";
const MISSED = "Exports to Germany will double next year";
const TEXT = `TEHRAN, May 1 - "${ONE}," the minister said.\n\n"${TWO}," he added.\n\nThe ministry said ${MISSED}.`;
type ArticleInput = Parameters<Extract>[0];
type ExtractedStatement = ReturnType<Extract>["statements"][number];
type SpeakerRef = NonNullable<ExtractedStatement["speaker"]>;

const ARTICLE: ArticleInput = { id: "reextract-1", source: "TASS", url: null, publishedAt: "2024-05-01", title: "Oil", text: TEXT };

const person = (name: string): SpeakerRef => ({ name, title: null, kind: "person", countryCode: "IR" });

/** An extractor that finds exactly these quotes, with these speakers. */
function extractor(found: Array<[string, SpeakerRef]>): Extract {
  return (article) => ({
    id: article.id, publishedAt: article.publishedAt, datedOn: "2024-05-01", datedBy: "record", dateline: null, language: "en",
    statements: found.map(([quote, speaker]): ExtractedStatement => {
      const start = article.text.indexOf(quote);
      return { text: quote, kind: "direct", start, end: start + quote.length, saidOn: "2024-05-01", confidence: 0.9, speaker, places: [], regions: [], topics: [], stance: "NEUTRAL", targets: [] };
    }),
  });
}

const READ = `query($id: ID!) { statement(id: $id) { text rejected corrected speaker { name } correction { agreesWithExtractor extractorFinds fields } corrections { author } } }`;

describe.each(testProviders())("corrections survive re-extraction on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi(provider, { fixture: false });
    await ingestArticles(t.db, [ARTICLE], { extract: extractor([[ONE, person("Javad Zarif")], [TWO, person("Javad Zarif")]]) });
  });
  afterAll(async () => { await t?.close(); });

  it("keeps the corrected speaker, the rejection and the addition; agreement follows the new extractor", async () => {
    const [one, two] = await Promise.all([ONE, TWO].map((text) => t.db.statement.findFirstOrThrow({ where: { text } })));
    const article = await t.db.article.findFirstOrThrow();
    const fix = await t.gql(`mutation($id: ID!) { correctStatement(id: $id, input: { speakerName: "Hassan Rouhani", author: "alice" }) { statement { correction { agreesWithExtractor } } } }`, { id: gid("Statement", one!.id) }, auth);
    expect(fix.data.correctStatement.statement.correction.agreesWithExtractor).toBe(false);
    const reject = await t.gql(`mutation($id: ID!) { correctStatement(id: $id, input: { rejected: true }) { statement { rejected } } }`, { id: gid("Statement", two!.id) }, auth);
    expect(reject.data.correctStatement.statement.rejected).toBe(true);
    const start = TEXT.indexOf(MISSED);
    const add = await t.gql(`mutation($article: ID!, $input: AddStatementInput!) { addStatement(articleId: $article, input: $input) { statement { id correction { extractorFinds } } } }`,
      { article: gid("Article", article.id), input: { kind: "DIRECT", start, end: start + MISSED.length, speakerName: "the Oil Ministry", speakerKind: "ORGANISATION" } }, auth);
    expect(add.errors).toBeUndefined();
    expect(add.data.addStatement.statement.correction.extractorFinds).toBe(false);
    const added = add.data.addStatement.statement.id;
    const visible = async () => (await t.gql(`{ statements(first: 10) { totalCount edges { node { text } } } }`)).data.statements;
    expect((await visible()).totalCount).toBe(2);

    // The new extractor reads ONE's speaker as the analyst did, still finds TWO, and finds the missed one.
    const summary = await reextractStored({
      db: t.db, version: "v2", progress: "none", summary: false,
      extract: extractor([[ONE, person("Hassan Rouhani")], [TWO, person("Javad Zarif")], [MISSED, { name: "the Oil Ministry", title: null, kind: "organisation", countryCode: "IR" }]]),
    });
    expect(summary).toMatchObject({ articles: 1, failed: 0 });

    const oneNow = (await t.gql(READ, { id: gid("Statement", one!.id) })).data.statement;
    expect(oneNow).toMatchObject({ text: ONE, rejected: false, corrected: true, speaker: { name: "Hassan Rouhani" }, correction: { agreesWithExtractor: true, extractorFinds: true, fields: ["SPEAKER"] }, corrections: [{ author: "alice" }] });
    const twoNow = (await t.gql(READ, { id: gid("Statement", two!.id) })).data.statement;
    expect(twoNow).toMatchObject({ rejected: true, correction: { fields: ["REJECTED"], agreesWithExtractor: false } });
    const addedNow = (await t.gql(READ, { id: added })).data.statement;
    expect(addedNow).toMatchObject({ text: MISSED, rejected: false, speaker: { name: "the Oil Ministry" }, correction: { extractorFinds: true, agreesWithExtractor: true } });
    const list = await visible();
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: any) => e.node.text).sort()).toEqual([MISSED, ONE].sort());
    expect((await t.gql(`{ statements(first: 0, filter: { includeRejected: true }) { totalCount } }`)).data.statements.totalCount).toBe(3);
  });
});
