// Country places by ISO alpha-2 code, for fields that hold a code (a target's country, the relations' ends).
// Countries are reference data, so the map is kept for the process; a code it lacks (a country ingest created
// after start, or a code no country has, as "EU" for a speaker of the European Union) is looked up once per data
// version, with the aggregates: looking it up on every request cost the relations view a scan of the places.
import type { ApiContext } from "../context.ts";

type PlaceRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["place"]["findUnique"]>>>;

export async function countriesByCode(ctx: ApiContext, codes: string[]): Promise<Map<string, PlaceRow>> {
  const all = await ctx.aggregates.reference("countriesByCode", async () => {
    const places = await ctx.db.place.findMany({ where: { kind: "COUNTRY", iso2: { not: null } } });
    return new Map(places.map((place) => [place.iso2!, place]));
  });
  const missing = codes.filter((code) => !all.has(code));
  if (missing.length === 0) return all;
  const found = await ctx.aggregates.get(["countriesByCode", [...missing].sort()], () => ctx.db.place.findMany({ where: { kind: "COUNTRY", iso2: { in: missing } } }));
  return new Map([...all, ...found.map((place) => [place.iso2!, place] as const)]);
}
