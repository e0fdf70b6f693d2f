// Positions over time and stance shifts: Speaker.positions, Speaker.positionsByTopic and Query.topicPositions
// match a grouping of the stored statements done here in plain code; stanceShifts finds the one change of line in a
// history built for it (a thin period passed over, a tie read as no line, a doubled target counted once), and no
// change where the line holds.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

const STANCES = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"] as const;
type Stance = (typeof STANCES)[number];

/** The history of one speaker: per statement, the day, the stance and the target countries (UA via "Kyiv" and "Ukraine"). */
const HISTORY: [string, Stance, string[]][] = [
  ["2024-01-05", "SUPPORTS", ["UA"]],
  ["2024-01-12", "SUPPORTS", ["UA", "US"]],
  ["2024-01-20", "SUPPORTS", ["UA"]],
  ["2024-02-03", "CRITICISES", ["UA"]], // one statement: too few for a line (minStatements 3)
  ["2024-03-02", "CRITICISES", ["UA", "UA"]], // "Kyiv" and "Ukraine": one statement toward UA
  ["2024-03-09", "CRITICISES", ["UA"]],
  ["2024-03-15", "CRITICISES", ["UA", "US"]],
  ["2024-03-28", "SUPPORTS", ["UA"]],
  ["2024-04-04", "WARNS", ["UA"]], // April: two WARNS, two DEMANDS, a tie: no line
  ["2024-04-11", "WARNS", ["UA"]],
  ["2024-04-18", "DEMANDS", ["UA"]],
  ["2024-04-25", "DEMANDS", ["UA"]],
  ["2024-05-02", "CRITICISES", ["UA"]],
  ["2024-05-09", "CRITICISES", ["UA"]],
  ["2024-05-16", "CRITICISES", ["UA"]],
  ["2024-05-20", "NEUTRAL", []],
  ["2024-06-01", "SUPPORTS", ["US"]],
];

const monthOf = (date: Date) => `${date.toISOString().slice(0, 7)}-01`;
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64");

/** Statements per month and stance, as the API should serve them. */
function expectedPoints(statements: { saidOn: Date | null; stance: string }[]) {
  const months = new Map<string, Map<string, number>>();
  for (const s of statements) {
    if (!s.saidOn) continue;
    const month = months.get(monthOf(s.saidOn)) ?? new Map<string, number>();
    months.set(monthOf(s.saidOn), month);
    month.set(s.stance, (month.get(s.stance) ?? 0) + 1);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([start, stances]) => ({
    start,
    count: [...stances.values()].reduce((sum, n) => sum + n, 0),
    stances: STANCES.filter((stance) => stances.has(stance)).map((stance) => ({ stance, count: stances.get(stance)! })),
  }));
}

describe.each(testProviders())("positions and stance shifts on %s", (provider) => {
  let t: TestApi;
  let speakerId: number;
  let topic: { id: number; slug: string };

  beforeAll(async () => {
    t = await startTestApi(provider);
    // Stances spread over the fixture, so every busy speaker has a mix.
    const all = await t.db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    for (const [i, s] of all.entries()) await t.db.statement.update({ where: { id: s.id }, data: { stance: STANCES[i % STANCES.length] } });
    // One speaker of our own, given fixture statements re-dated into the history above, all on one topic.
    const speaker = await t.db.speaker.create({ data: { name: "Test Minister", key: "test minister", kind: "PERSON", countryCode: "RU" } });
    speakerId = speaker.id;
    topic = await t.db.topic.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, slug: true } });
    for (const [i, [day, stance, countries]] of HISTORY.entries()) {
      const s = all[all.length - 1 - i]!;
      await t.db.statementTarget.deleteMany({ where: { statementId: s.id } });
      await t.db.statement.update({
        where: { id: s.id },
        data: {
          speakerId,
          saidOn: new Date(`${day}T00:00:00Z`),
          stance,
          targets: { create: countries.map((countryCode, position) => ({ position, name: countryCode === "UA" ? (position === 0 ? "Kyiv" : "Ukraine") : "Washington", kind: "PLACE", countryCode, start: 0, end: 1 })) },
        },
      });
      await t.db.statementTopic.upsert({ where: { statementId_topicId: { statementId: s.id, topicId: topic.id } }, create: { statementId: s.id, topicId: topic.id, score: 1 }, update: {} });
    }
  });
  afterAll(async () => { await t?.close(); });

  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const r = await t.gql(query, variables);
    expect(r.errors).toBeUndefined();
    return r.data;
  };
  const POINTS = `start count stances { stance count }`;

  it("serves a speaker's statements per month and stance, as grouping the stored rows gives", async () => {
    const busiest = await t.db.statement.groupBy({ by: ["speakerId"], where: { speakerId: { not: null } }, _count: true, orderBy: { _count: { speakerId: "desc" } }, take: 3 });
    for (const id of [speakerId, ...busiest.map((b) => b.speakerId!)]) {
      const data = await gql(`query($id: ID!) { speaker(id: $id) { positions(bucket: MONTH) { ${POINTS} } } }`, { id: globalId("Speaker", id) });
      const stored = await t.db.statement.findMany({ where: { speakerId: id }, select: { saidOn: true, stance: true } });
      expect(data.speaker.positions).toEqual(expectedPoints(stored));
    }
    const data = await gql(`query($id: ID!) { speaker(id: $id) { positions(bucket: YEAR) { ${POINTS} } } }`, { id: globalId("Speaker", speakerId) });
    expect(data.speaker.positions.map((p: any) => [p.start, p.count])).toEqual([["2024-01-01", HISTORY.length]]);
  });

  it("narrows positions to a topic, and lanes per topic and per speaker match the stored rows", async () => {
    const data = await gql(`query($id: ID!, $topic: String) { speaker(id: $id) { positions(topic: $topic) { ${POINTS} } positionsByTopic(limit: 20) { topic { slug } speaker { id } count points { ${POINTS} } } } }`, { id: globalId("Speaker", speakerId), topic: topic.slug });
    const onTopic = await t.db.statement.findMany({ where: { speakerId, topics: { some: { topicId: topic.id } } }, select: { saidOn: true, stance: true } });
    expect(onTopic.length).toBe(HISTORY.length);
    expect(data.speaker.positions).toEqual(expectedPoints(onTopic));
    const lanes = data.speaker.positionsByTopic as { topic: { slug: string }; count: number; points: unknown[] }[];
    expect(lanes.map((lane) => lane.topic.slug)).toContain(topic.slug);
    for (const lane of lanes) {
      const stored = await t.db.statement.findMany({ where: { speakerId, topics: { some: { topic: { slug: lane.topic.slug } } } }, select: { saidOn: true, stance: true } });
      expect([lane.count, lane.points]).toEqual([stored.length, expectedPoints(stored)]);
    }

    const busyTopic = await t.db.statementTopic.groupBy({ by: ["topicId"], _count: true, orderBy: { _count: { topicId: "desc" } }, take: 1 });
    const slug = (await t.db.topic.findUniqueOrThrow({ where: { id: busyTopic[0]!.topicId } })).slug;
    const topicLanes = (await gql(`query($topic: String!) { topicPositions(topic: $topic, limit: 5) { topic { slug } speaker { id name } count points { ${POINTS} } } }`, { topic: slug })).topicPositions;
    expect(topicLanes.length).toBeGreaterThan(0);
    const counts = topicLanes.map((lane: any) => lane.count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    for (const lane of topicLanes) {
      expect(lane.topic.slug).toBe(slug);
      const id = Number(Buffer.from(lane.speaker.id, "base64").toString().split(":")[1]);
      const stored = await t.db.statement.findMany({ where: { speakerId: id, topics: { some: { topicId: busyTopic[0]!.topicId } } }, select: { saidOn: true, stance: true } });
      expect([lane.count, lane.points]).toEqual([stored.length, expectedPoints(stored)]);
    }
    const unknown = await t.gql(`{ topicPositions(topic: "no-such-topic") { count } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  const SHIFT = `speaker { name } target { name country { code } } from to start before { start stance count total } after { start stance count total }`;

  it("flags the change of line toward Ukraine, passing over a thin month and a tied one", async () => {
    const data = await gql(`query($id: ID!) { speaker(id: $id) { stanceShifts { ${SHIFT} } } }`, { id: globalId("Speaker", speakerId) });
    expect(data.speaker.stanceShifts).toEqual([
      {
        speaker: { name: "Test Minister" },
        target: { name: "Ukraine", country: { code: "UA" } },
        from: "SUPPORTS",
        to: "CRITICISES",
        start: "2024-03-01",
        before: { start: "2024-01-01", stance: "SUPPORTS", count: 3, total: 3 },
        after: { start: "2024-03-01", stance: "CRITICISES", count: 3, total: 4 },
      },
    ]);
    // With one statement enough, February's single criticism is the change toward Ukraine (March and May hold the
    // line), and the three statements aimed at the US (January, March, June) change twice.
    const loose = await gql(`query($id: ID!) { speaker(id: $id) { stanceShifts(minStatements: 1) { from to start target { country { code } } } } }`, { id: globalId("Speaker", speakerId) });
    expect(loose.speaker.stanceShifts).toEqual([
      { from: "CRITICISES", to: "SUPPORTS", start: "2024-06-01", target: { country: { code: "US" } } },
      { from: "SUPPORTS", to: "CRITICISES", start: "2024-03-01", target: { country: { code: "US" } } },
      { from: "SUPPORTS", to: "CRITICISES", start: "2024-02-01", target: { country: { code: "UA" } } },
    ]);
    // By year there is a single period: nothing to compare.
    const yearly = await gql(`query($id: ID!) { speaker(id: $id) { stanceShifts(bucket: YEAR, minStatements: 1) { from } } }`, { id: globalId("Speaker", speakerId) });
    expect(yearly.speaker.stanceShifts).toEqual([]);
  });

  it("lists shifts over any filter, and the filter narrows them", async () => {
    const onTopic = (await gql(`query($topic: String!) { stanceShifts(filter: { topics: [$topic] }) { speaker { name } from to start } }`, { topic: topic.slug })).stanceShifts;
    expect(onTopic).toContainEqual({ speaker: { name: "Test Minister" }, from: "SUPPORTS", to: "CRITICISES", start: "2024-03-01" });
    const starts = onTopic.map((s: any) => s.start);
    expect(starts).toEqual([...starts].sort().reverse()); // newest first
    // A filter on target countries follows those targets only: the statements aimed at the US and Ukraine count
    // toward the US alone.
    const aimedAtUs = (await gql(`{ stanceShifts(filter: { targetCountries: ["US"], speakerCountries: ["RU"] }, minStatements: 1) { speaker { name } target { country { code } } from to } }`)).stanceShifts;
    expect(aimedAtUs.filter((s: any) => s.speaker.name === "Test Minister")).toEqual([
      { speaker: { name: "Test Minister" }, target: { country: { code: "US" } }, from: "CRITICISES", to: "SUPPORTS" },
      { speaker: { name: "Test Minister" }, target: { country: { code: "US" } }, from: "SUPPORTS", to: "CRITICISES" },
    ]);
    const beforeMarch = (await gql(`{ stanceShifts(filter: { to: "2024-02-29", speakerCountries: ["RU"] }) { speaker { name } } }`)).stanceShifts;
    expect(beforeMarch.filter((s: any) => s.speaker.name === "Test Minister")).toEqual([]);
    for (const bad of [`{ stanceShifts(minStatements: 0) { from } }`, `{ stanceShifts(limit: 0) { from } }`]) {
      expect((await t.gql(bad)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });
});
