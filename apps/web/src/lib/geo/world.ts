// The world map's shapes, computed once in the browser from the bundled Natural Earth 1:110m atlas (no tiles, no
// network): country outlines projected to a fixed 960×500 frame, which SVG then scales to any width.
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoProjection } from "d3-geo";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;

export interface CountryShape { id: string; atlasName: string; d: string }

interface World {
  projection: GeoProjection;
  countries: CountryShape[];
  sphere: string;
  graticule: string;
  outline: (ids: Set<string>) => string;
}

let cached: World | undefined;

export function getWorld(): World {
  if (cached) return cached;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoNaturalEarth1().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "Sphere" });
  const path = geoPath(projection);
  const countries = collection.features
    .filter((country) => country.id !== undefined)
    .map((country) => ({ id: String(country.id), atlasName: country.properties.name, d: path(country) ?? "" }));
  const outline = (ids: Set<string>) => {
    const members = topology.objects.countries.geometries.filter((geometry) => ids.has(String(geometry.id)));
    return members.length ? path(merge(topology, members as Parameters<typeof merge>[1])) ?? "" : "";
  };
  cached = { projection, countries, sphere: path({ type: "Sphere" }) ?? "", graticule: path(geoGraticule10()) ?? "", outline };
  return cached;
}

/** Seven blues from faint to deep; a country's shade is its count on a log scale against the busiest country. */
const SHADES = ["#dbe9f6", "#bad6eb", "#89bedc", "#539ecd", "#2b7bba", "#08519c", "#08306b"];

export function shade(count: number, max: number): string {
  if (count <= 0 || max <= 0) return "var(--map-empty)";
  const ratio = Math.log1p(count) / Math.log1p(max);
  return SHADES[Math.min(SHADES.length - 1, Math.floor(ratio * (SHADES.length - 1) + 0.0001))]!;
}

export const LEGEND_SHADES = SHADES;
