// GET /feeds/<saved search id>.atom?key=… and /feeds/statements.atom?<filters>: the API's Atom feeds, on the
// dashboard's own origin (lib/api-proxy.ts), where a saved search's feed link (a path) points.
import { proxyToApi } from "@/lib/api-proxy";

export const dynamic = "force-dynamic";

export const GET = proxyToApi;
export const HEAD = proxyToApi;
