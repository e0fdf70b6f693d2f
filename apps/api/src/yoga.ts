// createApi: the whole GraphQL server as a fetch handler. server.ts gives it a port; tests call yoga.fetch.
import type { IncomingMessage } from "node:http";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { maskUnexpectedError } from "./lib/mask-error.ts";
import { dbProvider, type Db } from "@dictum/db";
import type { ApiContext, IngestFn } from "./context.ts";
import { AggregateCache, NoAggregateCache } from "./lib/aggregate-cache.ts";
import { checkWriteAccess } from "./lib/auth.ts";
import { useBodyLimit } from "./lib/body-limit.ts";
import { exampleQuery } from "./lib/example-query.ts";
import { exportResponse } from "./lib/export-routes.ts";
import { feedResponse } from "./lib/alerts/feed-routes.ts";
import { WebhookWorker, type WebhookOptions } from "./lib/alerts/webhooks.ts";
import { databaseReachable } from "./lib/health.ts";
import { ingestWithPipeline } from "./lib/ingest.ts";
import { LiveFeed, type LiveFeedOptions } from "./lib/live/feed.ts";
import { WriteRateLimit } from "./lib/rate-limit.ts";
import { useResponseCache } from "./lib/response-cache.ts";
import { resolveStatementFilter, type StatementFilterInput } from "./lib/statement-filter.ts";
import { schema } from "./schema/index.ts";

export interface ApiOptions {
  db: Db;
  /** DATABASE_URL of `db`, to tell SQLite from PostgreSQL. */
  databaseUrl: string;
  /** DICTUM_API_TOKEN; without it every write is refused. */
  token?: string;
  /** REDIS_URL: deliver live statements through Redis so every API instance sees them. */
  redisUrl?: string;
  /** REDIS_CHANNEL (default "statementsAdded"). */
  redisChannel?: string;
  /** Watch the database for other writers' statements (default: every 250 ms while someone subscribes). */
  watchStatements?: LiveFeedOptions["watch"];
  ingest?: IngestFn;
  /** Articles each client may write per minute (default 600). */
  writesPerMinute?: number;
  /** Cache counts and aggregates until the data changes (default true; the benchmark measures both). */
  cacheAggregates?: boolean;
  /** Also keep whole results of read-only queries (lib/response-cache.ts) while the data is unchanged (default
   * false; server.ts turns it on with the aggregate cache). Needs the aggregate cache's data version. */
  cacheResponses?: boolean;
  maxBodyBytes?: number;
  /** Show original error messages (development only). */
  exposeErrors?: boolean;
  /** Where the dashboard is served (DICTUM_DASHBOARD_URL), for links in feeds and webhooks. */
  dashboardUrl?: string;
  /** DICTUM_WEBHOOKS_ALLOW_PRIVATE: webhooks may point at loopback and private addresses. */
  allowPrivateWebhooks?: boolean;
  /** Run webhook delivery in this process (server.ts does; in-process test APIs only when they ask). Overrides
   * for the clock, fetch and retry schedule are for tests. */
  webhooks?: boolean | Partial<Omit<WebhookOptions, "db" | "provider" | "resolveFilter" | "dashboardUrl" | "allowPrivate">>;
}

export type Api = YogaServerInstance<Record<string, unknown>, ApiContext> & {
  close: () => Promise<void>;
  /** The webhook worker, when this process delivers webhooks. */
  webhooks: WebhookWorker | null;
  /** From now on /ready answers 503, so a load balancer stops sending new work while requests drain. */
  drain: () => void;
  /** /ready answers 503 until `warming` settles (server.ts's start-up warm-up), so no work arrives at a cold process. */
  holdReadiness: (warming: Promise<unknown>) => void;
};

export const LIMITS = { maxDepth: 12, maxCost: 20_000, maxAliases: 20, maxTokens: 2_000, maxDirectives: 20, maxBodyBytes: 5 * 1024 * 1024 };

export function createApi(options: ApiOptions): Api {
  const provider = dbProvider(options.databaseUrl);
  const live = new LiveFeed({ db: options.db, provider, redisUrl: options.redisUrl, redisChannel: options.redisChannel, watch: options.watchStatements });
  const ingest = options.ingest ?? ingestWithPipeline;
  let draining = false;
  let warming = false;
  const writeLimit = new WriteRateLimit({ limit: options.writesPerMinute ?? 600, windowMs: 60_000 });
  const aggregates = options.cacheAggregates === false ? new NoAggregateCache(options.db) : new AggregateCache(options.db);
  const dashboardUrl = options.dashboardUrl ?? "http://localhost:3000";
  const allowPrivateWebhooks = options.allowPrivateWebhooks ?? false;
  const resolveFilter = (input: StatementFilterInput) => aggregates.get(["filter", input], () => resolveStatementFilter(options.db, provider, input, (key, compute) => aggregates.reference(key, compute)));
  const webhooks = options.webhooks
    ? new WebhookWorker({ db: options.db, provider, resolveFilter, dashboardUrl, allowPrivate: allowPrivateWebhooks, ...(options.webhooks === true ? {} : options.webhooks) })
    : null;
  webhooks?.start();
  const alerts = { allowPrivateWebhooks, poke: () => webhooks?.poke() };
  const yoga = createYoga<Record<string, unknown>, ApiContext>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    cors: { origin: "*" },
    landingPage: false,
    batching: false,
    // useBodyLimit (below) refuses bodies over LIMITS.maxBodyBytes; yoga's own check (25 MB) would pipe every body
    // through a counting stream once more.
    maxRequestBodySize: false,
    maskedErrors: { isDev: options.exposeErrors ?? false, maskError: maskUnexpectedError },
    graphiql: { defaultQuery: exampleQuery, title: "Dictum GraphQL" },
    // GraphiQL inlined from the package, not fetched from a CDN: the page works offline (no downloads at run time).
    // Loaded on the first visit: the inlined bundle costs about 80 MB of memory a process serving queries never uses.
    renderGraphiQL: async (graphiql) => (await import("@graphql-yoga/render-graphiql")).renderGraphiQL(graphiql),
    context: ({ request, req }: { request: Request; req?: IncomingMessage }) => {
      const access = checkWriteAccess(options.token, request.headers.get("authorization"));
      const client = req?.socket.remoteAddress ?? "local";
      return { db: options.db, provider, live, aggregates, canWrite: access.canWrite, writeRefusal: access.refusal, author: request.headers.get("x-dictum-author"), ingest, client, writeLimit, alerts };
    },
    plugins: [
      useBodyLimit(options.maxBodyBytes ?? LIMITS.maxBodyBytes),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth },
        costLimit: { maxCost: LIMITS.maxCost },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: LIMITS.maxDirectives },
        blockFieldSuggestion: { enabled: true },
      }),
      ...(options.cacheResponses && options.cacheAggregates !== false ? [useResponseCache(aggregates)] : []),
      {
        // Readiness: 200 only while the database answers (liveness is yoga's /health).
        async onRequest({ url, endResponse, fetchAPI }) {
          if (url.pathname !== "/ready") return;
          const ready = !draining && !warming && (await databaseReachable(options.db));
          endResponse(new fetchAPI.Response(JSON.stringify({ ready, draining }), { status: ready ? 200 : 503, headers: { "content-type": "application/json" } }));
        },
      },
      {
        // Streamed downloads of a filtered view (lib/export-routes.ts).
        async onRequest({ request, url, endResponse }) {
          const response = await exportResponse(request, url, { db: options.db, provider, memo: (key, compute) => aggregates.reference(key, compute) });
          if (response) endResponse(response);
        },
      },
      {
        // Atom feeds of saved searches and of ad-hoc filters (lib/alerts/feed-routes.ts).
        async onRequest({ request, url, endResponse }) {
          const response = await feedResponse(request, url, { db: options.db, provider, resolveFilter, dashboardUrl });
          if (response) endResponse(response);
        },
      },
    ],
  });
  const close = async () => {
    await webhooks?.stop();
    await live.close();
  };
  const holdReadiness = (until: Promise<unknown>) => {
    warming = true;
    void until.finally(() => void (warming = false));
  };
  return Object.assign(yoga, { close, webhooks, drain: () => void (draining = true), holdReadiness });
}
