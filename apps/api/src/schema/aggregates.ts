// timeline, placeCounts and facets: the counts behind the dashboard's chart, map and filter lists, over the same
// StatementFilter as Query.statements.
import { builder } from "../builder.ts";
import type { ApiContext } from "../context.ts";
import { kindCounts, saidInCountryCounts, sourceCounts, speakerCountryCounts, speakerCounts, stanceCounts, targetCountryCounts, timeline, topicCounts, type IdCount } from "../lib/aggregates.ts";
import { countriesByCode } from "../lib/countries.ts";
import { fastFindWhere } from "../lib/fast-find.ts";
import { sql } from "../lib/sql.ts";
import { asLoaded, wholeRows } from "../lib/loaded-row.ts";
import { loadPlaceRollup, placeCounts } from "../lib/place-counts.ts";
import { countStatements } from "../lib/statement-page.ts";
import { badInput } from "../errors.ts";
import type { ResolvedFilter } from "../lib/statement-filter.ts";
import { filterFor } from "./filter-for.ts";
import { StanceEnum, StatementKindEnum } from "./enums.ts";
import { Place } from "./place.ts";
import { Source } from "./source.ts";
import { Speaker } from "./speaker.ts";
import { StatementFilter } from "./statement-filter.ts";
import { Topic } from "./topic.ts";

export const BucketEnum = builder.enumType("TimelineBucket", { values: ["DAY", "WEEK", "MONTH", "YEAR"] as const, description: "WEEK buckets start on Monday." });

const TimelinePoint = builder.objectRef<{ start: Date; count: number }>("TimelinePoint").implement({
  fields: (t) => ({
    start: t.expose("start", { type: "Date", description: "First day of the bucket." }),
    count: t.exposeInt("count"),
  }),
});

interface Counted<T> { item: T; count: number }
type PlaceRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["place"]["findUnique"]>>>;

// The counted rows are whole rows from reference data or one batched read; a prismaField hands them to Pothos as
// loaded with the query's selection, so it does not read every place or speaker again by id (loaded-row.ts).
const PlaceCount = builder.objectRef<Counted<PlaceRow>>("PlaceCount").implement({
  fields: (t) => ({ place: t.prismaField({ type: "Place", resolve: (query, c, _args, ctx) => asLoaded(ctx, "Place", query, c.item) }), count: t.exposeInt("count") }),
});
const PlaceCounts = builder.objectRef<{ countries: Counted<PlaceRow>[]; regions: Counted<PlaceRow>[]; groupings: Counted<PlaceRow>[] }>("PlaceCounts").implement({
  fields: (t) => ({
    countries: t.field({ type: [PlaceCount], description: "Statements about each country (or a place inside it), most first.", resolve: (p) => p.countries }),
    regions: t.field({ type: [PlaceCount], description: "Statements about each UN M49 region (a region inside it, or a member country), most first.", resolve: (p) => p.regions }),
    groupings: t.field({ type: [PlaceCount], description: "Statements that name each grouping (NATO, G20, the EU, the Middle East) or feature (the Black Sea), most first; a statement about a member country does not count.", resolve: (p) => p.groupings }),
  }),
});

const FACET_LIMIT_MAX = 100;

type FacetsParent = { ctx: ApiContext; filter: ResolvedFilter; limit: number };
const Facets = builder.objectRef<FacetsParent>("Facets");

builder.queryFields((t) => ({
  timeline: t.field({
    type: [TimelinePoint],
    description: "Statements per bucket, oldest first; buckets with no statements are left out.",
    args: { filter: t.arg({ type: StatementFilter }), bucket: t.arg({ type: BucketEnum, required: true, defaultValue: "MONTH" }) },
    complexity: 20,
    resolve: async (_root, args, ctx) => {
      const filter = await filterFor(ctx, args.filter);
      return ctx.aggregates.get(["timeline", args.bucket, filter], () => timeline(ctx.db, ctx.provider, filter, args.bucket));
    },
  }),
  placeCounts: t.field({
    type: PlaceCounts,
    description: "Statements per country and per region, for the map.",
    args: { filter: t.arg({ type: StatementFilter }) },
    complexity: 20,
    resolve: async (_root, args, ctx) => {
      const filter = await filterFor(ctx, args.filter);
      const { countries, regions, groupings } = await countsByPlace(ctx, filter);
      const places = await countriesAndRegions(ctx);
      return { countries: withItems(countries, places), regions: withItems(regions, places), groupings: withItems(groupings, places) };
    },
  }),
  unknownDateCount: t.int({
    description: "How many statements matching the filter have an unknown date (none of the article's record, dateline or text says when); they are not on the timeline. List them with filter.dateUnknown: true.",
    args: { filter: t.arg({ type: StatementFilter }) },
    complexity: 20,
    resolve: async (_root, args, ctx) => {
      const filter = await filterFor(ctx, args.filter);
      if (filter.dateUnknown === false) return 0;
      const unknown = { ...filter, dateUnknown: true };
      return ctx.aggregates.get(["count", unknown], () => countStatements(ctx.db, ctx.provider, unknown));
    },
  }),
  facets: t.field({
    type: Facets,
    description: "The most frequent speakers, topics, countries and sources among the matching statements.",
    args: { filter: t.arg({ type: StatementFilter }), limit: t.arg.int({ defaultValue: 10, required: true }) },
    complexity: 20,
    resolve: async (_root, args, ctx) => {
      if (args.limit < 1 || args.limit > FACET_LIMIT_MAX) throw badInput(`limit must be between 1 and ${FACET_LIMIT_MAX}, got ${args.limit}.`, { argument: "limit" });
      return { ctx, filter: await filterFor(ctx, args.filter), limit: args.limit };
    },
  }),
}));

// Each facet list is its own field, so a query pays only for the lists it asks for.

const SpeakerFacet = builder.objectRef<Counted<{ id: number }>>("SpeakerFacet").implement({
  fields: (t) => ({ speaker: t.prismaField({ type: "Speaker", resolve: (query, c, _args, ctx) => asLoaded(ctx, "Speaker", query, c.item) as never }), count: t.exposeInt("count") }),
});
const TopicFacet = builder.objectRef<Counted<{ id: number }>>("TopicFacet").implement({
  fields: (t) => ({ topic: t.field({ type: Topic, resolve: (c) => c.item as never }), count: t.exposeInt("count") }),
});
const SourceFacet = builder.objectRef<Counted<{ id: number }>>("SourceFacet").implement({
  fields: (t) => ({ source: t.field({ type: Source, resolve: (c) => c.item as never }), count: t.exposeInt("count") }),
});
const StanceFacet = builder.objectRef<{ stance: "CRITICISES" | "WARNS" | "DEMANDS" | "SUPPORTS" | "DENIES" | "NEUTRAL"; count: number }>("StanceFacet").implement({
  fields: (t) => ({ stance: t.field({ type: StanceEnum, resolve: (c) => c.stance }), count: t.exposeInt("count") }),
});
const KindFacet = builder.objectRef<{ kind: "DIRECT" | "INDIRECT"; count: number }>("KindFacet").implement({
  fields: (t) => ({ kind: t.field({ type: StatementKindEnum, resolve: (c) => c.kind }), count: t.exposeInt("count") }),
});

/** One kind of place count (countries, M49 regions or groupings), the top `limit`, with its places. */
async function placeFacet(f: FacetsParent, kind: "countries" | "regions" | "groupings") {
  const counts = (await countsByPlace(f.ctx, f.filter))[kind].slice(0, f.limit);
  return withItems(counts, await countriesAndRegions(f.ctx));
}

type CountryCounts = (db: ApiContext["db"], provider: ApiContext["provider"], filter: ResolvedFilter, limit: number) => Promise<{ code: string; count: number }[]>;

/** Counts by ISO alpha-2 code, with the country places they name. */
async function countryFacet(f: FacetsParent, name: string, count: CountryCounts) {
  const counts = await f.ctx.aggregates.get([name, f.limit, f.filter], () => count(f.ctx.db, f.ctx.provider, f.filter, f.limit));
  const byCode = await countriesByCode(f.ctx, counts.map((c) => c.code));
  return counts.flatMap((c) => (byCode.has(c.code) ? [{ item: byCode.get(c.code)!, count: c.count }] : []));
}

Facets.implement({
  fields: (t) => ({
    speakers: t.field({
      type: [SpeakerFacet],
      resolve: async (f) => {
        const counts = await f.ctx.aggregates.get(["speakers", f.limit, f.filter], () => speakerCounts(f.ctx.db, f.ctx.provider, f.filter, f.limit));
        return withItems(counts, await loadById(counts, (ids) => wholeRows(f.ctx, "Speaker", ids)));
      },
    }),
    speakerCountries: t.field({
      type: [PlaceCount],
      description: "The countries speakers are affiliated with (\"Russian Defense Minister\" is RU), by statements, most first.",
      resolve: (f) => countryFacet(f, "speakerCountries", speakerCountryCounts),
    }),
    saidInCountries: t.field({
      type: [PlaceCount],
      description: "The countries the statements were said in (their article's dateline), most first.",
      resolve: (f) => countryFacet(f, "saidInCountries", saidInCountryCounts),
    }),
    targetCountries: t.field({
      type: [PlaceCount],
      description: "The countries the statements are aimed at (a target is or belongs to it: \"accused Kyiv\" is UA), most first.",
      resolve: (f) => countryFacet(f, "targetCountries", targetCountryCounts),
    }),
    stances: t.field({
      type: [StanceFacet],
      description: "Statements per stance, in the order CRITICISES, WARNS, DEMANDS, SUPPORTS, DENIES, NEUTRAL; a stance no statement has is left out.",
      resolve: (f) => f.ctx.aggregates.get(["stances", f.filter], () => stanceCounts(f.ctx.db, f.ctx.provider, f.filter)),
    }),
    topics: t.field({
      type: [TopicFacet],
      resolve: async (f) => {
        const counts = await f.ctx.aggregates.get(["topics", f.limit, f.filter], () => topicCounts(f.ctx.db, f.ctx.provider, f.filter, f.limit));
        return withItems(counts, await loadById(counts, (ids) => wholeRows(f.ctx, "Topic", ids)));
      },
    }),
    countries: t.field({
      type: [PlaceCount],
      resolve: (f) => placeFacet(f, "countries"),
    }),
    regions: t.field({
      type: [PlaceCount],
      description: "UN M49 regions: statements about a member country count.",
      resolve: (f) => placeFacet(f, "regions"),
    }),
    groupings: t.field({
      type: [PlaceCount],
      description: "Groupings and features (NATO, the EU, the Black Sea) the statements name.",
      resolve: (f) => placeFacet(f, "groupings"),
    }),
    sources: t.field({
      type: [SourceFacet],
      resolve: async (f) => {
        const counts = await f.ctx.aggregates.get(["sources", f.limit, f.filter], () => sourceCounts(f.ctx.db, f.ctx.provider, f.filter, f.limit));
        return withItems(counts, await loadById(counts, (ids) => wholeRows(f.ctx, "Source", ids)));
      },
    }),
    kinds: t.field({
      type: [KindFacet],
      resolve: async (f) =>
        (await f.ctx.aggregates.get(["kinds", f.filter], () => kindCounts(f.ctx.db, f.ctx.provider, f.filter))) as { kind: "DIRECT" | "INDIRECT"; count: number }[],
    }),
  }),
});

async function loadById<T extends { id: number }>(counts: IdCount[], load: (ids: number[]) => Promise<T[]>): Promise<Map<number, T>> {
  const ids = [...new Set(counts.map((c) => c.id))];
  return new Map((ids.length === 0 ? [] : await load(ids)).map((row) => [row.id, row]));
}

function withItems<T>(counts: IdCount[], items: Map<number, T>): Counted<T>[] {
  return counts.flatMap((c) => {
    const item = items.get(c.id);
    return item ? [{ item, count: c.count }] : [];
  });
}

/** Every country and region by id (reference data): the map asks for a few hundred of them every time. */
function countriesAndRegions(ctx: ApiContext) {
  return ctx.aggregates.reference("countriesAndRegions", async () => {
    // Whole rows, as Prisma returns them, through the lean reader (lib/geography.ts says why).
    const places = (await fastFindWhere<PlaceRow>(ctx.db, ctx.provider, "Place", {}, sql`t0."kind" IN ('COUNTRY', 'REGION')`))!;
    return new Map(places.map((place) => [place.id, place]));
  });
}

async function countsByPlace(ctx: ApiContext, filter: ResolvedFilter) {
  const rollup = await ctx.aggregates.reference("placeRollup", () => loadPlaceRollup(ctx.db));
  return ctx.aggregates.get(["placeCounts", filter], () => placeCounts(ctx.db, ctx.provider, filter, rollup));
}
