// Home: the timeline of statements beside the world map, both narrowed by the filters in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActiveFilters } from "@/components/filters/active-filters";
import { FilterPanel, type FacetOption } from "@/components/filters/filter-panel";
import { LiveUpdates } from "@/components/live/live-updates";
import { SaveView } from "@/components/saved/save-view";
import { WorldMap } from "@/components/map/world-map";
import { FIRST_PAGE_SIZE, STATEMENT_PAGE } from "@/components/statements/documents";
import { StatementList } from "@/components/statements/statement-list";
import { Histogram } from "@/components/timeline/histogram";
import { HistogramSkeleton } from "@/components/timeline/histogram-skeleton";
import { listGate } from "@/lib/apollo/list-gate";
import { PreloadQuery } from "@/lib/apollo/rsc-client";
import { apiOrder, isEmptyFilter, mapField, parseViewState, toApiFilter, toHref, withFilter, withMapMode, type ListField, type MapMode, type Order, type ViewState } from "@/lib/filters";
import { plural } from "@/lib/format";
import { countryIndex } from "@/lib/geo/country-index";
import { loadOverviewAfterList, type FilterProblem, type LoadedOverview } from "@/lib/overview/load-overview";
import { regionMemberCodes } from "@/lib/overview/region-members";
import { STANCE_LABELS, STANCES } from "@/lib/stance";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The tab title names the view, so several open tabs (and bookmarks) can be told apart. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filter } = parseViewState(await searchParams);
  const parts = [...(filter.regions ?? []), ...(filter.countries ?? []), ...(filter.topics ?? []), ...(filter.sources ?? [])];
  if (filter.search) parts.push(`“${filter.search}”`);
  if (filter.from || filter.to) parts.push(`${filter.from ?? "…"} – ${filter.to ?? "…"}`);
  return { title: parts.length ? `Statements: ${parts.join(", ")}` : "Statements" };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const state = parseViewState(await searchParams);
  // The statements first: the counts beside and above them are asked for once the list has its answer.
  const overview = loadOverviewAfterList(state.filter, state.view === "map" ? null : listGate().settled);
  const emptyHint = isEmptyFilter(state.filter)
    ? "Nothing has been ingested yet. Add articles with “npx dictum ingest <files or folders>” or the ingestArticle mutation (see GraphiQL), then reload."
    : "Remove a filter above or widen the date range to see more.";
  return (
    <div className="workspace">
      <aside className="sidebar" aria-label="Filters">
        <Suspense fallback={<div className="skeleton panel" />}>
          <Filters state={state} overview={overview} />
        </Suspense>
      </aside>
      <section className="results" aria-label="Statements">
        <Toolbar state={state} overview={overview} />
        <Suspense fallback={<ActiveFilters state={state} labels={{}} />}>
          <FilterNotes state={state} overview={overview} />
        </Suspense>
        <Suspense fallback={<HistogramSkeleton />}>
          <HistogramSection state={state} overview={overview} />
        </Suspense>
        <div className={`split view-${state.view}`}>
          {state.view === "map" ? null : (
            <div className="list-column">
              <Suspense fallback={<div className="skeleton list" aria-label="Loading statements" />}>
                <PreloadQuery
                  query={STATEMENT_PAGE}
                  errorPolicy="all"
                  variables={{ filter: toApiFilter(state.filter), orderBy: apiOrder(state.order), first: FIRST_PAGE_SIZE }}
                >
                  {(queryRef) => <StatementList queryRef={queryRef} emptyHint={emptyHint} />}
                </PreloadQuery>
              </Suspense>
            </div>
          )}
          {state.view === "timeline" ? null : (
            <div className="map-column">
              <Suspense fallback={<div className="skeleton map" />}>
                <MapSection state={state} overview={overview} />
              </Suspense>
            </div>
          )}
        </div>
      </section>
    </div>
  );
}

type Section = { state: ViewState; overview: Promise<LoadedOverview | FilterProblem> };

const orders: [Order, string][] = [["newest", "Newest first"], ["oldest", "Oldest first"], ["relevance", "Most relevant"]];

function option(value: string, label: string, count: number): FacetOption {
  return { value, label, count };
}

const noFacets: Record<ListField, FacetOption[]> = { regions: [], countries: [], speakers: [], topics: [], sources: [], speakerCountries: [], saidIn: [], stances: [], targetCountries: [] };

async function Filters({ state, overview }: Section) {
  const loaded = await overview;
  // With a refused filter there are no counts, but the panel still lists (and can uncheck) what is chosen.
  if ("problem" in loaded) return <FilterPanel state={state} facets={noFacets} />;
  const { facets, placeCounts } = loaded;
  const options: Record<ListField, FacetOption[]> = {
    regions: placeCounts.regions.map((region) => option(region.place.name, region.place.name, region.count)),
    countries: facets.countries,
    speakers: facets.speakers,
    topics: facets.topics,
    sources: facets.sources,
    speakerCountries: facets.speakerCountries,
    saidIn: [],
    stances: facets.stances,
    targetCountries: facets.targetCountries,
  };
  return <FilterPanel state={state} facets={options} />;
}

/**
 * Order, view, live updates and export depend only on the address, so they are in the first bytes; only the total
 * waits for the counts, in a slot of its own, so nothing below moves when it arrives.
 */
function Toolbar({ state, overview }: Section) {
  const exportQuery = new URLSearchParams(toHref(state).split("?")[1] ?? "");
  exportQuery.delete("view");
  // Streamed by the API (GET /export/…), through the dashboard's own origin (app/export/[file]/route.ts).
  const query = exportQuery.toString();
  const exportHref = (file: string) => `/export/${file}${query ? `?${query}` : ""}`;
  return (
    <div className="toolbar">
      <p className="total">
        <Suspense fallback={<span className="muted">Counting statements…</span>}>
          <Total overview={overview} />
        </Suspense>
      </p>
      <nav className="segmented" aria-label="Order">
        {orders.filter(([order]) => order !== "relevance" || state.filter.search).map(([order, label]) => (
          <Link prefetch={false} key={order} href={toHref({ ...state, order })} aria-current={state.order === order ? "true" : undefined} scroll={false}>{label}</Link>
        ))}
      </nav>
      <nav className="segmented" aria-label="View">
        <Link prefetch={false} href={toHref({ ...state, view: "split" })} aria-current={state.view === "split" ? "true" : undefined} scroll={false}>List + map</Link>
        <Link prefetch={false} href={toHref({ ...state, view: "timeline" })} aria-current={state.view === "timeline" ? "true" : undefined} scroll={false}>List</Link>
        <Link prefetch={false} href={toHref({ ...state, view: "map" })} aria-current={state.view === "map" ? "true" : undefined} scroll={false}>Map</Link>
      </nav>
      <LiveUpdates filter={toApiFilter(state.filter)} />
      <SaveView filter={toApiFilter(state.filter)} suggestedName={viewName(state)} />
      <div className="exports">
        <span className="muted">Export</span>
        <a href={exportHref("statements.csv")} download data-testid="export-csv">CSV</a>
        <a href={exportHref("statements.jsonl")} download data-testid="export-jsonl">JSON Lines</a>
        <a href={exportHref("places.geojson")} download data-testid="export-geojson">GeoJSON</a>
      </div>
    </div>
  );
}

/** A first name for a saved view, from what it filters by. */
function viewName(state: ViewState): string {
  const { filter } = state;
  const parts = [...(filter.regions ?? []), ...(filter.countries ?? []), ...(filter.topics ?? []), ...(filter.sources ?? [])];
  if (filter.search) parts.push(`“${filter.search}”`);
  return parts.length > 0 ? parts.join(", ") : "All statements";
}

async function Total({ overview }: Pick<Section, "overview">) {
  const loaded = await overview;
  if ("problem" in loaded) return null;
  // The timeline holds the statements of known date; those of unknown date are counted apart.
  const total = loaded.histogram.points.reduce((sum, point) => sum + point.count, 0) + loaded.unknownDateCount;
  return <strong data-testid="total">{plural(total, "statement")}</strong>;
}

/** The filters in force, named once the counts have brought their labels, or what the API refused in them. */
async function FilterNotes({ state, overview }: Section) {
  const loaded = await overview;
  if ("problem" in loaded) {
    return (
      <div className="state-panel error" role="alert" data-testid="filter-problem">
        <h2>This view’s filters cannot be applied</h2>
        <p>{loaded.problem}</p>
        <p>Remove the filter below, or clear them all.</p>
        <ActiveFilters state={state} labels={{}} />
      </div>
    );
  }
  const { facets } = loaded;
  const labels = {
    speakers: new Map(facets.speakers.map((facet) => [facet.value, facet.label])),
    topics: new Map(facets.topics.map((facet) => [facet.value, facet.label])),
    countries: new Map(facets.countries.map((facet) => [facet.value, facet.label])),
    // "Russia" alone would read as statements about Russia
    speakerCountries: new Map(facets.speakerCountries.map((facet) => [facet.value, `Speakers from ${facet.label}`])),
    saidIn: new Map(loaded.mapCounts.said.map((entry) => [entry.place.code, `Said in ${entry.place.name}`])),
    stances: new Map(STANCES.map((stance) => [stance, `Stance: ${STANCE_LABELS[stance]}`])),
    targetCountries: new Map(facets.targetCountries.map((facet) => [facet.value, `Aimed at ${facet.label}`])),
  };
  return <ActiveFilters state={state} labels={labels} />;
}

async function HistogramSection({ state, overview }: Section) {
  const loaded = await overview;
  if ("problem" in loaded) return null;
  const { histogram, unknownDateCount } = loaded;
  return (
    <>
      <Histogram points={histogram.points} bucket={histogram.bucket} state={state} />
      <UnknownDates state={state} count={unknownDateCount} />
    </>
  );
}

/** Statements whose article says nothing of when are not on the timeline: say how many, and list them on request. */
function UnknownDates({ state, count }: { state: ViewState; count: number }) {
  if (state.filter.dateUnknown) {
    return (
      <p className="unknown-dates" data-testid="unknown-dates">
        Listing the {plural(count, "statement")} whose date is unknown.{" "}
        <Link prefetch={false} href={toHref(withFilter(state, { dateUnknown: undefined }))} scroll={false}>Show every date</Link>
      </p>
    );
  }
  if (count === 0) return null;
  return (
    <p className="unknown-dates" data-testid="unknown-dates">
      {plural(count, "statement")} with an unknown date {count === 1 ? "is" : "are"} not on the timeline.{" "}
      <Link prefetch={false} href={toHref(withFilter(state, { dateUnknown: true, from: undefined, to: undefined }))} scroll={false}>List them</Link>
    </p>
  );
}

const MAP_MODES: [MapMode, string][] = [["about", "About"], ["said", "Said in"], ["from", "Speakers from"]];
const MAP_LABELS: Record<MapMode, string> = { about: "Statements by the country they are about", said: "Statements by the country they were said in", from: "Statements by the speaker's country" };

async function MapSection({ state, overview }: Section) {
  const loaded = await overview;
  if ("problem" in loaded) return null;
  const { placeCounts, datelines, mapCounts } = loaded;
  const regionCountries = await regionMemberCodes(state.filter.regions ?? []);
  const mode = state.map ?? "about";
  const shaded = mode === "about" ? placeCounts.countries : mapCounts[mode];
  const field = mapField(mode);
  return (
    <div className="map-panel">
      <nav className="map-modes" aria-label="What the map shows" data-testid="map-modes">
        {MAP_MODES.map(([value, text]) => (
          <Link key={value} prefetch={false} scroll={false} href={toHref(withMapMode(state, value))} aria-current={value === mode ? "true" : undefined} className={value === mode ? "chip selected" : "chip"}>
            {text}
          </Link>
        ))}
      </nav>
      <WorldMap
        counts={shaded.map((entry) => ({ code: entry.place.code, name: entry.place.name, count: entry.count }))}
        markers={mode === "about" ? datelines : []}
        index={countryIndex()}
        selected={state.filter[field] ?? []}
        outlined={mode === "about" ? regionCountries : []}
        state={state}
        field={field}
        label={`${MAP_LABELS[mode]}; select a country to filter`}
      />
      <RegionList state={state} regions={placeCounts.regions} title="Regions" testId="region-list" />
      <RegionList state={state} regions={placeCounts.groupings} title="Groupings and features" testId="grouping-list" members />
    </div>
  );
}

/**
 * UN M49 regions (a statement about a country counts for its regions), or groupings and features (NATO, the Black
 * Sea), which count only the statements that name them; `members` offers to widen a chosen grouping to its members.
 */
function RegionList({ state, regions, title, testId, members = false }: { state: ViewState; regions: LoadedOverview["placeCounts"]["regions"]; title: string; testId: string; members?: boolean }) {
  if (regions.length === 0) return null;
  const selected = new Set(state.filter.regions ?? []);
  // Chosen regions first, so the one in force is always there to click off.
  const shown = [...regions.filter((region) => selected.has(region.place.name)), ...regions.filter((region) => !selected.has(region.place.name)).slice(0, 12)];
  return (
    <div className="region-list" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {shown.map((region) => {
          const active = selected.has(region.place.name);
          const regionsNext = active ? [...selected].filter((name) => name !== region.place.name) : [...selected, region.place.name];
          const href = toHref({ ...state, filter: { ...state.filter, regions: regionsNext.length ? regionsNext : undefined } });
          return (
            <li key={region.place.code}>
              <Link prefetch={false} href={href} scroll={false} aria-current={active ? "true" : undefined} className={active ? "active" : undefined}>
                <span>{region.place.name}</span> <span className="count">{region.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {members && shown.some((region) => selected.has(region.place.name)) ? (
        <Link prefetch={false} className="members-toggle" href={toHref(withFilter(state, { includeMembers: state.filter.includeMembers ? undefined : true }))} scroll={false} aria-pressed={state.filter.includeMembers ? "true" : "false"}>
          {state.filter.includeMembers ? "Only statements that name it" : "Include statements about member countries"}
        </Link>
      ) : null}
    </div>
  );
}
