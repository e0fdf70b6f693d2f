// The reference data a database is migrated with: the geography from @dictum/geo and the shipped topic taxonomy
// from @dictum/extract (which seeds the database's; users edit that one with `dictum topics import`). Assembled here, where both are
// already dependencies, so packages/db only stores what it is given.
// Capitals carry the coordinates a dateline naming them would get, set once at load time rather than by whichever
// article happens to be ingested first.
import type { ReferenceData } from "@dictum/db";
import { capitalCoordinates } from "@dictum/extract/dateline";
import { shippedTaxonomy } from "@dictum/extract/topics";
import { cityKey, countries, countryKey, regions } from "@dictum/geo";

let cached: ReferenceData | undefined;

export function referenceData(): ReferenceData {
  cached ??= {
    geography: {
      countries: countries.map((country) => {
        const where = country.capital ? capitalCoordinates(country.capital, country.iso2) : null;
        return {
          ...country, key: countryKey(country.iso2), capitalKey: country.capital ? cityKey(country.iso2, country.capital) : null,
          capitalLat: where?.lat ?? null, capitalLon: where?.lon ?? null,
        };
      }),
      regions,
    },
    taxonomy: shippedTaxonomy,
  };
  return cached;
}
