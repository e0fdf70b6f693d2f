// Statements per country and per region. Counting distinct statements per region in SQL means a DISTINCT over
// (statement, region) pairs, millions of them (18 s on SQLite for a million statements). Statements share few
// distinct sets of places, though: SQL counts the statements per set (Statement.placesKey, or the counts per set
// the database keeps, see count-tables.ts), and the roll-up of each set to its countries and regions happens
// here, exactly, on a few thousand sets.
import { sqlReader, type Db, type Provider } from "@dictum/db";
import type { IdCount } from "./aggregates.ts";
import { sql } from "./sql.ts";
import { byPlacesOnly, countsByPlacesKey, placeIds } from "./count-tables.ts";
import type { ResolvedFilter } from "./statement-filter.ts";
import { visibleCounts } from "./visible.ts";

export interface PlaceCountResult {
  countries: IdCount[];
  /** UN M49 regions: a statement about a country counts for each region the country is in. */
  regions: IdCount[];
  /** Groupings (NATO, the EU) and features (the Black Sea): only statements that name them. */
  groupings: IdCount[];
}

/** Which country and which regions each place counts for, by the same rules as the regions/countries filters. */
export interface PlaceRollup {
  countryOf: Map<number, number>;
  regionsOf: Map<number, number[]>;
  kindOf: Map<number, string>;
  /** Regions that are UN M49 areas; every other region is a grouping or a feature. */
  geographic: Set<number>;
}

export async function loadPlaceRollup(db: Db): Promise<PlaceRollup> {
  // Through the lean reader, as geography.ts: no Prisma query compiler for a read-only process's reference data.
  const reader = sqlReader(db);
  const places = await reader.query<{ id: number; kind: string; parentId: number | null; m49: string | null }>(sql`SELECT "id", "kind", "parentId", "m49" FROM "Place" ORDER BY "id"`);
  const byId = new Map(places.map((p) => [p.id, p]));
  const geographic = new Set(places.filter((p) => p.kind === "WORLD" || (p.kind === "REGION" && p.m49 !== null)).map((p) => p.id));
  // Countries roll up to the M49 areas they are in, not to every grouping or sea they belong to.
  const members = (await reader.query<{ regionId: number; countryId: number }>(sql`SELECT "regionId", "countryId" FROM "RegionMember" ORDER BY "regionId", "countryId"`)).filter((m) => geographic.has(m.regionId));
  const regionsOfCountry = new Map<number, number[]>();
  for (const m of members) regionsOfCountry.set(m.countryId, [...(regionsOfCountry.get(m.countryId) ?? []), m.regionId]);

  const countryOf = new Map<number, number>();
  const regionsOf = new Map<number, number[]>();
  for (const place of places) {
    if (place.kind === "REGION" || place.kind === "WORLD") {
      // A region place counts for itself and every region above it (Central Asia → Asia).
      const chain: number[] = [];
      for (let p: typeof place | undefined = place; p && (p.kind === "REGION" || p.kind === "WORLD"); p = p.parentId ? byId.get(p.parentId) : undefined) chain.push(p.id);
      regionsOf.set(place.id, chain);
      continue;
    }
    // A country, or a city/subnational area inside one: its country, and that country's regions.
    let p: typeof place | undefined = place;
    while (p && p.kind !== "COUNTRY") p = p.parentId ? byId.get(p.parentId) : undefined;
    if (!p) continue;
    countryOf.set(place.id, p.id);
    regionsOf.set(place.id, regionsOfCountry.get(p.id) ?? []);
  }
  return { countryOf, regionsOf, kindOf: new Map(places.map((p) => [p.id, p.kind])), geographic };
}

export async function placeCounts(db: Db, provider: Provider, filter: ResolvedFilter, rollup: PlaceRollup): Promise<PlaceCountResult> {
  const rows = byPlacesOnly(filter)
    ? await countsByPlacesKey(db, provider, filter)
    : (await sqlReader(db).query<{ places: string; n: unknown }>(visibleCounts(provider, filter, ["places"], (from, where) => sql`SELECT s."placesKey" AS "places", COUNT(*) AS "n"
        FROM ${from.statements} WHERE ${where} GROUP BY s."placesKey"`))).map((row) => ({ places: row.places, n: Number(row.n) }));
  const countries = new Map<number, number>();
  const regions = new Map<number, number>();
  const groupings = new Map<number, number>();
  for (const { places, n } of rows) {
    const ids = placeIds(places);
    for (const id of new Set(ids.flatMap((p) => (rollup.countryOf.has(p) ? [rollup.countryOf.get(p)!] : [])))) countries.set(id, (countries.get(id) ?? 0) + n);
    for (const id of new Set(ids.flatMap((p) => rollup.regionsOf.get(p) ?? []))) {
      if (rollup.kindOf.get(id) !== "REGION") continue;
      const counts = rollup.geographic.has(id) ? regions : groupings;
      counts.set(id, (counts.get(id) ?? 0) + n);
    }
  }
  const sorted = (counts: Map<number, number>) => [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id - b.id);
  return { countries: sorted(countries), regions: sorted(regions), groupings: sorted(groupings) };
}
