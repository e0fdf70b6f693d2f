// The ids an ingester keeps for its run: sources, places, topics and speakers, each loaded once and then learnt
// from the batches it commits. After a rolled-back transaction they are reloaded, so they never hold its ids.
import type { Db } from "@dictum/db";
import { PlaceCache } from "../places.ts";
import { SpeakerStore } from "../speakers/speaker-store.ts";

export class IdCaches {
  readonly speakers: SpeakerStore;
  readonly places = new PlaceCache();
  readonly sources = new Map<string, number>();
  readonly topics = new Map<string, number>();

  constructor(private readonly db: Db) {
    this.speakers = new SpeakerStore(db);
  }

  /** Forgets every cached id and reloads what the database holds. */
  async reload(): Promise<void> {
    this.places.clear();
    this.sources.clear();
    this.topics.clear();
    await this.speakers.load();
    for (const row of await this.db.source.findMany({ select: { id: true, name: true } })) this.sources.set(row.name, row.id);
    for (const row of await this.db.topic.findMany({ select: { id: true, slug: true } })) this.topics.set(row.slug, row.id);
  }
}
