// Turns the region and country names a user types into the set of place ids whose statements match. A UN M49
// region stands for itself, the regions inside it, its member countries (RegionMember, at any depth) and the places
// inside those countries (cities, subnational areas). A grouping (NATO, G20, the EU) or a feature (the Black Sea)
// is not the sum of its members: it matches statements that name it, and its members only when asked to.
// Read through the lean reader (plain SQL, in id order): these run on a filter's first use, and through Prisma they
// were what loaded its query compiler (about 60 MB) into a process that otherwise serves reads without it.
import { sqlReader, type Db } from "@dictum/db";
import { badInput } from "../errors.ts";
import { join, sql } from "./sql.ts";

interface PlaceRow {
  id: number;
  kind: string;
  name: string;
  iso2: string | null;
  m49: string | null;
  key: string;
  parentId: number | null;
}

const normalise = (value: string) => value.normalize("NFKC").trim().toLowerCase();

/** Region ids for names ("Central Asia"), M49 codes ("143", "143.0" no) or keys ("group:middle-east"). */
export async function findRegionIds(db: Db, values: string[]): Promise<number[]> {
  const reader = sqlReader(db);
  const regions = await reader.query<PlaceRow>(sql`SELECT "id", "kind", "name", "iso2", "m49", "key", "parentId" FROM "Place" WHERE "kind" IN ('REGION', 'WORLD') ORDER BY "id"`);
  const aliases = await reader.query<{ placeId: number; alias: string }>(
    sql`SELECT "placeId", "alias" FROM "PlaceAlias" WHERE "placeId" IN (SELECT "id" FROM "Place" WHERE "kind" IN ('REGION', 'WORLD')) ORDER BY "id"`,
  );
  const byName = new Map<string, number>();
  for (const region of regions) {
    byName.set(normalise(region.name), region.id);
    byName.set(normalise(region.key), region.id);
    if (region.m49) byName.set(region.m49.replace(/^0+(?=\d)/, ""), region.id);
  }
  for (const alias of aliases) if (!byName.has(normalise(alias.alias))) byName.set(normalise(alias.alias), alias.placeId);
  return values.map((value) => {
    const key = /^\d+$/.test(value.trim()) ? value.trim().replace(/^0+(?=\d)/, "") : normalise(value);
    const id = byName.get(key);
    if (id === undefined) throw badInput(`Unknown region "${value}": use a UN M49 region name or code ("Central Asia", "143") or a grouping ("Middle East").`, { argument: "filter.regions" });
    return id;
  });
}

/** Country ids for ISO 3166-1 alpha-2 codes. */
export async function findCountryIds(db: Db, codes: string[]): Promise<number[]> {
  const bad = codes.find((code) => !/^[A-Za-z]{2}$/.test(code.trim()));
  if (bad !== undefined) throw badInput(`Invalid country code "${bad}": use ISO 3166-1 alpha-2 codes such as "TJ".`, { argument: "filter.countries" });
  const wanted = codes.map((code) => code.trim().toUpperCase());
  const rows = await sqlReader(db).query<{ id: number; iso2: string }>(sql`SELECT "id", "iso2" FROM "Place" WHERE "kind" = 'COUNTRY' AND "iso2" IN (${join(wanted)}) ORDER BY "id"`);
  const found = new Map(rows.map((row) => [row.iso2, row.id]));
  return wanted.map((code) => {
    const id = found.get(code);
    if (id === undefined) throw badInput(`Unknown country code "${code}".`, { argument: "filter.countries" });
    return id;
  });
}

/** Every place id a region filter matches: the regions, their sub-regions, member countries and places in them;
 * for a grouping, itself (and with `includeMembers` its member countries and the places in them too). */
export async function expandRegions(db: Db, regionIds: number[], options: { includeMembers?: boolean } = {}): Promise<number[]> {
  const reader = sqlReader(db);
  const geographic = regionIds.length === 0 ? [] : await reader.query<{ id: number }>(sql`SELECT "id" FROM "Place" WHERE "id" IN (${join(regionIds)}) AND ("m49" IS NOT NULL OR "kind" = 'WORLD') ORDER BY "id"`);
  const rollUp = options.includeMembers ? regionIds : geographic.map((p) => p.id);
  const ids = new Set(rollUp);
  // Sub-regions by the parent chain (Asia → Central Asia), a few levels at most.
  let frontier = [...ids];
  while (frontier.length > 0) {
    const children = await reader.query<{ id: number }>(sql`SELECT "id" FROM "Place" WHERE "parentId" IN (${join(frontier)}) AND "kind" = 'REGION' ORDER BY "id"`);
    frontier = children.map((c) => c.id).filter((id) => !ids.has(id));
    frontier.forEach((id) => ids.add(id));
  }
  const members = ids.size === 0 ? [] : await reader.query<{ countryId: number }>(sql`SELECT "countryId" FROM "RegionMember" WHERE "regionId" IN (${join([...ids])}) ORDER BY "regionId", "countryId"`);
  return [...new Set([...regionIds, ...ids, ...(await expandCountries(db, members.map((m) => m.countryId)))])];
}

/** The countries and every place inside them (cities, subnational areas), by the parent chain. */
export async function expandCountries(db: Db, countryIds: number[]): Promise<number[]> {
  const ids = new Set(countryIds);
  let frontier = [...ids];
  while (frontier.length > 0) {
    const children = await sqlReader(db).query<{ id: number }>(sql`SELECT "id" FROM "Place" WHERE "parentId" IN (${join(frontier)}) AND "kind" IN ('SUBNATIONAL', 'CITY') ORDER BY "id"`);
    frontier = children.map((c) => c.id).filter((id) => !ids.has(id));
    frontier.forEach((id) => ids.add(id));
  }
  return [...ids];
}
