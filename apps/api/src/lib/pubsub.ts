// Live statements. In one process an in-memory event target is enough; with REDIS_URL every API instance
// publishes to and listens on Redis, so a statement ingested through one instance reaches subscribers on all.
import { createPubSub } from "graphql-yoga";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";

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
