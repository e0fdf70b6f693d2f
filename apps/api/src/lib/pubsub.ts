// Live statements. In one process an in-memory event target is enough; with REDIS_URL every API instance
// publishes to and listens on Redis, so a statement ingested through one instance reaches subscribers on all.
// The Redis client is loaded only when REDIS_URL is set (require, so createApi stays synchronous): ioredis and its
// event target cost a single-process API about 50 MB of memory it would never use.
import { createRequire } from "node:module";
import { createPubSub } from "graphql-yoga";

const require = createRequire(import.meta.url);

export interface StatementsAdded {
  ids: number[];
}

export type StatementPubSub = ReturnType<typeof createPubSub<{ statementsAdded: [StatementsAdded] }>>;

export interface PubSubHandle {
  pubsub: StatementPubSub;
  close: () => Promise<void>;
}

export function createStatementPubSub(redisUrl?: string): PubSubHandle {
  if (!redisUrl) return { pubsub: createPubSub<{ statementsAdded: [StatementsAdded] }>(), close: async () => {} };
  const { Redis } = require("ioredis") as typeof import("ioredis");
  const { createRedisEventTarget } = require("@graphql-yoga/redis-event-target") as typeof import("@graphql-yoga/redis-event-target");
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<{ statementsAdded: [StatementsAdded] }>({ eventTarget: eventTarget as never }),
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
