// What a writer tells live subscribers: "these statements were stored", as one Redis message on REDIS_CHANNEL,
// `{"ids":[…]}`. The API publishes its own writes in this form and listens for everyone's (apps/api/src/lib/live),
// so `dictum ingest` and the API's mutations reach the same subscribers. Spelled once, here, for both.
import { Redis } from "ioredis";

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
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: (times) => (times > 3 ? null : 200 * times) });
  let reported = false;
  const report = (error: unknown) => {
    if (reported) return;
    reported = true;
    onError(`live updates not sent: Redis at ${new URL(url).host}: ${error instanceof Error ? error.message : String(error)}`);
  };
  client.on("error", report);
  return {
    async announce(ids) {
      if (ids.length === 0) return;
      await client.publish(channel, encodeStatementsAdded(ids)).catch(report);
    },
    async close() {
      if (client.status === "wait") client.disconnect();
      else await client.quit().catch(() => client.disconnect());
    },
  };
}
