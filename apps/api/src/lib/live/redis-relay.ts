// Live statements between processes: every API instance and `dictum ingest` publish the ids they store on
// REDIS_CHANNEL (message format in @dictum/ingest/live), and every API instance listens there.
import { decodeStatementsAdded, encodeStatementsAdded } from "@dictum/ingest/live";
import { Redis } from "ioredis";

export class RedisRelay {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private listening = false;

  constructor(url: string, private readonly channel: string, onIds: (ids: number[]) => void) {
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    // ioredis reconnects by itself; say once per outage that live updates from other processes are paused.
    let down = false;
    for (const client of [this.publisher, this.subscriber]) {
      client.on("error", (error: Error) => {
        if (!down) console.error(`live updates: Redis at ${new URL(url).host}: ${error.message} (retrying)`);
        down = true;
      });
      client.on("ready", () => void (down = false));
    }
    this.subscriber.on("message", (from: string, message: string) => {
      if (from !== this.channel) return;
      const ids = decodeStatementsAdded(message);
      if (ids) onIds(ids);
    });
  }

  publish(ids: readonly number[]): void {
    void this.publisher.publish(this.channel, encodeStatementsAdded(ids)).catch(() => {});
  }

  /** Subscribed only while someone here listens, as the database watch runs. */
  listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    void (on ? this.subscriber.subscribe(this.channel) : this.subscriber.unsubscribe(this.channel)).catch(() => {});
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }
}
