// Live statements between processes: every API instance and `dictum ingest` publish the ids they store on
// REDIS_CHANNEL (message format in @dictum/ingest/live), and every API instance listens there.
import { decodeStatementsAdded, encodeStatementsAdded } from "@dictum/ingest/live";
// Only the type here: ioredis is loaded when a relay is made, i.e. when REDIS_URL is set, so an API on one machine
// without Redis does not carry it (about 19 MB of RSS).
import type { Redis } from "ioredis";

interface Clients {
  publisher: Redis;
  subscriber: Redis;
}

export class RedisRelay {
  /** Both connections, once ioredis has loaded; every call below runs in order after it. */
  private readonly clients: Promise<Clients>;
  private listening = false;

  constructor(url: string, private readonly channel: string, onIds: (ids: number[]) => void) {
    this.clients = import("ioredis").then(({ Redis }) => {
      const publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
      const subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
      // ioredis reconnects by itself; say once per outage that live updates from other processes are paused.
      let down = false;
      for (const client of [publisher, subscriber]) {
        client.on("error", (error: Error) => {
          if (!down) console.error(`live updates: Redis at ${new URL(url).host}: ${error.message} (retrying)`);
          down = true;
        });
        client.on("ready", () => void (down = false));
      }
      subscriber.on("message", (from: string, message: string) => {
        if (from !== this.channel) return;
        const ids = decodeStatementsAdded(message);
        if (ids) onIds(ids);
      });
      return { publisher, subscriber };
    });
  }

  publish(ids: readonly number[]): void {
    void this.clients.then(({ publisher }) => publisher.publish(this.channel, encodeStatementsAdded(ids))).catch(() => {});
  }

  /** Subscribed only while someone here listens, as the database watch runs. */
  listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    void this.clients.then(({ subscriber }) => (on ? subscriber.subscribe(this.channel) : subscriber.unsubscribe(this.channel))).catch(() => {});
  }

  async close(): Promise<void> {
    const { publisher, subscriber } = await this.clients;
    await Promise.allSettled([publisher.quit(), subscriber.quit()]);
  }
}
