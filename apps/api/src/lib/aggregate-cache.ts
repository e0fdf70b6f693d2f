// Counts over a million statements cost a full scan (hundreds of ms on SQLite), yet they only change when
// statements are added, changed or corrected. Results are cached per query and filter, tagged with the data version:
// the highest statement id, the statement revision (bumped by a trigger whenever any writer updates or deletes
// statements: re-extraction in place), the highest correction id and how many corrections were reverted — index
// lookups, a one-row read and a count over the few hand-made corrections. A change written here or by any other
// process makes every entry stale. Entries also expire after a while, as a bound on anything the version misses.
import type { Db } from "@dictum/db";

export interface AggregateCacheOptions {
  /** How long an entry may be served without the data changing (default 5 minutes). */
  ttlMs?: number;
  /** How long one version check is trusted (default 250 ms), so a request's several counts share one check. */
  versionTtlMs?: number;
  maxEntries?: number;
}

interface Entry {
  version: string;
  at: number;
  value: Promise<unknown>;
}

export class AggregateCache {
  private readonly entries = new Map<string, Entry>();
  private readonly referenceValues = new Map<string, Promise<unknown>>();
  private version: { value: Promise<string>; at: number } | null = null;
  private readonly ttlMs: number;
  private readonly versionTtlMs: number;
  private readonly maxEntries: number;

  constructor(private readonly db: Db, options: AggregateCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 300_000;
    this.versionTtlMs = options.versionTtlMs ?? 250;
    this.maxEntries = options.maxEntries ?? 500;
  }

  /** The cached value for `key`, or `compute()` (shared by concurrent callers) when missing or stale. */
  async get<T>(key: unknown[], compute: () => Promise<T>): Promise<T> {
    const id = JSON.stringify(key);
    const version = await this.currentVersion();
    const now = Date.now();
    const entry = this.entries.get(id);
    if (entry && entry.version === version && now - entry.at < this.ttlMs) {
      this.entries.delete(id); // re-insert: Map order is recency order
      this.entries.set(id, entry);
      return entry.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(id, { version, at: now, value });
    value.catch(() => this.entries.delete(id));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  /**
   * Values derived from reference data only (places, regions), which changes with migrations, never while the API
   * runs: computed once per process, also when counts are not cached.
   */
  reference<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let value = this.referenceValues.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      this.referenceValues.set(key, value);
      value.catch(() => this.referenceValues.delete(key));
    }
    return value;
  }

  /** Called after this process wrote statements, so its own next read is fresh at once. */
  invalidate(): void {
    this.version = null;
    this.entries.clear();
  }

  /** The data version (see the top of this file), checked at most every `versionTtlMs`. */
  currentVersion(): Promise<string> {
    const now = Date.now();
    if (!this.version || now - this.version.at > this.versionTtlMs) {
      // Raw SQL: Prisma's aggregate wraps MAX in a subquery that scans the table; this is one index lookup.
      const value = this.db
        .$queryRawUnsafe<{ m: number | bigint | null; v: number | bigint | null; c: number | bigint | null; r: number | bigint | null }[]>(
          `SELECT (SELECT MAX("id") FROM "Statement") AS "m", (SELECT "revision" FROM "StatementRevision" WHERE "id" = 1) AS "v", (SELECT MAX("id") FROM "StatementCorrection") AS "c", (SELECT COUNT("revertedAt") FROM "StatementCorrection") AS "r"`,
        )
        .then(([row]) => [row?.m, row?.v, row?.c, row?.r].map((n) => Number(n ?? 0)).join(":"));
      this.version = { value, at: now };
      value.catch(() => { this.version = null; });
    }
    return this.version.value;
  }
}

/** A pass-through for callers that want every count computed (benchmarks of the cold path). */
export class NoAggregateCache extends AggregateCache {
  override async get<T>(_key: unknown[], compute: () => Promise<T>): Promise<T> {
    return compute();
  }
}
