// /graphql on the dashboard's own origin, passed on to the API (lib/api-proxy.ts): POST for queries and mutations
// (the Authorization header goes along), GET for GraphiQL and for subscriptions over server-sent events.
import { proxyToApi } from "@/lib/api-proxy";

export const dynamic = "force-dynamic";

export const GET = proxyToApi;
export const POST = proxyToApi;
