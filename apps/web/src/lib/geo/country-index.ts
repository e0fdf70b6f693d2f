// Server-side: maps the world atlas's numeric country ids (ISO 3166-1 numeric, geo's M49 code) to the alpha-2 codes
// the API uses, so the browser never downloads the full country dataset.
import { countries } from "@dictum/geo";

export interface AtlasCountry { iso2: string; name: string }
export type CountryIndex = Record<string, AtlasCountry>;

let index: CountryIndex | undefined;

export function countryIndex(): CountryIndex {
  index ??= Object.fromEntries(
    countries.flatMap((country) => (country.m49 ? [[country.m49, { iso2: country.iso2, name: country.name }] as const] : [])),
  );
  return index;
}
