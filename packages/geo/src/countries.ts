import worldCountries from "world-countries";
import extra from "./data/country-extra.json" with { type: "json" };
import m49 from "./data/m49.json" with { type: "json" };
import type { Country } from "./types.ts";

export interface Extra { aliases?: string[]; demonyms?: string[]; nations?: string[]; words?: string[] }
export const extras = extra as unknown as Record<string, Extra | undefined>;
/** Native-language spellings in altSpellings that are English words or not English names ("Island" for Iceland). */
const notAliases = new Set(extra._notAliases);

/** Country → most specific M49 area, from the member lists of m49.json. */
const areaOf = new Map<string, string>();
const parentOf = new Map<string, string | null>();
for (const area of m49.areas) {
  parentOf.set(area.m49, area.parent);
  for (const member of (area as { members?: string[] }).members ?? []) areaOf.set(member, area.m49);
}

function continentOf(code: string | null): string | null {
  let current = code;
  while (current) {
    const parent = parentOf.get(current) ?? null;
    if (parent === "001") return current;
    current = parent;
  }
  return null;
}

/** States outside UN membership that the gold guide and most news treat as countries. */
const NON_MEMBER_STATES = new Set(["XK", "PS", "TW", "VA"]);

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\s'’.-]+$/u;
/** altSpellings mixes codes and native-script names; keep English-usable Latin names longer than a code. */
const usable = (s: string, native: Set<string>) => LATIN.test(s) && s.length > 3 && !s.includes(",") && !native.has(s) && !notAliases.has(s);

function unique(values: string[], exclude: string): string[] {
  return [...new Set(values.filter((v) => v && v !== exclude))];
}

export const countries: Country[] = worldCountries.map((c) => {
  const more = extras[c.cca2] ?? {};
  const demonym = c.demonyms?.eng;
  const subregion = areaOf.get(c.cca2) ?? null;
  const native = new Set(Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]));
  return {
    iso2: c.cca2,
    iso3: c.cca3,
    m49: c.ccn3 || null,
    name: c.name.common,
    officialName: c.name.official,
    aliases: unique([c.name.official, ...c.altSpellings.filter((s) => usable(s, native)), ...(more.aliases ?? [])], c.name.common),
    demonyms: unique([demonym?.m ?? "", demonym?.f ?? "", ...(more.demonyms ?? []), ...(more.nations ?? [])], ""),
    capital: c.capital[0] ?? null,
    lat: c.latlng[0] ?? 0,
    lon: c.latlng[1] ?? 0,
    areaKm2: c.area,
    sovereign: c.unMember || NON_MEMBER_STATES.has(c.cca2),
    regionM49: continentOf(subregion),
    subregionM49: subregion,
  };
});
