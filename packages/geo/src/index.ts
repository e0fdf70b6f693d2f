export { countries } from "./countries.ts";
export { regions } from "./regions.ts";
export { findCountry, findRegion, normaliseName } from "./find.ts";
export type { Country, Region, RegionKind } from "./types.ts";
export { placeSlug, countryKey, cityKey, subnationalKey, m49Key, groupKey } from "./keys.ts";
export { countryWords, countryWordIndex, type CountryWord, type CountryWordKind } from "./words.ts";
