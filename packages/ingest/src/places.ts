// Maps the extractor's place, region and dateline references to Place rows. Countries and M49 regions come from
// the reference geography (packages/db); cities, sub-national regions and named groupings the geography lacks
// are created on first use, parented to their country.
import type { Dateline, ExtractedStatement, PlaceRef, RegionRef } from "@dictum/extract";
import type { Prisma } from "@dictum/db";
import { cityKey, countryKey, groupKey, m49Key, subnationalKey } from "@dictum/geo";
import { countryOfWord } from "./speakers/country-words.ts";
import { foldText } from "./text-key.ts";

type Tx = Prisma.TransactionClient;
export type PlaceKindName = "REGION" | "COUNTRY" | "SUBNATIONAL" | "CITY";

/** A place a batch refers to, with what is needed to create it if the database lacks it. */
export interface PlaceNeed {
  key: string;
  kind: PlaceKindName;
  name: string;
  iso2: string | null;
  m49: string | null;
  lat: number | null;
  lon: number | null;
  parentKey: string | null;
}

function countryNeed(code: string, name: string = code.toUpperCase()): PlaceNeed {
  return { key: countryKey(code), kind: "COUNTRY", name, iso2: code.toUpperCase(), m49: null, lat: null, lon: null, parentKey: null };
}

/** The places one extracted place reference stands for: a country, or a city/sub-national region and its country. */
export function placeNeeds(ref: PlaceRef): PlaceNeed[] {
  const code = ref.countryCode?.toLowerCase() ?? null;
  if (!code || !/^[a-z]{2}$/.test(code)) return [];
  if (ref.type === "country" || countryOfWord(foldText(ref.name))?.toLowerCase() === code) return [countryNeed(code, ref.name)];
  if (ref.type === "region") return [countryNeed(code)];
  const kind = ref.type === "city" ? "CITY" : "SUBNATIONAL";
  const own: PlaceNeed = { key: (ref.type === "city" ? cityKey : subnationalKey)(code, ref.name), kind, name: ref.name, iso2: null, m49: null, lat: null, lon: null, parentKey: countryKey(code) };
  return [own, countryNeed(code)];
}

export function regionNeed(ref: RegionRef): PlaceNeed {
  const m49 = ref.m49 && /^\d{1,3}$/.test(ref.m49) ? ref.m49.padStart(3, "0") : null;
  const key = m49 ? m49Key(m49) : groupKey(ref.name);
  return { key, kind: "REGION", name: ref.name, iso2: null, m49, lat: null, lon: null, parentKey: null };
}

/** The dateline city (or the country, when the dateline names one: "BAHRAIN, Oct 19"). */
export function datelineNeeds(dateline: Dateline): PlaceNeed[] {
  const code = dateline.countryCode?.toLowerCase() ?? null;
  if (!code || !/^[a-z]{2}$/.test(code)) return [];
  if (countryOfWord(foldText(dateline.name))?.toLowerCase() === code) return [countryNeed(code, dateline.name)];
  return [
    { key: cityKey(code, dateline.name), kind: "CITY", name: dateline.name, iso2: null, m49: null, lat: dateline.lat, lon: dateline.lon, parentKey: countryKey(code) },
    countryNeed(code),
  ];
}

/** Every place a statement links to as MENTIONED, each once. */
export function statementPlaceNeeds(statement: ExtractedStatement): PlaceNeed[] {
  const needs = [...statement.places.flatMap(placeNeeds), ...statement.regions.map(regionNeed)];
  return [...new Map(needs.map((need) => [need.key, need])).values()];
}

/** Place ids by key, remembered for the run. Entries created inside a transaction are kept only after it commits. */
export class PlaceCache {
  private readonly ids = new Map<string, number>();

  get(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** Looks up (and creates, if needed) every place in `needs` inside `tx`; returns the ids to remember on commit. */
  async resolve(tx: Tx, needs: Map<string, PlaceNeed>): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    const missing = [...needs.keys()].filter((key) => !this.ids.has(key));
    if (missing.length === 0) return found;
    // Existing places are read, never rewritten: reference data (capitals' coordinates included) is the reference
    // loader's, so it cannot depend on which article was ingested first.
    for (const row of await tx.place.findMany({ where: { key: { in: missing } }, select: { id: true, key: true } })) found.set(row.key, row.id);
    const idOf = (key: string) => this.ids.get(key) ?? found.get(key);
    // Parents first: countries and regions, then the cities and sub-national regions inside them.
    for (const level of [[null], ["any"]] as const) {
      const create = missing
        .map((key) => needs.get(key)!)
        .filter((need) => idOf(need.key) === undefined && (level[0] === null ? need.parentKey === null : need.parentKey !== null));
      if (create.length === 0) continue;
      const rows = await tx.place.createManyAndReturn({
        data: create.map((need) => ({
          key: need.key, kind: need.kind, name: need.name, iso2: need.iso2, m49: need.m49, lat: need.lat, lon: need.lon,
          parentId: need.parentKey ? idOf(need.parentKey) ?? null : null,
        })),
        select: { id: true, key: true },
      });
      for (const row of rows) found.set(row.key, row.id);
    }
    return found;
  }

  remember(entries: Map<string, number>): void {
    for (const [key, id] of entries) this.ids.set(key, id);
  }

  clear(): void {
    this.ids.clear();
  }
}
