import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntityOverview } from "@/components/entity/entity-overview";
import { SpeakerPositions } from "@/components/positions/positions-section";
import { query } from "@/lib/apollo/rsc-client";
import { namesNothing } from "@/lib/bad-input";
import { SPEAKER, type Speaker } from "./documents";


type Params = Promise<{ id: string }>;

async function loadSpeaker(id: string): Promise<Speaker> {
  const { data, error } = await query({ query: SPEAKER, variables: { id: decodeURIComponent(id) }, errorPolicy: "all" });
  if (data?.speaker) return data.speaker;
  if (error && !namesNothing(error)) throw error;
  notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadSpeaker((await params).id)).name };
}

export default async function SpeakerPage({ params }: { params: Params }) {
  const speaker = await loadSpeaker((await params).id);
  return (
    <>
      <header className="page-head">
        <p className="eyebrow"><Link prefetch={false} href="/">Statements</Link> / Speaker</p>
        <h1 data-testid="entity-name">{speaker.name}</h1>
        {speaker.title ? <p className="muted">{speaker.title}</p> : null}
      </header>
      <SpeakerPositions speakerId={speaker.id} />
      <EntityOverview filter={{ speakers: [speaker.id] }} show={["topics", "countries"]} />
    </>
  );
}
