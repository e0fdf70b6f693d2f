import { countries } from "./countries.ts";
import { regions } from "./regions.ts";
import type { Country, Region } from "./types.ts";


/** Case-, accent- and punctuation-insensitive key: "Côte d'Ivoire" and "cote divoire" meet. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const isTerritory = (c: Country) => !c.sovereign;

const countryIndex = new Map<string, Country>();
const add = <T>(index: Map<string, T>, key: string, value: T) => {
  if (key && !index.has(key)) index.set(key, value);
};
// Codes first so that "US" is the United States; names next; aliases and demonyms may not override them.
for (const c of countries) {
  add(countryIndex, c.iso2.toLowerCase(), c);
  add(countryIndex, c.iso3.toLowerCase(), c);
  if (c.m49) add(countryIndex, c.m49, c);
}
// Territories share demonyms with their states ("American" for US, AS, MP, UM): sovereign states win.
const byStanding = [...countries].sort((a, b) => Number(isTerritory(a)) - Number(isTerritory(b)));
for (const c of byStanding) add(countryIndex, normaliseName(c.name), c);
for (const c of byStanding) for (const alias of c.aliases) add(countryIndex, normaliseName(alias), c);
for (const c of byStanding) for (const demonym of c.demonyms) add(countryIndex, normaliseName(demonym), c);

/** A country by ISO alpha-2/alpha-3, M49 numeric code, name, alias or demonym; undefined when unknown. */
export function findCountry(codeOrName: string): Country | undefined {
  const raw = codeOrName.trim();
  if (/^\d{1,3}$/.test(raw)) return countryIndex.get(raw.padStart(3, "0"));
  return countryIndex.get(raw.toLowerCase()) ?? countryIndex.get(normaliseName(raw));
}

const regionIndex = new Map<string, Region>();
for (const r of regions) {
  add(regionIndex, r.key.toLowerCase(), r);
  if (r.m49) add(regionIndex, r.m49, r);
}
for (const r of regions) add(regionIndex, normaliseName(r.name), r);
for (const r of regions) for (const alias of r.aliases) add(regionIndex, normaliseName(alias), r);

/** A region by key ("m49:143", "group:middle-east"), M49 code ("143"), name or alias ("Central Asian"). */
export function findRegion(nameOrCode: string): Region | undefined {
  const raw = nameOrCode.trim();
  if (/^\d{1,3}$/.test(raw)) return regionIndex.get(raw.padStart(3, "0"));
  return regionIndex.get(raw.toLowerCase()) ?? regionIndex.get(normaliseName(raw));
}
