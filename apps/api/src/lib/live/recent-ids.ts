// Which statement ids were already delivered to subscribers. The same statement can come from three places (this
// process's own write, Redis, the database watch); each subscriber must see it once.

export class RecentIds {
  // A Set keeps insertion order, so the oldest entries are the first ones to forget.
  private readonly ids = new Set<number>();

  constructor(private readonly capacity = 200_000) {}

  /** The ids not seen before, in the order given; all of them are remembered from now on. */
  take(ids: readonly number[]): number[] {
    const fresh: number[] = [];
    for (const id of ids) {
      if (this.ids.has(id)) continue;
      this.ids.add(id);
      fresh.push(id);
    }
    // Forgetting the oldest is safe: a statement that old was delivered long ago by every source.
    for (const id of this.ids) {
      if (this.ids.size <= this.capacity) break;
      this.ids.delete(id);
    }
    return fresh;
  }
}
