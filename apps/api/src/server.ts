// Serves the API on API_PORT. Everything else is in createApi (src/yoga.ts).
import { createServer } from "node:http";
import { loadConfig } from "@dictum/config";
import { createPrismaClient } from "@dictum/db";
import { fastGraphQL } from "./lib/fast-path.ts";
import { trackInFlight } from "./lib/in-flight.ts";
import { warmUp } from "./lib/warm-up.ts";
import { createApi, LIMITS } from "./yoga.ts";

const config = loadConfig();
const db = createPrismaClient(config.DATABASE_URL);
const api = createApi({
  db,
  databaseUrl: config.DATABASE_URL,
  token: config.DICTUM_API_TOKEN,
  redisUrl: config.REDIS_URL,
  redisChannel: config.REDIS_CHANNEL,
  dashboardUrl: config.DICTUM_DASHBOARD_URL,
  allowPrivateWebhooks: config.DICTUM_WEBHOOKS_ALLOW_PRIVATE,
  webhooks: true,
  cacheAggregates: config.DICTUM_AGGREGATE_CACHE === "on",
  cacheResponses: config.DICTUM_AGGREGATE_CACHE === "on",
});
// Everyday JSON POSTs to /graphql skip the Fetch API Request/Response yoga builds (lib/fast-path.ts); the rest go to yoga.
const requests = trackInFlight(fastGraphQL(api, { endpoint: "/graphql", maxBodyBytes: LIMITS.maxBodyBytes }));
const server = createServer(requests.handler);

server.listen(config.API_PORT, () => {
  console.log(`Dictum API on http://localhost:${config.API_PORT}/graphql${config.DICTUM_API_TOKEN ? "" : " (read-only: DICTUM_API_TOKEN is not set)"}`);
  // Through the server's own port, so the HTTP layer is warm too; /ready says ready once it is done.
  api.holdReadiness(warmUp(`http://127.0.0.1:${config.API_PORT}/graphql`));
});

// Graceful shutdown: stop accepting, let in-flight requests finish, then release the database and Redis.
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    api.drain();
    server.close(async () => {
      await requests.idle(); // requests whose client hung up still run; the 10 s limit below still applies
      await api.close();
      await db.$disconnect();
      process.exit(0);
    });
    // A connection kept alive after its last response would hold close() open until the client drops it (seconds
    // later), so connections are closed as soon as they go idle, not only those idle at the signal.
    setInterval(() => server.closeIdleConnections(), 100).unref();
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
