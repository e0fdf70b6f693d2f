// The statements of a filter as export rows, a batch at a time: a keyset page of ids (the same query the API's
// statements connection runs, so the order is the dashboard's), then three set queries for the batch's columns.
// Memory stays at one batch whatever the number of statements.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Db, Provider } from "@dictum/db";
import { join, sql, stringAgg } from "./sql.ts";
import type { ResolvedFilter } from "./statement-filter.ts";
import { defaultOrder, findStatementPage, type StatementOrder } from "./statement-page.ts";

export interface ExportRow {
  /** The statement's GraphQL id, as the dashboard and `node(id:)` use it. */
  id: string;
  /** ISO-8601 instant, as the API's DateTime; "" when unknown. */
  saidOn: string;
  speaker: string;
  speakerTitle: string;
  kind: string;
  text: string;
  /** Place codes (ISO alpha-2, M49 code, else the place key), each once, sorted. */
  places: string[];
  topics: string[];
  source: string;
  articleTitle: string;
  articleUrl: string;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = ["id", "saidOn", "speaker", "speakerTitle", "kind", "text", "places", "topics", "source", "articleTitle", "articleUrl"];

export const EXPORT_BATCH = 2_000;

export async function* exportBatches(db: Db, provider: Provider, filter: ResolvedFilter, order: StatementOrder | null, batchSize = EXPORT_BATCH): AsyncGenerator<ExportRow[]> {
  const ordering = order ?? defaultOrder(filter);
  let cursor: string | null = null;
  for (;;) {
    const page = await findStatementPage(db, provider, filter, ordering, { backward: false, size: batchSize, cursor });
    if (page.ids.length > 0) yield await loadRows(db, provider, page.ids);
    if (!page.hasNextPage || page.ids.length === 0) return;
    cursor = page.cursor(page.ids.length - 1);
  }
}

interface StatementRow {
  id: number | bigint;
  saidOn: Date | string | null;
  kind: string;
  text: string;
  speaker: string | null;
  speakerTitle: string | null;
  articleTitle: string | null;
  articleUrl: string | null;
  source: string | null;
  places: string | null;
  topics: string | null;
}

/** Joins a statement's place codes and topic slugs; no code or slug holds it. */
const SEPARATOR = "\u001f";

/** The rows for `ids`, in the order of `ids`: one query, places and topics aggregated per statement. */
async function loadRows(db: Db, provider: Provider, ids: number[]): Promise<ExportRow[]> {
  const statements = await db.$queryRaw<StatementRow[]>(sql`SELECT s."id", s."saidOn", s."kind", s."text", sp."name" AS "speaker",
      sp."title" AS "speakerTitle", a."title" AS "articleTitle", a."url" AS "articleUrl", src."name" AS "source",
      (SELECT ${stringAgg(provider, sql`COALESCE(p."iso2", p."m49", p."key")`, SEPARATOR)} FROM "StatementPlace" l JOIN "Place" p ON p."id" = l."placeId" WHERE l."statementId" = s."id") AS "places",
      (SELECT ${stringAgg(provider, sql`t."slug"`, SEPARATOR)} FROM "StatementTopic" l JOIN "Topic" t ON t."id" = l."topicId" WHERE l."statementId" = s."id") AS "topics"
    FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
    LEFT JOIN "Source" src ON src."id" = a."sourceId" WHERE s."id" IN (${join(ids)})`);
  const byId = new Map(statements.map((row) => [Number(row.id), row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return []; // deleted between the page and this read
    return [{
      id: encodeGlobalID("Statement", id),
      saidOn: row.saidOn === null ? "" : new Date(row.saidOn).toISOString(),
      speaker: row.speaker ?? "",
      speakerTitle: row.speakerTitle ?? "",
      kind: row.kind,
      text: row.text,
      places: split(row.places),
      topics: split(row.topics),
      source: row.source ?? "",
      articleTitle: row.articleTitle ?? "",
      articleUrl: row.articleUrl ?? "",
    }];
  });
}

/** Distinct, sorted (a place is listed once per role it plays). */
function split(joined: string | null): string[] {
  return joined ? [...new Set(joined.split(SEPARATOR))].sort() : [];
}
