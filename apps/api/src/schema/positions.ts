// Positions over time and stance shifts: Speaker.positions (one speaker's statements per period, by stance),
// Speaker.positionsByTopic and Query.topicPositions (the swimlanes of the speaker and topic pages), and
// stanceShifts (lib/stance-shifts.ts says when the dominant stance toward a target counts as changed).
import { builder } from "../builder.ts";
import type { ApiContext } from "../context.ts";
import { badInput } from "../errors.ts";
import { speakerCounts, topicCounts } from "../lib/aggregates.ts";
import { countriesByCode } from "../lib/countries.ts";
import { positions, positionsBySpeaker, positionsByTopic, type PositionPoint, type StanceCount } from "../lib/positions.ts";
import type { Bucket } from "../lib/sql.ts";
import { stanceShifts, type StancePeriod, type StanceShift } from "../lib/stance-shifts.ts";
import type { ResolvedFilter } from "../lib/statement-filter.ts";
import { BucketEnum } from "./aggregates.ts";
import { StanceEnum } from "./enums.ts";
import { filterFor } from "./filter-for.ts";
import { Place } from "./place.ts";
import { Speaker } from "./speaker.ts";
import { StatementFilter } from "./statement-filter.ts";
import { Topic } from "./topic.ts";


const StanceCountRef = builder.objectRef<StanceCount>("StanceCount").implement({
  fields: (t) => ({ stance: t.field({ type: StanceEnum, resolve: (c) => c.stance }), count: t.exposeInt("count") }),
});

const PositionPointRef = builder.objectRef<PositionPoint>("PositionPoint").implement({
  description: "One period of a speaker's (or a lane's) statements, split by stance.",
  fields: (t) => ({
    start: t.expose("start", { type: "Date", description: "First day of the period." }),
    count: t.exposeInt("count"),
    stances: t.field({ type: [StanceCountRef], description: "Every stance the period's statements take, NEUTRAL included, in the order CRITICISES, WARNS, DEMANDS, SUPPORTS, DENIES, NEUTRAL.", resolve: (p) => p.stances }),
  }),
});

type SpeakerRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["speaker"]["findUnique"]>>>;
type TopicRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["topic"]["findUnique"]>>>;
type PlaceRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["place"]["findUnique"]>>>;
interface Lane { speaker: SpeakerRow; topic: TopicRow | null; count: number; points: PositionPoint[] }

const PositionLaneRef = builder.objectRef<Lane>("PositionLane").implement({
  description: "One speaker's statements on one topic over time: a swimlane of the speaker and topic pages.",
  fields: (t) => ({
    speaker: t.field({ type: Speaker, resolve: (l) => l.speaker as never }),
    topic: t.field({ type: Topic, nullable: true, resolve: (l) => l.topic as never }),
    count: t.exposeInt("count", { description: "Statements in the lane, dated ones and undated ones." }),
    points: t.field({ type: [PositionPointRef], description: "Its dated statements per period, oldest first; periods without statements are left out.", resolve: (l) => l.points }),
  }),
});

const StancePeriodRef = builder.objectRef<StancePeriod>("StancePeriod").implement({
  fields: (t) => ({
    start: t.expose("start", { type: "Date", description: "First day of the period." }),
    stance: t.field({ type: StanceEnum, description: "The dominant stance: more of the period's statements toward the target take it than any other.", resolve: (p) => p.stance }),
    count: t.exposeInt("count", { description: "The period's statements toward the target that take the dominant stance." }),
    total: t.exposeInt("total", { description: "The period's statements toward the target." }),
  }),
});

type Shift = StanceShift & { speaker: SpeakerRow; country: PlaceRow | null; targetSpeaker: SpeakerRow | null };

const StanceTargetRef = builder.objectRef<Shift>("StanceTarget").implement({
  description: "What a stance is aimed at: a country (every target in it), else a speaker, else a name as written.",
  fields: (t) => ({
    name: t.string({ description: "The country's or speaker's name, else the article's words.", resolve: (s) => s.country?.name ?? s.targetSpeaker?.name ?? s.target.name }),
    country: t.field({ type: Place, nullable: true, resolve: (s) => s.country }),
    speaker: t.field({ type: Speaker, nullable: true, resolve: (s) => s.targetSpeaker as never }),
  }),
});

const StanceShiftRef = builder.objectRef<Shift>("StanceShift").implement({
  description: "A change of a speaker's dominant stance toward a target between two periods with enough statements (\"SUPPORTS → CRITICISES, March 2024\").",
  fields: (t) => ({
    speaker: t.field({ type: Speaker, resolve: (s) => s.speaker as never }),
    target: t.field({ type: StanceTargetRef, resolve: (s) => s }),
    from: t.field({ type: StanceEnum, description: "The stance before (before.stance).", resolve: (s) => s.before.stance }),
    to: t.field({ type: StanceEnum, description: "The stance since (after.stance).", resolve: (s) => s.after.stance }),
    start: t.field({ type: "Date", description: "First day of the period the new stance was taken in (after.start).", resolve: (s) => s.after.start }),
    before: t.field({ type: StancePeriodRef, description: "The last period before with enough statements toward the target.", resolve: (s) => s.before }),
    after: t.field({ type: StancePeriodRef, description: "The period the new stance was taken in.", resolve: (s) => s.after }),
  }),
});

const LANES_MAX = 20;
const SHIFTS_MAX = 500;
const MIN_STATEMENTS_DEFAULT = 3;

function checkRange(name: string, value: number, low: number, high: number) {
  if (value < low || value > high) throw badInput(`${name} must be between ${low} and ${high}, got ${value}.`, { argument: name });
}

/** The statements of a speaker (or everyone's) and, given a slug, on that topic (an unknown slug is refused). */
async function narrowed(ctx: ApiContext, speakerId: number | null, topic: string | null | undefined): Promise<ResolvedFilter> {
  const filter = await filterFor(ctx, topic ? { topics: [topic.trim().toLowerCase()] } : {});
  return speakerId === null ? filter : { ...filter, speakerIds: filter.speakerIds ? filter.speakerIds.filter((id) => id === speakerId) : [speakerId] };
}

async function withRows(ctx: ApiContext, shifts: StanceShift[]): Promise<Shift[]> {
  const speakerIds = [...new Set(shifts.flatMap((s) => [s.speakerId, ...(s.target.speakerId === null ? [] : [s.target.speakerId])]))];
  const speakers = new Map((speakerIds.length ? await ctx.db.speaker.findMany({ where: { id: { in: speakerIds } } }) : []).map((row) => [row.id, row]));
  const countries = await countriesByCode(ctx, [...new Set(shifts.flatMap((s) => (s.target.countryCode ? [s.target.countryCode] : [])))]);
  return shifts.flatMap((s) => {
    const speaker = speakers.get(s.speakerId);
    return speaker ? [{ ...s, speaker, country: s.target.countryCode ? countries.get(s.target.countryCode) ?? null : null, targetSpeaker: s.target.speakerId === null ? null : speakers.get(s.target.speakerId) ?? null }] : [];
  });
}

async function shiftsFor(ctx: ApiContext, filter: ResolvedFilter, bucket: Bucket, minStatements: number, limit: number): Promise<Shift[]> {
  checkRange("minStatements", minStatements, 1, 1_000);
  checkRange("limit", limit, 1, SHIFTS_MAX);
  const shifts = await ctx.aggregates.get(["stanceShifts", bucket, minStatements, filter], () => stanceShifts(ctx.db, ctx.provider, filter, bucket, minStatements));
  return withRows(ctx, shifts.slice(0, limit));
}

const MIN_STATEMENTS_HELP = "Statements toward the target a period needs to have a dominant stance (on each side of a change).";

builder.objectFields(Speaker, (t) => ({
  positions: t.field({
    type: [PositionPointRef],
    description: "This speaker's dated statements per period, split by stance, oldest first; with a topic (slug), only those on it.",
    args: { topic: t.arg.string(), bucket: t.arg({ type: BucketEnum, required: true, defaultValue: "MONTH" }) },
    complexity: 20,
    resolve: async (speaker, args, ctx) => {
      const filter = await narrowed(ctx, speaker.id, args.topic);
      return ctx.aggregates.get(["positions", args.bucket, filter], () => positions(ctx.db, ctx.provider, filter, args.bucket));
    },
  }),
  positionsByTopic: t.field({
    type: [PositionLaneRef],
    description: "One lane per topic this speaker talks about most (most statements first), each with its positions over time.",
    args: { bucket: t.arg({ type: BucketEnum, required: true, defaultValue: "MONTH" }), limit: t.arg.int({ required: true, defaultValue: 6 }) },
    complexity: 30,
    resolve: async (speaker, args, ctx) => {
      checkRange("limit", args.limit, 1, LANES_MAX);
      const filter = await narrowed(ctx, speaker.id, null);
      const top = await ctx.aggregates.get(["topics", args.limit, filter], () => topicCounts(ctx.db, ctx.provider, filter, args.limit));
      const series = await ctx.aggregates.get(["positionsByTopic", args.bucket, top, filter], () => positionsByTopic(ctx.db, ctx.provider, filter, args.bucket, top.map((c) => c.id)));
      const [row, topics] = await Promise.all([ctx.db.speaker.findUniqueOrThrow({ where: { id: speaker.id } }), ctx.db.topic.findMany({ where: { id: { in: top.map((c) => c.id) } } })]);
      const byId = new Map(topics.map((topic) => [topic.id, topic]));
      return top.flatMap((c) => (byId.has(c.id) ? [{ speaker: row, topic: byId.get(c.id)!, count: c.count, points: series.get(c.id) ?? [] }] : []));
    },
  }),
  stanceShifts: t.field({
    type: [StanceShiftRef],
    description: "Where this speaker's dominant stance toward a target changed from one period to the next with enough statements (see StanceShift), newest first; with a topic (slug), in the statements on it.",
    args: {
      topic: t.arg.string(),
      bucket: t.arg({ type: BucketEnum, required: true, defaultValue: "MONTH" }),
      minStatements: t.arg.int({ required: true, defaultValue: MIN_STATEMENTS_DEFAULT, description: MIN_STATEMENTS_HELP }),
      limit: t.arg.int({ required: true, defaultValue: 50 }),
    },
    complexity: 20,
    resolve: async (speaker, args, ctx) => shiftsFor(ctx, await narrowed(ctx, speaker.id, args.topic), args.bucket, args.minStatements, args.limit),
  }),
}));

builder.queryFields((t) => ({
  topicPositions: t.field({
    type: [PositionLaneRef],
    description: "One lane per speaker who talks most about the topic (slug; most statements first), with their positions on it over time.",
    args: { topic: t.arg.string({ required: true }), bucket: t.arg({ type: BucketEnum, required: true, defaultValue: "MONTH" }), limit: t.arg.int({ required: true, defaultValue: 6 }) },
    complexity: 30,
    resolve: async (_root, args, ctx) => {
      checkRange("limit", args.limit, 1, LANES_MAX);
      const filter = await narrowed(ctx, null, args.topic);
      const top = await ctx.aggregates.get(["speakers", args.limit, filter], () => speakerCounts(ctx.db, ctx.provider, filter, args.limit));
      const ids = top.map((c) => c.id);
      const series = await ctx.aggregates.get(["positionsBySpeaker", args.bucket, ids, filter], () => positionsBySpeaker(ctx.db, ctx.provider, filter, args.bucket, ids));
      const [speakers, topic] = await Promise.all([ctx.db.speaker.findMany({ where: { id: { in: ids } } }), ctx.db.topic.findUnique({ where: { slug: args.topic.trim().toLowerCase() } })]);
      const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
      return top.flatMap((c) => (byId.has(c.id) ? [{ speaker: byId.get(c.id)!, topic, count: c.count, points: series.get(c.id) ?? [] }] : []));
    },
  }),
  stanceShifts: t.field({
    type: [StanceShiftRef],
    description: "Where a speaker's dominant stance toward a target changed from one period to the next with enough statements (see StanceShift), over the filter's statements, newest first.",
    args: {
      filter: t.arg({ type: StatementFilter }),
      bucket: t.arg({ type: BucketEnum, required: true, defaultValue: "MONTH" }),
      minStatements: t.arg.int({ required: true, defaultValue: MIN_STATEMENTS_DEFAULT, description: MIN_STATEMENTS_HELP }),
      limit: t.arg.int({ required: true, defaultValue: 50 }),
    },
    complexity: 30,
    resolve: async (_root, args, ctx) => shiftsFor(ctx, await filterFor(ctx, args.filter), args.bucket, args.minStatements, args.limit),
  }),
}));
