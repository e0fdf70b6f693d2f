// GET /export/statements.csv, /export/statements.jsonl and /export/places.geojson: downloads of a filtered view,
// filtered by the dashboard's URL parameters (export-params.ts). Statements stream a batch at a time and the next
// batch is read only when the client has taken the last one (a pull stream; the Node adapter waits for 'drain'),
// so a slow client holds one batch in memory, never the export. A refused filter is a 400 with the reason in
// plain text, decided before the first byte: the first batch is read before the response starts.
import { stringify } from "csv-stringify/sync";
import { GraphQLError } from "graphql";
import type { Db, Provider } from "@dictum/db";
import { parseExportParams } from "./export-params.ts";
import { EXPORT_COLUMNS, exportBatches, type ExportRow } from "./export-rows.ts";
import { loadPlaceRollup, placeCounts } from "./place-counts.ts";
import { resolveStatementFilter, type ReferenceMemo } from "./statement-filter.ts";

export interface ExportOptions {
  db: Db;
  provider: Provider;
  memo?: ReferenceMemo;
  /** Statements per database read (tests make it small to see the stream wait for its reader). */
  batchSize?: number;
}

type Format = "csv" | "jsonl";
const FILES: Record<string, Format | "geojson"> = { "statements.csv": "csv", "statements.jsonl": "jsonl", "places.geojson": "geojson" };
const TYPES = { csv: "text/csv; charset=utf-8", jsonl: "application/x-ndjson; charset=utf-8", geojson: "application/geo+json; charset=utf-8" };

/** The response for an /export/… request, or null when the path is not an export. */
export async function exportResponse(request: Request, url: URL, options: ExportOptions): Promise<Response | null> {
  if (!url.pathname.startsWith("/export/")) return null;
  const file = url.pathname.slice("/export/".length);
  const format = FILES[file];
  if (!format) return text(404, `No export ${JSON.stringify(file)}: use ${Object.keys(FILES).map((name) => `/export/${name}`).join(", ")}.`);
  if (request.method !== "GET" && request.method !== "HEAD") return text(405, "Exports answer GET.", { allow: "GET, HEAD" });
  try {
    const { filter: input, order } = parseExportParams(url.searchParams);
    const filter = await resolveStatementFilter(options.db, options.provider, input, options.memo);
    const headers = { "content-type": TYPES[format], "content-disposition": `attachment; filename="dictum-${file}"`, "cache-control": "no-store" };
    if (format === "geojson") return new Response(await placesGeoJson(options.db, options.provider, filter), { headers });
    const batches = exportBatches(options.db, options.provider, filter, order, options.batchSize);
    const first = await batches.next(); // refusals (order=relevance without q …) surface here, as a 400
    return new Response(statementStream(format, first, batches), { headers });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") return text(400, error.message);
    throw error;
  }
}

function statementStream(format: Format, first: IteratorResult<ExportRow[]>, rest: AsyncGenerator<ExportRow[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let header = format === "csv";
  const encode = (rows: ExportRow[]) => {
    const chunk = format === "csv" ? toCsv(rows, header) : toJsonLines(rows);
    header = false;
    return encoder.encode(chunk);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encode(first.done ? [] : first.value));
      if (first.done) controller.close();
    },
    async pull(controller) {
      const next = await rest.next();
      if (next.done) controller.close();
      else controller.enqueue(encode(next.value));
    },
    async cancel() {
      await rest.return(undefined); // the client went away: stop reading the database
    },
  });
}

function toCsv(rows: ExportRow[], header: boolean): string {
  const records = rows.map((row) => ({ ...row, places: row.places.join(";"), topics: row.topics.join(";") }));
  return stringify(records, { header, columns: EXPORT_COLUMNS });
}

function toJsonLines(rows: ExportRow[]): string {
  let out = "";
  for (const row of rows) out += `${JSON.stringify(row)}\n`;
  return out;
}

/** Countries and regions with coordinates, each a Point with its statement count (as the map counts them). */
async function placesGeoJson(db: Db, provider: Provider, filter: Parameters<typeof placeCounts>[2]): Promise<string> {
  const counts = await placeCounts(db, provider, filter, await loadPlaceRollup(db));
  const counted = [...counts.countries, ...counts.regions];
  const places = await db.place.findMany({ where: { id: { in: counted.map((row) => row.id) } }, select: { id: true, kind: true, name: true, iso2: true, m49: true, key: true, lat: true, lon: true } });
  const byId = new Map(places.map((place) => [place.id, place]));
  const features = counted.flatMap(({ id, count }) => {
    const place = byId.get(id);
    if (!place || place.lat === null || place.lon === null) return [];
    return [{
      type: "Feature",
      geometry: { type: "Point", coordinates: [place.lon, place.lat] },
      properties: { code: place.iso2 ?? place.m49 ?? place.key, key: place.key, name: place.name, kind: place.kind, count },
    }];
  });
  return JSON.stringify({ type: "FeatureCollection", features });
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers } });
}
