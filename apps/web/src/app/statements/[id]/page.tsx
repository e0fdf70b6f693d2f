// One statement in full: the quote, who said it, where and what about, and the article it came from with the
// quoted words highlighted at their stored offsets.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HighlightedArticle } from "@/components/statements/highlighted-article";
import { PlaceChip } from "@/components/statements/place-chip";
import { StatementEditor } from "@/components/statements/statement-editor";
import { CorrectionHistory } from "@/components/statements/correction-history";
import { StanceBadge } from "@/components/statements/stance-badge";
import { query } from "@/lib/apollo/rsc-client";
import { namesNothing } from "@/lib/bad-input";
import { formatDate } from "@/lib/format";
import { countriesOfKeys } from "@/lib/place-keys";
import { STATEMENT_DETAIL } from "./documents";

type Params = Promise<{ id: string }>;

async function loadStatement(id: string) {
  const { data, error } = await query({ query: STATEMENT_DETAIL, variables: { id: decodeURIComponent(id) }, errorPolicy: "all" });
  if (data?.statement) return data.statement;
  if (error && !namesNothing(error)) throw error;
  notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const statement = await loadStatement((await params).id);
  return { title: `${statement.speaker?.name ?? "Statement"}: “${statement.text.slice(0, 60)}${statement.text.length > 60 ? "…" : ""}”` };
}

export default async function StatementPage({ params }: { params: Params }) {
  const statement = await loadStatement((await params).id);
  const { article, speaker } = statement;
  return (
    <article className="statement-detail" data-testid="statement-detail">
      {statement.rejected ? <p className="notice" role="note" data-testid="rejected-notice">An analyst rejected this: it is not a statement, and lists and counts leave it out.</p> : null}
      <header className="page-head">
        <p className="eyebrow"><Link prefetch={false} href="/">Statements</Link> / {statement.kind === "DIRECT" ? "Direct quotation" : "Reported speech"}</p>
        <blockquote className="big-quote" data-testid="statement-text">{statement.text}</blockquote>
        <p>
          {speaker ? <Link prefetch={false} href={`/speakers/${encodeURIComponent(speaker.id)}`} className="speaker" data-testid="statement-speaker">{speaker.name}</Link> : <span className="speaker unknown">Unattributed</span>}
          {speaker?.title ? <span className="muted">, {speaker.title}</span> : null}
          <span className="muted"> · {statement.saidOn ? <>said on <time dateTime={statement.saidOn}>{formatDate(statement.saidOn)}</time></> : "date unknown"}</span>
        </p>
      </header>
      <div className="detail-grid">
        <section className="card" aria-labelledby="article-heading">
          <h2 id="article-heading">In the article</h2>
          <p>
            <strong>{article.title ?? "Untitled article"}</strong>
            <span className="muted"> · {article.source?.name ?? "Unknown source"}{article.publishedAt ? `, ${formatDate(article.publishedAt)}` : ""}{article.dateline ? ` · dateline ${article.dateline}` : ""}</span>
            {article.url && /^https?:\/\//.test(article.url) ? <> · <a href={article.url} rel="noreferrer noopener" target="_blank">original</a></> : null}
          </p>
          <HighlightedArticle text={article.text} start={statement.start} end={statement.end} quote={statement.text} />
        </section>
        <div>
          <section className="card">
            <h2>Details</h2>
            <dl className="facts">
              <dt>Kind</dt><dd data-testid="statement-kind">{statement.kind === "DIRECT" ? "Direct quotation" : "Indirect (reported) speech"}</dd>
              <dt>Stance</dt><dd><StanceBadge statement={statement} showNeutral /></dd>
              <dt>Confidence</dt><dd>{Math.round(statement.confidence * 100)}%</dd>
              <dt>Places</dt>
              <dd data-testid="statement-places">{statement.places.length ? <ul className="chips">{statement.places.map((place) => <li key={place.code}><PlaceChip place={place} /></li>)}</ul> : <span className="muted">None found</span>}</dd>
              <dt>Regions</dt>
              <dd>{statement.regions.length ? <ul className="chips">{statement.regions.map((region) => <li key={region.code}><Link prefetch={false} className="chip" href={`/?region=${encodeURIComponent(region.name)}`}>{region.name}</Link></li>)}</ul> : <span className="muted">None</span>}</dd>
              <dt>Topics</dt>
              <dd>{statement.topics.length ? <ul className="chips">{statement.topics.map((topic) => <li key={topic.slug}><Link prefetch={false} className="chip topic" href={`/topics/${encodeURIComponent(topic.slug)}`}>{topic.name}</Link></li>)}</ul> : <span className="muted">None found</span>}</dd>
            </dl>
          </section>
          <StatementEditor
            statementId={statement.id}
            initial={{ speakerName: speaker?.name ?? "", speakerKind: speaker?.kind ?? "PERSON", kind: statement.kind, countries: countriesOfKeys(statement.places.map((p) => p.key)), rejected: statement.rejected }}
          />
          {statement.corrections.length > 0 ? <CorrectionHistory corrections={statement.corrections} agrees={statement.correction?.agreesWithExtractor ?? null} /> : null}
          <section className="card" data-testid="other-reports">
            <h2>Also reported by</h2>
            {statement.otherReports.length === 0 ? (
              <p className="muted">No other source in the collection reported these words.</p>
            ) : (
              <ul className="plain-list">
                {statement.otherReports.map((report) => (
                  <li key={report.id}>
                    <Link prefetch={false} href={`/statements/${encodeURIComponent(report.id)}`}>{report.article.source?.name ?? "Unknown source"}</Link>
                    <span className="muted"> · {report.saidOn ? formatDate(report.saidOn) : "date unknown"}{report.article.title ? ` · ${report.article.title}` : ""}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </article>
  );
}
