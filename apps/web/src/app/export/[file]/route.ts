// GET /export/statements.csv|statements.jsonl|places.geojson?<the view's URL parameters>: the API's streamed
// export, passed through on the dashboard's own origin, so the browser talks only to the dashboard. The API
// address is the one the server was started with (env.graphqlUrl, read per request), never one built in.
import { env } from "@/env";

export const dynamic = "force-dynamic";

const FILES = new Set(["statements.csv", "statements.jsonl", "places.geojson"]);
const PASSED_HEADERS = ["content-type", "content-disposition", "cache-control"];

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (!FILES.has(file)) return new Response(`No export ${JSON.stringify(file)}: use ${[...FILES].map((name) => `/export/${name}`).join(", ")}.\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const target = new URL(`/export/${file}`, env.graphqlUrl);
  target.search = new URL(request.url).search;
  let upstream: Response;
  try {
    // The request's signal: a download the user cancels stops the API's database reads too.
    upstream = await fetch(target, { signal: request.signal, cache: "no-store" });
  } catch {
    return new Response(`The API at ${target.origin} did not answer; is it running?\n`, { status: 502, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
