// Country places by ISO alpha-2 code, for fields that hold a code (a target's country, the relations' ends).
// Countries are reference data, so the map is kept for the process; a code it lacks (a country ingest created
// after start, or a code no country has, as "EU" for a speaker of the European Union) is looked up once per data
// version, with the aggregates: looking it up on every request cost the relations view a scan of the places.
// Whole rows, as Prisma returns them, through the lean reader (lib/geography.ts says why).
import type { ApiContext } from "../context.ts";
import { fastFindWhere } from "./fast-find.ts";
import { join, sql } from "./sql.ts";

export type PlaceRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["place"]["findUnique"]>>>;

const countries = (ctx: ApiContext, where: ReturnType<typeof sql>) => fastFindWhere<PlaceRow>(ctx.db, ctx.provider, "Place", {}, sql`t0."kind" = 'COUNTRY' AND ${where}`).then((rows) => rows!);

export async function countriesByCode(ctx: ApiContext, codes: string[]): Promise<Map<string, PlaceRow>> {
  const all = await ctx.aggregates.reference("countriesByCode", async () => {
    const places = await countries(ctx, sql`t0."iso2" IS NOT NULL`);
    return new Map(places.map((place) => [place.iso2!, place]));
  });
  const missing = codes.filter((code) => !all.has(code));
  if (missing.length === 0) return all;
  const found = await ctx.aggregates.get(["countriesByCode", [...missing].sort()], () => countries(ctx, sql`t0."iso2" IN (${join(missing)})`));
  return new Map([...all, ...found.map((place) => [place.iso2!, place] as const)]);
}
