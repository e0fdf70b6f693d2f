// Loads the reference geography (@dictum/geo: countries, UN M49 regions, common groupings) into Place,
// PlaceAlias and RegionMember. Idempotent: skipped when the same data version is loaded; otherwise places are
// upserted by key (ingested rows that point at them keep their ids) and aliases and memberships are rewritten.
import { createHash } from "node:crypto";
import type { Db } from "../client.ts";
import type { PlaceKind } from "../generated/sqlite/enums.ts";
import { loadOnce } from "./load-once.ts";

/** A country as @dictum/geo exports it. */
export interface GeoCountry {
  /** The place key ("country:tj"); keys are spelled by @dictum/geo, the database stores them as given. */
  key: string;
  /** The capital's place key ("city:tj:dushanbe"), null without a capital. */
  capitalKey: string | null;
  iso2: string;
  iso3: string;
  /** Null for Kosovo, which has no M49 code. */
  m49: string | null;
  name: string;
  officialName?: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  /** Coordinates of the capital, when the data has them (the capital's Place gets them). */
  capitalLat?: number | null;
  capitalLon?: number | null;
  lat: number | null;
  lon: number | null;
  regionM49: string | null;
  subregionM49: string | null;
}

/** A UN M49 area (world, region, sub-region) or a common grouping ("Middle East"), as @dictum/geo exports it. */
export interface GeoRegion {
  key: string;
  m49: string | null;
  name: string;
  kind: "world" | "region" | "subregion" | "grouping";
  parentM49: string | null;
  members: string[];
  aliases?: string[];
}

export interface GeographyLoad {
  version: string;
  skipped: boolean;
  places: number;
  aliases: number;
  memberships: number;
}

interface PlaceRow {
  key: string;
  kind: PlaceKind;
  name: string;
  iso2: string | null;
  iso3: string | null;
  m49: string | null;
  lat: number | null;
  lon: number | null;
  parentKey: string | null;
  aliases: string[];
}

const DATASET = "geography";

export function geographyVersion(countries: readonly GeoCountry[], regions: readonly GeoRegion[]): string {
  return createHash("sha256").update(JSON.stringify([countries, regions])).digest("hex").slice(0, 16);
}

/** Place rows in insertion order: every parent comes before its children. */
export function geographyRows(countries: readonly GeoCountry[], regions: readonly GeoRegion[]): PlaceRow[] {
  const regionByM49 = new Map(regions.filter((r) => r.m49).map((r) => [r.m49!, r]));
  const depth = (region: GeoRegion, seen = new Set<GeoRegion>()): number => {
    const parent = region.parentM49 ? regionByM49.get(region.parentM49) : undefined;
    if (!parent || seen.has(region)) return 0;
    seen.add(region);
    return 1 + depth(parent, seen);
  };
  const parentKeyOf = (m49: string | null) => {
    const parent = m49 ? regionByM49.get(m49) : undefined;
    return parent ? parent.key : null;
  };
  const regionRows = [...regions]
    .sort((a, b) => depth(a) - depth(b))
    .map((region): PlaceRow => ({
      key: region.key, kind: region.kind === "world" ? "WORLD" : "REGION", name: region.name, iso2: null, iso3: null,
      m49: region.m49, lat: null, lon: null, parentKey: parentKeyOf(region.parentM49), aliases: unique(region.aliases ?? [], region.name),
    }));
  const countryRows = countries.map((country): PlaceRow => ({
    key: country.key, kind: "COUNTRY", name: country.name, iso2: country.iso2.toUpperCase(), iso3: country.iso3.toUpperCase(),
    m49: country.m49, lat: country.lat, lon: country.lon, parentKey: parentKeyOf(country.subregionM49 ?? country.regionM49),
    aliases: unique([...(country.officialName ? [country.officialName] : []), ...country.aliases, ...country.demonyms], country.name),
  }));
  const capitalRows = countries.flatMap((country): PlaceRow[] => {
    if (!country.capital || !country.capitalKey) return [];
    return [{
      key: country.capitalKey, kind: "CITY", name: country.capital, iso2: null, iso3: null, m49: null,
      lat: country.capitalLat ?? null, lon: country.capitalLon ?? null, parentKey: country.key, aliases: [],
    }];
  });
  return dedupeByKey([...regionRows, ...countryRows, ...capitalRows]);
}

/** Region key → iso2 of every country inside it at any depth: its listed members, countries whose M49 chain passes
 * through it, and the members of its descendant regions. */
export function regionMemberships(countries: readonly GeoCountry[], regions: readonly GeoRegion[]): Map<string, Set<string>> {
  const regionByM49 = new Map(regions.filter((r) => r.m49).map((r) => [r.m49!, r]));
  const members = new Map(regions.map((region) => [region.key, new Set(region.members.map((iso2) => iso2.toUpperCase()))]));
  const ancestors = (m49: string | null): GeoRegion[] => {
    const chain: GeoRegion[] = [];
    for (let region = m49 ? regionByM49.get(m49) : undefined; region && !chain.includes(region); region = region.parentM49 ? regionByM49.get(region.parentM49) : undefined) chain.push(region);
    return chain;
  };
  for (const country of countries) {
    for (const region of [...ancestors(country.subregionM49), ...ancestors(country.regionM49)]) members.get(region.key)!.add(country.iso2.toUpperCase());
  }
  for (const region of regions) {
    for (const ancestor of ancestors(region.parentM49)) for (const iso2 of members.get(region.key)!) members.get(ancestor.key)!.add(iso2);
  }
  return members;
}

export async function loadGeography(db: Db, countries: readonly GeoCountry[], regions: readonly GeoRegion[]): Promise<GeographyLoad> {
  const version = geographyVersion(countries, regions);
  const rows = geographyRows(countries, regions);
  const memberships = regionMemberships(countries, regions);
  const result = await loadOnce(db, DATASET, version, async (tx) => {
    const ids = new Map((await tx.place.findMany({ where: { key: { in: rows.map((r) => r.key) } }, select: { id: true, key: true } })).map((p) => [p.key, p.id]));
    // Parents precede children in `rows`, so each level can be inserted in one statement once its parents have ids.
    for (const level of levels(rows)) {
      const data = (row: PlaceRow) => ({ kind: row.kind, name: row.name, iso2: row.iso2, iso3: row.iso3, m49: row.m49, lat: row.lat, lon: row.lon, parentId: row.parentKey ? ids.get(row.parentKey) ?? null : null });
      const fresh = level.filter((row) => !ids.has(row.key));
      const created = await tx.place.createManyAndReturn({ data: fresh.map((row) => ({ key: row.key, ...data(row) })), select: { id: true, key: true } });
      for (const place of created) ids.set(place.key, place.id);
      for (const row of level.filter((r) => !fresh.includes(r))) await tx.place.update({ where: { key: row.key }, data: data(row) });
    }
    const placeIds = rows.map((row) => ids.get(row.key)!);
    await tx.placeAlias.deleteMany({ where: { placeId: { in: placeIds } } });
    const aliases = rows.flatMap((row) => row.aliases.map((alias) => ({ placeId: ids.get(row.key)!, alias })));
    await tx.placeAlias.createMany({ data: aliases });
    const regionIds = [...memberships.keys()].map((key) => ids.get(key)!);
    await tx.regionMember.deleteMany({ where: { regionId: { in: regionIds } } });
    const countryIdOf = new Map(countries.map((country) => [country.iso2.toUpperCase(), ids.get(country.key)]));
    const members = [...memberships].flatMap(([key, isos]) =>
      [...isos].flatMap((iso2) => { const countryId = countryIdOf.get(iso2); return countryId === undefined ? [] : [{ regionId: ids.get(key)!, countryId }]; }));
    await tx.regionMember.createMany({ data: members });
    return { version, skipped: false, places: rows.length, aliases: aliases.length, memberships: members.length };
  });
  return result === "skipped" ? { version, skipped: true, places: 0, aliases: 0, memberships: 0 } : result;
}

function levels(rows: PlaceRow[]): PlaceRow[][] {
  const depthOf = new Map<string, number>();
  for (const row of rows) depthOf.set(row.key, row.parentKey ? (depthOf.get(row.parentKey) ?? 0) + 1 : 0);
  const result: PlaceRow[][] = [];
  for (const row of rows) (result[depthOf.get(row.key)!] ??= []).push(row);
  return result.filter(Boolean);
}

function unique(names: string[], exclude: string): string[] {
  const seen = new Set([exclude.toLowerCase()]);
  return names.map((n) => n.trim()).filter((n) => n && !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

function dedupeByKey(rows: PlaceRow[]): PlaceRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.key) && seen.add(row.key));
}
