// Who corrected a statement, when, and what from what (reverted corrections struck through), and whether the
// extractor's latest reading now agrees with the corrections that stand.
import { formatDate } from "@/lib/format";
import type { StatementDetail } from "@/app/statements/[id]/documents";

const FIELD: Record<string, string> = { ADDED: "added", SPEAKER: "speaker", KIND: "kind", TEXT: "words", PLACES: "countries", TOPICS: "topics", REJECTED: "rejected" };

export function CorrectionHistory({ corrections, agrees }: { corrections: StatementDetail["corrections"]; agrees: boolean | null }) {
  return (
    <section className="card" data-testid="correction-history">
      <h2>Corrections</h2>
      {agrees === null ? null : <p className="muted">{agrees ? "The extractor now reads it as corrected." : "The extractor still reads it otherwise."}</p>}
      <ol className="plain-list">
        {corrections.map((c) => (
          <li key={c.id} className={c.reverted ? "reverted" : undefined}>
            <strong>{c.author}</strong> <span className="muted">· <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>{c.reverted ? " · reverted" : ""}</span>
            <ul>
              {c.changes.map((change) => <li key={change.field}>{FIELD[change.field] ?? change.field}: {change.from ?? "—"} → {change.to ?? "—"}</li>)}
            </ul>
            {c.note ? <p className="muted">{c.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
