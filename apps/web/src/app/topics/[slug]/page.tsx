import type { Metadata } from "next";
import Link from "next/link";
import { EntityOverview } from "@/components/entity/entity-overview";
import { TopicPositions } from "@/components/positions/positions-section";
import { loadOverviewOrNotFound } from "@/lib/overview/load-overview";

type Params = Promise<{ slug: string }>;

async function topicName(slug: string): Promise<string> {
  const overview = await loadOverviewOrNotFound({ topics: [slug] });
  return overview.facets.topics.find((topic) => topic.value === slug)?.label ?? slug;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Topic: ${await topicName(decodeURIComponent((await params).slug))}` };
}

export default async function TopicPage({ params }: { params: Params }) {
  const slug = decodeURIComponent((await params).slug);
  return (
    <>
      <header className="page-head">
        <p className="eyebrow"><Link prefetch={false} href="/">Statements</Link> / Topic</p>
        <h1 data-testid="entity-name">{await topicName(slug)}</h1>
      </header>
      <TopicPositions slug={slug} />
      <EntityOverview filter={{ topics: [slug] }} show={["speakers", "countries"]} />
    </>
  );
}
