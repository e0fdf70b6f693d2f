// One statement as the analyst scans it: who, what (the quote), about where and what, from which source and when.
// Text goes through React, so markup inside a quote ("<script>") is shown as text, never run.
import Link from "next/link";
import type { StatementCardData } from "./documents";
import { formatDate } from "@/lib/format";
import { PlaceChip } from "./place-chip";
import { StanceBadge } from "./stance-badge";

export function StatementCard({ statement }: { statement: StatementCardData }) {
  const { speaker, article } = statement;
  return (
    <article className="statement-card" data-testid="statement" data-statement-id={statement.id}>
      <header className="statement-meta">
        {speaker ? (
          <Link prefetch={false} className="speaker" href={`/speakers/${encodeURIComponent(speaker.id)}`}>{speaker.name}</Link>
        ) : (
          <span className="speaker unknown">Unattributed</span>
        )}
        {speaker?.title ? <span className="speaker-title">{speaker.title}</span> : null}
        <StanceBadge statement={statement} />
        <span className={`kind kind-${statement.kind.toLowerCase()}`} title={statement.kind === "DIRECT" ? "Direct quotation" : "Reported speech"}>
          {statement.kind === "DIRECT" ? "Direct" : "Indirect"}
        </span>
      </header>
      <p className="quote">
        <Link prefetch={false} href={`/statements/${encodeURIComponent(statement.id)}`}>{statement.text}</Link>
      </p>
      {statement.places.length + statement.topics.length > 0 ? (
        <ul className="chips" aria-label="Places and topics">
          {statement.places.map((place) => (
            <li key={`p-${place.code}`}>
              <PlaceChip place={place} />
            </li>
          ))}
          {statement.topics.map((topic) => (
            <li key={`t-${topic.slug}`}>
              <Link prefetch={false} className="chip topic" href={`/topics/${encodeURIComponent(topic.slug)}`}>{topic.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      <footer className="statement-source">
        <span className="source">{article.source?.name ?? "Unknown source"}</span>
        <span aria-hidden="true"> · </span>
        {statement.saidOn ? <time dateTime={statement.saidOn}>{formatDate(statement.saidOn)}</time> : <span className="date-unknown">date unknown</span>}
        {statement.saidIn ? <span className="said-in"> · said in {statement.saidIn.name}</span> : null}
        {article.title ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="article-title">{article.title}</span>
          </>
        ) : null}
      </footer>
    </article>
  );
}
