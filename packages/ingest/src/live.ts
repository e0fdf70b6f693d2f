// What a writer tells live subscribers: "these statements were stored", as one Redis message on REDIS_CHANNEL,
// `{"ids":[…]}`. The API publishes its own writes in this form and listens for everyone's (apps/api/src/lib/live),
// so `dictum ingest` and the API's mutations reach the same subscribers. Spelled once, here, for both.
// ioredis is loaded only by a writer that has a Redis to talk to (about 19 MB of a process otherwise): the message
// format below is also imported by every API process, most of which run without REDIS_URL.
import type { Redis } from "ioredis";

/** The message body: the ids of newly stored statements. */
export interface StatementsAdded {
  ids: number[];
}

export function encodeStatementsAdded(ids: readonly number[]): string {
  return JSON.stringify({ ids: [...ids] } satisfies StatementsAdded);
}

/** The ids in a message, or null when it is not one of ours (anyone can publish on a Redis channel). */
export function decodeStatementsAdded(message: string): number[] | null {
  try {
    const body = JSON.parse(message) as Partial<StatementsAdded>;
    return Array.isArray(body.ids) && body.ids.every((id) => Number.isSafeInteger(id) && id > 0) ? body.ids : null;
  } catch {
    return null;
  }
}

export interface Announcer {
  /** Publishes the ids (after their transaction committed). Never throws: live updates are a courtesy, the data
   * is stored either way; the first failure is reported through `onError`. */
  announce(ids: readonly number[]): Promise<void>;
  close(): Promise<void>;
}

/** An announcer publishing on `channel` of the Redis at `url`. */
export function redisAnnouncer(url: string, channel: string, onError: (message: string) => void): Announcer {
  // Few retries: a writer must not hang on an unreachable Redis; its statements are in the database anyway.
  // Connects on the first message: a run that stores nothing new never talks to Redis.
  let reported = false;
  const report = (error: unknown) => {
    if (reported) return;
    reported = true;
    onError(`live updates not sent: Redis at ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`);
  };
  let connecting: Promise<Redis> | null = null;
  const client = () => (connecting ??= import("ioredis").then(({ Redis }) => {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: (times) => (times > 3 ? null : 200 * times) });
    redis.on("error", report);
    return redis;
  }));
  return {
    async announce(ids) {
      if (ids.length === 0) return;
      await client().then((redis) => redis.publish(channel, encodeStatementsAdded(ids))).catch(report);
    },
    async close() {
      if (!connecting) return;
      const redis = await connecting;
      if (redis.status === "wait") redis.disconnect();
      else await redis.quit().catch(() => redis.disconnect());
    },
  };
}
