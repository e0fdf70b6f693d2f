// GET /export/statements.csv|statements.jsonl|places.geojson?<the view's URL parameters>: the API's streamed
// export, passed through on the dashboard's own origin (lib/api-proxy.ts), so the browser talks only to the dashboard.
import { proxyToApi } from "@/lib/api-proxy";

export const dynamic = "force-dynamic";

export const GET = proxyToApi;
export const HEAD = proxyToApi;
