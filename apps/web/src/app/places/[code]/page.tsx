import type { Metadata } from "next";
import Link from "next/link";
import { EntityOverview } from "@/components/entity/entity-overview";
import type { StatementFilter } from "@/lib/filters";
import { loadOverviewOrNotFound } from "@/lib/overview/load-overview";

type Params = Promise<{ code: string }>;

/** Two letters are a country (ISO alpha-2); anything else is taken as a region ("Central Asia" or an M49 code). */
function placeFilter(code: string): StatementFilter {
  return /^[A-Za-z]{2}$/.test(code) ? { countries: [code.toUpperCase()] } : { regions: [code] };
}

async function placeName(code: string): Promise<string> {
  const filter = placeFilter(code);
  const overview = await loadOverviewOrNotFound(filter);
  const country = filter.countries?.[0];
  if (country) return overview.placeCounts.countries.find((entry) => entry.place.code.toUpperCase() === country)?.place.name ?? country;
  return [...overview.placeCounts.regions, ...overview.placeCounts.groupings].find((entry) => entry.place.code === code || entry.place.name === code)?.place.name ?? code;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: await placeName(decodeURIComponent((await params).code)) };
}

export default async function PlacePage({ params }: { params: Params }) {
  const code = decodeURIComponent((await params).code);
  return (
    <>
      <header className="page-head">
        <p className="eyebrow"><Link prefetch={false} href="/">Statements</Link> / Place</p>
        <h1 data-testid="entity-name">{await placeName(code)}</h1>
      </header>
      <EntityOverview filter={placeFilter(code)} show={["speakers", "topics"]} />
    </>
  );
}
