// Server-side: maps the world atlas's numeric country ids (ISO 3166-1 numeric) to the alpha-2 codes the API uses,
// so the browser never downloads the full country dataset.
import countries from "world-countries";

export interface AtlasCountry { iso2: string; name: string }
export type CountryIndex = Record<string, AtlasCountry>;

let index: CountryIndex | undefined;

export function countryIndex(): CountryIndex {
  index ??= Object.fromEntries(
    countries
      .filter((country) => country.ccn3)
      .map((country) => [country.ccn3, { iso2: country.cca2, name: country.name.common }]),
  );
  return index;
}
