/**
 * Answers that depend on their key alone, computed once per key: speaker phrases, names and capitalised runs repeat
 * within an article and across a corpus. Emptied when full, so a long ingest's memory stays bounded.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit = 20_000) {}

  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    if (this.entries.size >= this.limit) this.entries.clear();
    const value = compute();
    this.entries.set(key, value);
    return value;
  }
}
