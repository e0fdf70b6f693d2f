// Live statements for the statementAdded subscription, from every writer: this process's own ingest mutations (at
// once), other processes through Redis when REDIS_URL is set (other API instances, `dictum ingest`), and the
// database itself (StatementWatch), which also sees writers that publish nothing. Each statement reaches each
// subscriber once, whichever source tells first.
import type { Db, Provider } from "@dictum/db";
import { Repeater } from "graphql-yoga";
import { RecentIds } from "./recent-ids.ts";
import { RedisRelay } from "./redis-relay.ts";
import { StatementWatch } from "./statement-watch.ts";

/** Ids per event: each event costs every subscriber one filter query with the ids in an IN list. */
const CHUNK = 1_000;

export interface LiveFeedOptions {
  db: Db;
  provider: Provider;
  redisUrl?: string;
  /** REDIS_CHANNEL (default "statementsAdded"). */
  redisChannel?: string;
  /** Poll the database for other writers' statements: every `intervalMs` (default 250), or not at all (false). */
  watch?: false | { intervalMs?: number };
}

export class LiveFeed {
  private readonly listeners = new Set<(ids: number[]) => void>();
  private readonly delivered = new RecentIds();
  private readonly relay: RedisRelay | null;
  readonly watch: StatementWatch | null;

  constructor(options: LiveFeedOptions) {
    const deliver = (ids: number[]) => this.deliver(ids);
    this.relay = options.redisUrl ? new RedisRelay(options.redisUrl, options.redisChannel ?? "statementsAdded", deliver) : null;
    this.watch = options.watch === false ? null : new StatementWatch(options.db, options.provider, { intervalMs: options.watch?.intervalMs, onIds: deliver });
  }

  /** Statements this process just stored: to its subscribers now, and to the other processes through Redis. */
  announce(ids: readonly number[]): void {
    if (ids.length === 0) return;
    this.relay?.publish(ids);
    this.deliver(ids);
  }

  /** Ids of new statements, in batches, until the subscriber leaves. */
  subscribe(): AsyncIterable<number[]> {
    return new Repeater<number[]>(async (push, stop) => {
      const listener = (ids: number[]) => {
        // A subscriber that has stopped reading (a thousand batches behind) is let go rather than buffered.
        try {
          push(ids).catch(() => stop());
        } catch {
          stop();
        }
      };
      this.listeners.add(listener);
      this.sourcesOn();
      await stop;
      this.listeners.delete(listener);
      this.sourcesOn();
    });
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await this.watch?.close();
    await this.relay?.close();
  }

  /** The relay and the watch run only while someone here subscribes. */
  private sourcesOn(): void {
    const on = this.listeners.size > 0;
    this.relay?.listen(on);
    if (on) this.watch?.start();
    else this.watch?.stop();
  }

  private deliver(ids: readonly number[]): void {
    const fresh = this.delivered.take(ids);
    for (let i = 0; i < fresh.length; i += CHUNK) {
      const chunk = fresh.slice(i, i + CHUNK);
      for (const listener of this.listeners) listener(chunk);
    }
  }
}
