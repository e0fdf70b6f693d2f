// The statements of a filter as export rows, a batch at a time: a keyset page of ids (the same query the API's
// statements connection runs, so the order is the dashboard's), then three set queries for the batch's columns.
// Memory stays at one batch whatever the number of statements.
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Db, Provider } from "@dictum/db";
import { join, sql } from "./sql.ts";
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
    if (page.ids.length > 0) yield await loadRows(db, page.ids);
    if (!page.hasNextPage || page.cursors.length === 0) return;
    cursor = page.cursors[page.cursors.length - 1]!;
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
}

/** The rows for `ids`, in the order of `ids`. */
async function loadRows(db: Db, ids: number[]): Promise<ExportRow[]> {
  const idList = join(ids);
  const [statements, places, topics] = await Promise.all([
    db.$queryRaw<StatementRow[]>(sql`SELECT s."id", s."saidOn", s."kind", s."text", sp."name" AS "speaker", sp."title" AS "speakerTitle",
        a."title" AS "articleTitle", a."url" AS "articleUrl", src."name" AS "source"
      FROM "Statement" s JOIN "Article" a ON a."id" = s."articleId" LEFT JOIN "Speaker" sp ON sp."id" = s."speakerId"
      LEFT JOIN "Source" src ON src."id" = a."sourceId" WHERE s."id" IN (${idList})`),
    db.$queryRaw<{ statementId: number | bigint; code: string }[]>(sql`SELECT l."statementId", COALESCE(p."iso2", p."m49", p."key") AS "code"
      FROM "StatementPlace" l JOIN "Place" p ON p."id" = l."placeId" WHERE l."statementId" IN (${idList}) ORDER BY l."statementId", l."placeId"`),
    db.$queryRaw<{ statementId: number | bigint; slug: string }[]>(sql`SELECT l."statementId", t."slug"
      FROM "StatementTopic" l JOIN "Topic" t ON t."id" = l."topicId" WHERE l."statementId" IN (${idList}) ORDER BY l."statementId", t."slug"`),
  ]);
  const placesOf = groupBy(places.map((row) => [Number(row.statementId), row.code]));
  const topicsOf = groupBy(topics.map((row) => [Number(row.statementId), row.slug]));
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
      places: [...new Set(placesOf.get(id) ?? [])].sort(),
      topics: topicsOf.get(id) ?? [],
      source: row.source ?? "",
      articleTitle: row.articleTitle ?? "",
      articleUrl: row.articleUrl ?? "",
    }];
  });
}

function groupBy(pairs: [number, string][]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const [key, value] of pairs) {
    const list = groups.get(key);
    if (list) list.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
