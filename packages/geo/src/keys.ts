// Place keys, the one spelling every package uses: "country:tj", "city:tj:dushanbe", "subnational:us:texas",
// "m49:143", "group:middle-east". The database stores them as given; ingest and the reference data build them here.

/** Accent- and case-free, dash-separated: "Nizhny Novgorod" → "nizhny-novgorod". */
export function placeSlug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export const countryKey = (iso2: string) => `country:${iso2.toLowerCase()}`;
export const cityKey = (iso2: string, name: string) => `city:${iso2.toLowerCase()}:${placeSlug(name)}`;
export const subnationalKey = (iso2: string, name: string) => `subnational:${iso2.toLowerCase()}:${placeSlug(name)}`;
/** An M49 area by its 3-digit code ("m49:143"), or a named grouping without one ("group:middle-east"). */
export const m49Key = (m49: string) => `m49:${m49}`;
export const groupKey = (name: string) => `group:${placeSlug(name)}`;
