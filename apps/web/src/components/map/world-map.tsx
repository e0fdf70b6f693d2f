"use client";
// Countries shaded by how many statements concern them, the selected region outlined, dateline markers where
// statements were made. Hover or focus shows the count; click (or Enter) filters by the country.
import { useRouter } from "next/navigation";
import { useMemo, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { CountryIndex } from "@/lib/geo/country-index";
import { getWorld, LEGEND_SHADES, MAP_HEIGHT, MAP_WIDTH, shade } from "@/lib/geo/world";
import { formatCount, plural } from "@/lib/format";
import { toggleValue, toHref, type ViewState } from "@/lib/filters";

export interface MapCount { code: string; name: string; count: number }
export interface MapMarker { name: string; lat: number; lon: number; count: number }

interface Props {
  counts: MapCount[];
  markers: MapMarker[];
  index: CountryIndex;
  /** Country codes currently in the filter (drawn with a dark outline). */
  selected: string[];
  /** Country codes of the regions in the filter: drawn as one outline around them all. */
  outlined: string[];
  /** With a view, a click toggles the country in its filter; without, it opens the country's page. */
  state?: ViewState;
  /** The list filter a click toggles: countries (about), saidIn or speakerCountries. */
  field?: "countries" | "saidIn" | "speakerCountries";
  compact?: boolean;
  label: string;
}

const noSubscription = () => () => {};

export function WorldMap({ counts, markers, index, selected, outlined, state, field = "countries", compact = false, label }: Props) {
  const router = useRouter();
  // The shapes are drawn in the browser only: on the server they would add ~250 KB of path data to every page.
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const world = inBrowser ? getWorld() : null;
  const [hover, setHover] = useState<{ name: string; count: number; x: number; y: number } | null>(null);

  const byCode = useMemo(() => new Map(counts.map((count) => [count.code.toUpperCase(), count])), [counts]);
  const max = Math.max(0, ...counts.map((count) => count.count));
  const regionOutline = useMemo(() => {
    if (!world || outlined.length === 0) return "";
    const wanted = new Set(outlined.map((code) => code.toUpperCase()));
    return world.outline(new Set(Object.entries(index).filter(([, country]) => wanted.has(country.iso2)).map(([id]) => id)));
  }, [outlined, index, world]);

  const go = (code: string) =>
    router.push(state ? toHref(toggleValue(state, field, code)) : `/places/${encodeURIComponent(code)}`, { scroll: false });
  const onKey = (event: KeyboardEvent, code: string) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      go(code);
    }
  };
  const peak = markers.reduce((most, marker) => Math.max(most, marker.count), 1);

  return (
    <figure className={compact ? "world-map compact" : "world-map"} data-testid="world-map" onMouseLeave={() => setHover(null)}>
      <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="group" aria-label={label} aria-busy={!world}>
        {world ? <path d={world.sphere} className="sphere" /> : null}
        {world ? <path d={world.graticule} className="graticule" /> : null}
        {world?.countries.map((shape) => {
          const atlas = index[shape.id];
          const code = atlas?.iso2;
          const entry = code ? byCode.get(code) : undefined;
          const count = entry?.count ?? 0;
          const name = entry?.name ?? atlas?.name ?? shape.atlasName;
          const interactive = code !== undefined && count > 0;
          const isSelected = code !== undefined && selected.includes(code);
          return (
            <path
              key={shape.id}
              d={shape.d}
              className={`country${interactive ? " has-data" : ""}${isSelected ? " selected" : ""}`}
              fill={shade(count, max)}
              data-code={code}
              data-count={count}
              tabIndex={interactive ? 0 : undefined}
              role={interactive ? "button" : undefined}
              aria-pressed={interactive ? isSelected : undefined}
              aria-label={interactive ? `${name}: ${plural(count, "statement")}` : undefined}
              onMouseMove={(event) => {
                const box = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
                setHover({ name, count, x: event.clientX - box.left, y: event.clientY - box.top });
              }}
              onFocus={(event) => {
                const svg = event.currentTarget.ownerSVGElement!.getBoundingClientRect();
                const box = event.currentTarget.getBoundingClientRect();
                setHover({ name, count, x: box.left - svg.left + box.width / 2, y: box.top - svg.top });
              }}
              onBlur={() => setHover(null)}
              onClick={interactive ? () => go(code) : undefined}
              onKeyDown={interactive ? (event) => onKey(event, code) : undefined}
            />
          );
        })}
        {regionOutline ? <path d={regionOutline} className="region-outline" data-testid="region-outline" /> : null}
        {markers.map((marker) => {
          const point = world?.projection([marker.lon, marker.lat]);
          if (!point) return null;
          const radius = (compact ? 2.5 : 3.5) + 4 * Math.sqrt(marker.count / peak);
          return (
            <circle key={`${marker.name}-${marker.lat}-${marker.lon}`} className="dateline-marker" data-testid="dateline-marker" cx={point[0]} cy={point[1]} r={radius}>
              <title>{`${marker.name} (dateline): ${plural(marker.count, "statement")}`}</title>
            </circle>
          );
        })}
      </svg>
      {hover ? (
        <div className="map-tooltip" role="status" style={{ left: hover.x, top: hover.y }}>
          <strong>{hover.name}</strong> {plural(hover.count, "statement")}
        </div>
      ) : null}
      {compact ? null : (
        <figcaption className="map-legend">
          <span>Statements per country</span>
          <span className="legend-scale" aria-hidden="true">
            {LEGEND_SHADES.map((color) => <i key={color} style={{ background: color }} />)}
          </span>
          <span className="muted">1 – {formatCount(max)}</span>
          {markers.length ? <span><i className="legend-dot" aria-hidden="true" /> dateline</span> : null}
        </figcaption>
      )}
    </figure>
  );
}
