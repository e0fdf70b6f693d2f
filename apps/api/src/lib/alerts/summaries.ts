// A statement as feeds and webhooks publish it: who, what, when, where, and links to the dashboard and the article.
import type { Db } from "@dictum/db";

export interface StatementSummary {
  id: number;
  text: string;
  kind: string;
  saidOn: string | null;
  storedAt: string;
  speaker: string | null;
  places: string[];
  source: string | null;
  articleTitle: string | null;
  articleUrl: string | null;
  /** The dashboard's page for the statement. */
  link: string;
}

/** The statements with these ids, in the order given. */
export async function loadSummaries(db: Db, ids: number[], dashboardUrl: string): Promise<StatementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.statement.findMany({
    where: { id: { in: ids } },
    select: {
      id: true, text: true, kind: true, saidOn: true, createdAt: true,
      speaker: { select: { name: true } },
      places: { select: { place: { select: { name: true } } } },
      article: { select: { url: true, title: true, source: { select: { name: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const base = dashboardUrl.replace(/\/+$/, "");
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{
      id: row.id,
      text: row.text,
      kind: row.kind,
      saidOn: row.saidOn ? row.saidOn.toISOString().slice(0, 10) : null,
      storedAt: row.createdAt.toISOString(),
      speaker: row.speaker?.name ?? null,
      places: [...new Set(row.places.map((link) => link.place.name))],
      source: row.article.source?.name ?? null,
      articleTitle: row.article.title,
      articleUrl: row.article.url,
      link: `${base}/statements/${row.id}`,
    }];
  });
}
