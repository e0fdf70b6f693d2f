// GET /export?format=csv|json&<the view's filters>: the statements of the current view as a download.
import { collectRows, toCsv } from "@/lib/export";
import { parseViewState } from "@/lib/filters";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") {
    return new Response(`Unknown export format ${JSON.stringify(format)}: use format=csv or format=json.\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const state = parseViewState(params);
  const { rows, totalCount } = await collectRows(state);
  const headers = {
    "content-disposition": `attachment; filename="dictum-statements.${format}"`,
    "x-total-count": String(totalCount),
    "x-exported-count": String(rows.length),
    "cache-control": "no-store",
  };
  if (format === "json") {
    return new Response(JSON.stringify({ totalCount, exported: rows.length, statements: rows }, null, 2), { headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  }
  return new Response(toCsv(rows), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
}
