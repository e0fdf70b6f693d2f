export interface Country {
  /** ISO 3166-1 alpha-2 ("AF"); "XK" for Kosovo. */
  iso2: string;
  iso3: string;
  /** UN M49 / ISO 3166-1 numeric, 3 digits ("004"); null for Kosovo, which has none. */
  m49: string | null;
  /** Common English name ("Afghanistan"). */
  name: string;
  officialName: string;
  /** Other English names and short forms ("UK", "Britain"), without the name itself. */
  aliases: string[];
  /** English demonyms and adjectives ("Afghan"). */
  demonyms: string[];
  capital: string | null;
  lat: number;
  lon: number;
  /** Land area in km², to rank countries that share a demonym ("Congolese"). */
  areaKm2: number;
  /** UN member or a non-member state (Kosovo, Palestine, Taiwan, Vatican); false for dependent territories. */
  sovereign: boolean;
  /** M49 region (continent) code: "142" for Asia. */
  regionM49: string | null;
  /** Most specific M49 area below the region: "034" Southern Asia; for Kenya "014" Eastern Africa (whose parent is 202). */
  subregionM49: string | null;
}

export type RegionKind = "world" | "region" | "subregion" | "grouping";

export interface Region {
  /** "m49:143" for M49 areas, "group:middle-east" for groupings. */
  key: string;
  m49: string | null;
  name: string;
  kind: RegionKind;
  /** Parent M49 area; null for the world and for groupings. */
  parentM49: string | null;
  /** ISO alpha-2 of every member country at any depth, sorted. */
  members: string[];
  /** Other names and adjectives ("Central Asian", "Mideast"). */
  aliases: string[];
}
