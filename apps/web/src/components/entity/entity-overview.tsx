// What the speaker, place and topic pages share: the statements matching one filter over time, on a small map,
// their main topics, speakers and places, and the latest statements, with a link to the full timeline view.
import Link from "next/link";
import { notFound } from "next/navigation";
import { WorldMap } from "@/components/map/world-map";
import { STATEMENT_PAGE } from "@/components/statements/documents";
import { StatementCard } from "@/components/statements/statement-card";
import { Histogram } from "@/components/timeline/histogram";
import { query } from "@/lib/apollo/rsc-client";
import { badInputMessage } from "@/lib/bad-input";
import { toApiFilter, toHref, type StatementFilter, type ViewState } from "@/lib/filters";
import { plural } from "@/lib/format";
import { countryIndex } from "@/lib/geo/country-index";
import type { FacetValue } from "@/lib/overview/documents";
import { loadOverviewOrNotFound } from "@/lib/overview/load-overview";
import { regionMemberCodes } from "@/lib/overview/region-members";

const RECENT = 20;

export async function EntityOverview({ filter, show }: { filter: StatementFilter; show: ("speakers" | "topics" | "countries")[] }) {
  const state: ViewState = { filter, order: "newest", view: "split" };
  const [overview, recent, outlined] = await Promise.all([
    loadOverviewOrNotFound(filter),
    query({ query: STATEMENT_PAGE, variables: { filter: toApiFilter(filter), orderBy: { field: "SAID_ON", direction: "DESC" }, first: RECENT, withTotal: true } }).catch(
      (error: unknown) => (badInputMessage(error) ? notFound() : Promise.reject(error)),
    ),
    regionMemberCodes(filter.regions ?? []),
  ]);
  if (recent.error || !recent.data) throw recent.error ?? new Error("The API returned no statements");
  const { statements } = recent.data;
  const total = statements.totalCount ?? 0;
  const facetLists: Record<(typeof show)[number], { title: string; values: FacetValue[]; href: (value: string) => string }> = {
    speakers: { title: "Speakers", values: overview.facets.speakers, href: (id) => `/speakers/${encodeURIComponent(id)}` },
    topics: { title: "Topics", values: overview.facets.topics, href: (slug) => `/topics/${encodeURIComponent(slug)}` },
    countries: { title: "Places talked about", values: overview.facets.countries, href: (code) => `/places/${encodeURIComponent(code)}` },
  };

  return (
    <div className="detail-grid">
      <div>
        <Histogram points={overview.histogram.points} bucket={overview.histogram.bucket} state={state} />
        <section className="card" data-testid="entity-statements">
          <h2>Latest statements ({plural(total, "statement")})</h2>
          {statements.edges.length === 0 ? (
            <p className="muted">No statements yet. They appear here once articles that mention this are ingested.</p>
          ) : (
            <div className="stack">
              {statements.edges.map((edge) => <StatementCard key={edge.node.id} statement={edge.node} />)}
            </div>
          )}
          <p><Link prefetch={false} href={toHref(state)}>Open all {plural(total, "statement")} in the timeline →</Link></p>
        </section>
      </div>
      <div>
        <section className="card">
          <h2>On the map</h2>
          <WorldMap
            compact
            counts={overview.placeCounts.countries.map((entry) => ({ code: entry.place.code, name: entry.place.name, count: entry.count }))}
            markers={[]}
            index={countryIndex()}
            selected={filter.countries ?? []}
            outlined={outlined}
            label="Countries these statements concern; select one to open its page"
          />
        </section>
        {show.map((key) => {
          const list = facetLists[key];
          return (
            <section className="card" key={key}>
              <h2>{list.title}</h2>
              {list.values.length === 0 ? (
                <p className="muted">None found.</p>
              ) : (
                <ul className="plain-list">
                  {list.values.slice(0, 10).map((value) => (
                    <li key={value.value}>
                      <Link prefetch={false} href={list.href(value.value)}>{value.label}</Link> <span className="count">{value.count}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
