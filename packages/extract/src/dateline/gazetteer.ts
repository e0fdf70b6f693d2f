import { findCountry } from "@dictum/geo";
import aliases from "../lexicons/places-aliases.json" with { type: "json" };
import cities from "../lexicons/places-cities.json" with { type: "json" };
import { keyOf } from "../places/tokens.ts";

export interface CityRow { name: string; countryCode: string; lat: number; lon: number; population: number }
type Row = [string, string, number, number, number, string];

let byName: Map<string, CityRow[]> | null = null;

/** Cities by accent- and case-free name, most populous first; built on first use (24k rows, a few ms). */
function index(): Map<string, CityRow[]> {
  if (byName) return byName;
  byName = new Map();
  for (const [name, countryCode, lat, lon, population] of cities.rows as Row[]) {
    const key = keyOf(name);
    const list = byName.get(key) ?? [];
    list.push({ name, countryCode, lat, lon, population });
    byName.set(key, list);
  }
  return byName;
}

export function citiesNamed(name: string): CityRow[] {
  return index().get(keyOf(name)) ?? [];
}

/** Old names and metonyms ("PEKING" → Beijing), from the places lexicon. */
const renamed = new Map<string, { name: string; countryCode: string }>();
for (const place of aliases.places) {
  if (place.type !== "city") continue;
  for (const surface of place.names) renamed.set(keyOf(surface), { name: place.name, countryCode: place.countryCode });
}

export function renamedCity(name: string): { name: string; countryCode: string } | undefined {
  return renamed.get(keyOf(name));
}

/**
 * A city's coordinates by its canonical name, trying the gazetteer's longer forms ("New York City"); with
 * `countryFallback`, the country's centroid when the city is not in the gazetteer.
 */
export function coordinatesOf(name: string, countryCode: string | null, countryFallback = true): { lat: number; lon: number } | null {
  for (const form of [`${name}, D.C.`, `${name} City`, name]) {
    const row = citiesNamed(form).find((c) => !countryCode || c.countryCode === countryCode);
    if (row) return { lat: row.lat, lon: row.lon };
  }
  if (!countryCode || !countryFallback) return null;
  const country = findCountry(countryCode);
  return country ? { lat: country.lat, lon: country.lon } : null;
}
