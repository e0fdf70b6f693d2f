// Analysts' corrections through the API, on SQLite and PostgreSQL: the mutations need the token and refuse bad input
// with a stable code, changing nothing; reads, filters, counts, facets and search show the corrected values and
// leave a rejected statement out (includeRejected brings it back); reverting restores; an added statement reaches
// live subscribers.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

const auth = { authorization: `Bearer ${TOKEN}` };
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");
const localId = (id: string) => Number(Buffer.from(id, "base64").toString().split(":")[1]);

const CORRECT = `mutation($id: ID!, $input: StatementCorrectionInput!) { correctStatement(id: $id, input: $input) {
  statement { id text kind rejected corrected speaker { name kind } places { code } topics { slug } correction { agreesWithExtractor extractorFinds fields count } }
  correction { id author note reverted changes { field from to } }
} }`;
const REVERT = `mutation($id: ID!, $author: String) { revertCorrection(id: $id, author: $author) { statement { id rejected corrected speaker { name } kind correction { count } } correction { id reverted revertedBy } } }`;
const ADD = `mutation($articleId: ID!, $input: AddStatementInput!) { addStatement(articleId: $articleId, input: $input) {
  statement { id text kind rejected corrected speaker { name kind } places { code } correction { extractorFinds fields } } correction { author changes { field from to } }
} }`;

describe.each(testProviders())("corrections through the API on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  /** Every row a correction may touch, to show that a refused one touched nothing. */
  const snapshot = async () => JSON.stringify(await Promise.all([
    t.db.statement.findMany({ orderBy: { id: "asc" } }), t.db.statementPlace.findMany({ orderBy: [{ statementId: "asc" }, { placeId: "asc" }] }),
    t.db.statementTopic.findMany({ orderBy: [{ statementId: "asc" }, { topicId: "asc" }] }), t.db.statementCorrection.findMany({ orderBy: { id: "asc" } }),
    t.db.speaker.findMany({ orderBy: { id: "asc" } }), t.db.statementDayCount.findMany({ orderBy: [{ saidOn: "asc" }, { kind: "asc" }] }),
    t.db.statementPlacesCount.findMany({ orderBy: [{ placesKey: "asc" }, { kind: "asc" }] }),
  ]));
  const total = async (filter: Record<string, unknown>) => {
    const r = await t.gql(`query($filter: StatementFilter) { statements(filter: $filter, first: 0) { totalCount } }`, { filter });
    expect(r.errors).toBeUndefined();
    return r.data.statements.totalCount as number;
  };
  /** A statement with a speaker and a country, not corrected yet. */
  const pick = async (skip = 0) => t.db.statement.findFirstOrThrow({
    where: { speakerId: { not: null }, places: { some: { place: { kind: "COUNTRY" } } }, corrections: { none: {} } },
    orderBy: { id: "asc" }, skip, include: { speaker: true, article: { select: { id: true, text: true } } },
  });

  it("refuses a write without the token or with a wrong one, and changes nothing", async () => {
    const s = await pick();
    const before = await snapshot();
    for (const headers of [{}, { authorization: "Bearer wrong" }] as Record<string, string>[]) {
      const r = await t.gql(CORRECT, { id: gid("Statement", s.id), input: { kind: "INDIRECT" } }, headers);
      expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const revert = await t.gql(REVERT, { id: gid("StatementCorrection", 1) }, headers);
      expect(revert.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const add = await t.gql(ADD, { articleId: gid("Article", s.articleId), input: { kind: "DIRECT", start: 0, end: 5 } }, headers);
      expect(add.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await snapshot()).toBe(before);
  });

  it("refuses bad input with a stable code and the argument, and changes nothing", async () => {
    const s = await pick();
    const id = gid("Statement", s.id);
    const before = await snapshot();
    const code = async (query: string, variables: Record<string, unknown>) => {
      const r = await t.gql(query, variables, auth);
      expect(r.data?.correctStatement ?? r.data?.addStatement ?? r.data?.revertCorrection ?? null).toBeNull();
      return [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.argument];
    };
    expect(await code(CORRECT, { id: gid("Statement", 987_654), input: { kind: "INDIRECT" } })).toEqual(["NOT_FOUND", "id"]);
    expect(await code(CORRECT, { id, input: { start: 0, end: s.article.text.length + 1 } })).toEqual(["OFFSET_OUTSIDE_ARTICLE", "input.end"]);
    expect(await code(CORRECT, { id, input: { start: -3, end: 4 } })).toEqual(["OFFSET_OUTSIDE_ARTICLE", "input.start"]);
    expect(await code(CORRECT, { id, input: { text: "not the article's words", start: s.start, end: s.end } })).toEqual(["TEXT_NOT_AT_OFFSETS", "input.text"]);
    // A good change beside a bad one is refused with it.
    expect(await code(CORRECT, { id, input: { kind: "INDIRECT", places: ["Russia"] } })).toEqual(["INVALID_COUNTRY_CODE", "input.places"]);
    expect(await code(CORRECT, { id, input: { places: ["QQ"] } })).toEqual(["UNKNOWN_COUNTRY", "input.places"]);
    expect(await code(CORRECT, { id, input: { topics: ["no-such-topic"] } })).toEqual(["UNKNOWN_TOPIC", "input.topics"]);
    expect(await code(CORRECT, { id, input: { speakerName: "A\u0000B" } })).toEqual(["BAD_USER_INPUT", "input.speakerName"]);
    expect(await code(CORRECT, { id, input: { kind: s.kind } })).toEqual(["NOTHING_TO_CORRECT", "input"]);
    expect(await code(ADD, { articleId: gid("Article", 987_654), input: { kind: "DIRECT", start: 0, end: 5 } })).toEqual(["NOT_FOUND", "articleId"]);
    expect(await code(ADD, { articleId: gid("Article", s.articleId), input: { kind: "DIRECT", start: 9, end: 3 } })).toEqual(["OFFSET_OUTSIDE_ARTICLE", "input.start"]);
    expect(await code(REVERT, { id: gid("StatementCorrection", 987_654) })).toEqual(["NOT_FOUND", "id"]);
    expect(await code(REVERT, { id: gid("Statement", s.id) })).toEqual(["BAD_USER_INPUT", "id"]);
    expect(await snapshot()).toBe(before);
  });

  it("a correction shows at once in reads and filters, with its history; reverting restores the extractor's values", async () => {
    const s = await pick();
    const id = gid("Statement", s.id);
    const [kind, other] = s.kind === "DIRECT" ? ["INDIRECT", "DIRECT"] : ["DIRECT", "INDIRECT"];
    const byKind = { [kind]: await total({ kind }), [other]: await total({ kind: other }) };
    const bySpeaker = await total({ speakers: [gid("Speaker", s.speakerId!)] });
    const inLatvia = await total({ countries: ["LV"] });
    const r = await t.gql(CORRECT, { id, input: { speakerName: "Ivana Testova", speakerKind: "PERSON", kind, places: ["lv"], note: "checked the wire" } }, { ...auth, "x-dictum-author": "alice" });
    expect(r.errors).toBeUndefined();
    const { statement, correction } = r.data.correctStatement;
    expect(statement).toMatchObject({ id, kind, rejected: false, corrected: true, speaker: { name: "Ivana Testova", kind: "PERSON" } });
    // The countries are LV alone now; the regions it named stay (a country list says nothing about them).
    const countries = await t.db.statementPlace.findMany({ where: { statementId: s.id, place: { kind: "COUNTRY" } }, select: { place: { select: { iso2: true } } } });
    expect(countries.map((p) => p.place.iso2)).toEqual(["LV"]);
    expect(statement.places.map((p: any) => p.code)).toContain("LV");
    expect(statement.correction).toEqual({ agreesWithExtractor: false, extractorFinds: true, fields: ["SPEAKER", "KIND", "PLACES"], count: 1 });
    expect(correction).toMatchObject({ author: "alice", note: "checked the wire", reverted: false });
    expect(correction.changes).toContainEqual({ field: "SPEAKER", from: `${s.speaker!.name} (${s.speaker!.kind})`, to: "Ivana Testova (PERSON)" });
    expect(correction.changes).toContainEqual({ field: "KIND", from: other, to: kind });
    expect(correction.changes).toContainEqual({ field: "PLACES", from: expect.any(String), to: "LV" });

    // Counts follow (the kind filter reads the count tables, the country one the links).
    expect(await total({ kind })).toBe(byKind[kind]! + 1);
    expect(await total({ kind: other })).toBe(byKind[other]! - 1);
    expect(await total({ speakers: [gid("Speaker", s.speakerId!)] })).toBe(bySpeaker - 1);
    expect(await total({ countries: ["LV"] })).toBe(inLatvia + 1);
    const read = await t.gql(`query($id: ID!) { statement(id: $id) { speaker { name } corrections { author createdAt changes { field } } } }`, { id });
    expect(read.data.statement.speaker.name).toBe("Ivana Testova");
    expect(read.data.statement.corrections).toHaveLength(1);

    const back = await t.gql(REVERT, { id: correction.id, author: "bob" }, auth);
    expect(back.errors).toBeUndefined();
    expect(back.data.revertCorrection).toMatchObject({ statement: { rejected: false, corrected: false, speaker: { name: s.speaker!.name }, kind: s.kind, correction: null }, correction: { reverted: true, revertedBy: "bob" } });
    expect(await total({ kind })).toBe(byKind[kind]);
    expect(await total({ countries: ["LV"] })).toBe(inLatvia);
    expect(await total({ speakers: [gid("Speaker", s.speakerId!)] })).toBe(bySpeaker);
    const again = await t.gql(REVERT, { id: correction.id }, auth);
    expect(again.errors?.[0]?.extensions?.code).toBe("ALREADY_REVERTED");
  });

  it("a rejected statement is left out of lists, counts, facets, search and its speaker's and article's statements; includeRejected shows it", async () => {
    const s = await pick(1);
    const id = gid("Statement", s.id);
    const word = s.text.match(/[A-Za-z]{6,}/)![0];
    const country = (await t.db.statementPlace.findFirstOrThrow({ where: { statementId: s.id, place: { kind: "COUNTRY" } }, include: { place: true } })).place.iso2!;
    const views = async () => {
      const r = await t.gql(`query($speaker: ID!, $article: ID!, $word: String!, $country: String!) {
        all: statements(first: 0) { totalCount }
        kind: statements(first: 0, filter: { kind: ${s.kind} }) { totalCount }
        country: statements(first: 0, filter: { countries: [$country] }) { totalCount }
        countryYear: statements(first: 0, filter: { countries: [$country], from: "1990-01-01", to: "2030-12-31" }) { totalCount }
        search: statements(first: 0, filter: { search: $word }) { totalCount }
        topicKinds: facets(limit: 100) { kinds { kind count } countries { place { code } count } speakers { speaker { id } count } sources { source { name } count } topics { topic { slug } count } saidInCountries { place { code } count } }
        timeline(bucket: YEAR) { count }
        unknownDateCount
        placeCounts { countries { place { code } count } }
        speaker(id: $speaker) { statementCount statements(first: 0) { totalCount } }
        article(id: $article) { statementCount statements { id } withRejected: statements(includeRejected: true) { id } }
      }`, { speaker: gid("Speaker", s.speakerId!), article: gid("Article", s.articleId), word, country });
      expect(r.errors).toBeUndefined();
      const d = r.data;
      return {
        all: d.all.totalCount, kind: d.kind.totalCount, country: d.country.totalCount, countryYear: d.countryYear.totalCount, search: d.search.totalCount,
        facetKind: d.topicKinds.kinds.find((k: any) => k.kind === s.kind)?.count ?? 0,
        facetCountry: d.topicKinds.countries.find((c: any) => c.place.code === country)?.count ?? 0,
        facetSpeaker: d.topicKinds.speakers.find((c: any) => c.speaker.id === gid("Speaker", s.speakerId!))?.count ?? 0,
        facetSources: d.topicKinds.sources.reduce((n: number, c: any) => n + c.count, 0),
        facetTopics: Object.fromEntries(d.topicKinds.topics.map((c: any) => [c.topic.slug, c.count])),
        facetSaidIn: d.topicKinds.saidInCountries.reduce((n: number, c: any) => n + c.count, 0),
        timeline: d.timeline.reduce((n: number, p: any) => n + p.count, 0) + d.unknownDateCount,
        map: d.placeCounts.countries.find((c: any) => c.place.code === country)?.count ?? 0,
        speaker: d.speaker.statementCount, speakerList: d.speaker.statements.totalCount,
        article: d.article.statementCount, articleList: d.article.statements.some((x: any) => x.id === id), withRejected: d.article.withRejected.some((x: any) => x.id === id),
      };
    };
    const before = await views();
    expect(before.articleList).toBe(true);
    const own = await t.db.statement.findUniqueOrThrow({ where: { id: s.id }, select: { topics: { select: { topic: { select: { slug: true } } } }, article: { select: { sourceId: true, datelinePlaceId: true } } } });
    const topics = own.topics.map((x) => x.topic.slug);
    const r = await t.gql(CORRECT, { id, input: { rejected: true, author: "carol" } }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.correctStatement.statement).toMatchObject({ rejected: true, corrected: true, correction: { fields: ["REJECTED"] } });
    const after = await views();
    expect(after).toEqual({
      all: before.all - 1, kind: before.kind - 1, country: before.country - 1, countryYear: before.countryYear - 1, search: before.search - 1,
      facetKind: before.facetKind - 1, facetCountry: before.facetCountry - 1, timeline: before.timeline - 1, map: before.map - 1,
      facetSpeaker: before.facetSpeaker - 1, facetSources: before.facetSources - (own.article.sourceId ? 1 : 0), facetSaidIn: before.facetSaidIn - (own.article.datelinePlaceId ? 1 : 0),
      facetTopics: Object.fromEntries(Object.entries(before.facetTopics).map(([slug, n]) => [slug, (n as number) - (topics.includes(slug) ? 1 : 0)]).filter(([, n]) => (n as number) > 0)),
      speaker: before.speaker - 1, speakerList: before.speakerList - 1, article: before.article - 1, articleList: false, withRejected: true,
    });
    // Asked for, it is there: in the list and the counts, and by id.
    expect(await total({ includeRejected: true })).toBe(before.all);
    expect(await total({ includeRejected: true, kind: s.kind })).toBe(before.kind);
    expect(await total({ includeRejected: true, search: word })).toBe(before.search);
    const list = await t.gql(`query($word: String!) { statements(first: 100, filter: { includeRejected: true, search: $word }) { edges { node { id rejected } } } }`, { word });
    expect(list.data.statements.edges.map((e: any) => e.node)).toContainEqual({ id, rejected: true });
    const one = await t.gql(`query($id: ID!) { statement(id: $id) { rejected corrections { author changes { field from to } } } }`, { id });
    expect(one.data.statement).toEqual({ rejected: true, corrections: [{ author: "carol", changes: [{ field: "REJECTED", from: "false", to: "true" }] }] });

    // Restoring it (a correction of its own) counts it again.
    const restore = await t.gql(CORRECT, { id, input: { rejected: false } }, auth);
    expect(restore.errors).toBeUndefined();
    expect(restore.data.correctStatement.statement).toMatchObject({ rejected: false, corrected: true });
    expect(await views()).toEqual(before);
  });

  it("adds a statement the extractor missed: it is listed and counted, and reaches live subscribers", async () => {
    const article = await t.db.article.findFirstOrThrow({ where: { statements: { some: {} } }, orderBy: { id: "asc" }, select: { id: true, text: true } });
    const words = article.text.slice(0, article.text.indexOf(" ", 40));
    const before = await total({ countries: ["NO"] });

    const abort = new AbortController();
    const response = await t.api.fetch("http://dictum.test/graphql", {
      method: "POST", signal: abort.signal, headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { statementAdded(filter: { countries: ["NO"] }) { id text } }` }),
    });
    const reader = response.body!.getReader();
    const arrived = (async () => {
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return null;
        buffer += new TextDecoder().decode(value);
        const match = /^data: (.+)$/m.exec(buffer);
        if (match) return JSON.parse(match[1]!).data.statementAdded;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the subscription is registered

    const r = await t.gql(ADD, { articleId: gid("Article", article.id), input: { kind: "INDIRECT", start: 0, end: words.length, text: words, speakerName: "the Norwegian embassy", speakerKind: "ORGANISATION", places: ["NO"] } }, { ...auth, "x-dictum-author": "dave" });
    expect(r.errors).toBeUndefined();
    const { statement, correction } = r.data.addStatement;
    expect(statement).toMatchObject({ text: words, kind: "INDIRECT", rejected: false, corrected: true, speaker: { name: "the Norwegian embassy", kind: "ORGANISATION" }, places: [{ code: "NO" }], correction: { extractorFinds: false, fields: ["ADDED"] } });
    expect(correction).toMatchObject({ author: "dave", changes: [{ field: "ADDED", from: null, to: expect.stringContaining("the Norwegian embassy (ORGANISATION)") }] });
    expect(await total({ countries: ["NO"] })).toBe(before + 1);
    const live = await Promise.race([arrived, new Promise((resolve) => setTimeout(() => resolve("timeout"), 5_000))]);
    abort.abort();
    expect(live).toEqual({ id: statement.id, text: words });
    expect(localId(statement.id)).toBeGreaterThan(0);
  });
});
