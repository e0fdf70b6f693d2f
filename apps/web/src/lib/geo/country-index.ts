// Server-side: maps the world atlas's numeric country ids (ISO 3166-1 numeric) to the alpha-2 codes the API uses,
// with the UN sub-region and region of each, so the browser never downloads the full country dataset.
import countries from "world-countries";

export interface AtlasCountry { iso2: string; name: string; subregion: string; region: string }
export type CountryIndex = Record<string, AtlasCountry>;

let index: CountryIndex | undefined;

export function countryIndex(): CountryIndex {
  index ??= Object.fromEntries(
    countries
      .filter((country) => country.ccn3)
      .map((country) => [country.ccn3, { iso2: country.cca2, name: country.name.common, subregion: country.subregion, region: country.region }]),
  );
  return index;
}
