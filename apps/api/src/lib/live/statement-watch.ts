// Notices statements that any writer stored (`dictum ingest`, another API instance, raw SQL) by polling for ids
// above the highest one seen, a few times a second, while someone subscribes.
//
// PostgreSQL hands out ids when rows are inserted, not when they commit: a transaction holding id 100 can commit
// after one holding 105. So on PostgreSQL every id skipped over is kept as a gap and looked for again until it
// cannot appear any more: until every transaction that could hold it has ended (the snapshot's xmin has passed a
// horizon taken once the gap is a second old — by then the inserting transaction has its transaction id, which
// is below that horizon). A gap that ends without a row was rolled back. SQLite has one writer at a time, which
// holds the lock from its first insert to its commit, so ids become visible in order and there are no gaps.
import type { Db, Provider } from "@dictum/db";
import { sql } from "../sql.ts";

/** Rows read per query; more are read in the same tick. */
const PAGE = 2_000;
/** How old a gap must be before its horizon is taken. */
const HORIZON_DELAY_MS = 1_000;
/** Gaps kept at most (a huge rolled-back batch); the oldest are dropped first. */
const MAX_GAPS = 50_000;

interface Gap {
  since: number;
  /** pg_snapshot_xmax of a snapshot taken after `since` + HORIZON_DELAY_MS; null until then. */
  horizon: bigint | null;
}

export interface StatementWatchOptions {
  intervalMs?: number;
  /** Told the ids of newly visible statements, in id order (gaps that filled in come first). */
  onIds: (ids: number[]) => void;
}

export class StatementWatch {
  private high: number | null = null;
  private readonly gaps = new Map<number, Gap>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  /** Bumped by start(): a tick begun before a restart reports nothing and changes nothing. */
  private generation = 0;
  private failing = false;
  private ticking: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;

  constructor(private readonly db: Db, private readonly provider: Provider, private readonly options: StatementWatchOptions) {
    this.intervalMs = options.intervalMs ?? 250;
  }

  /** Starts watching: statements stored from now on are reported (those already there are not). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.generation++;
    this.high = null;
    this.gaps.clear();
    this.schedule(0, this.generation);
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Stops and waits for a tick in progress (before the database client is closed). */
  async close(): Promise<void> {
    this.stop();
    await this.ticking;
  }

  /** Gaps being looked for (tests). */
  get pendingGaps(): number[] {
    return [...this.gaps.keys()];
  }

  private schedule(ms: number, generation: number): void {
    if (!this.running || generation !== this.generation) return;
    this.timer = setTimeout(() => {
      this.ticking = this.tick().then(
        () => void (this.failing = false),
        (error: unknown) => {
          // Said once per outage; the next tick tries again.
          if (!this.failing) console.error(`live updates: cannot read new statements: ${error instanceof Error ? error.message : String(error)}`);
          this.failing = true;
        },
      ).finally(() => this.schedule(this.intervalMs, generation));
    }, ms);
    this.timer.unref();
  }

  /** One look at the database (the timer calls it; tests may too). */
  async tick(): Promise<void> {
    const generation = this.generation;
    // The snapshot is read before the rows: a gap whose transactions all ended before it is settled by this read.
    const snapshotAt = Date.now();
    const snapshot = this.provider === "postgresql" ? await this.snapshot() : null;
    if (this.high === null) {
      const top = await this.db.statement.findFirst({ select: { id: true }, orderBy: { id: "desc" } });
      if (generation === this.generation) this.high = top?.id ?? 0;
      return;
    }
    const filled: number[] = [];
    const gapIds = [...this.gaps.keys()];
    if (gapIds.length > 0) {
      const rows = await this.db.$queryRaw<{ id: number }[]>(sql`SELECT "id" FROM "Statement" WHERE "id" = ANY(${gapIds}::int[]) ORDER BY "id"`);
      filled.push(...rows.map((row) => Number(row.id)));
    }
    const above: number[] = [];
    for (let from = this.high; ;) {
      const rows: { id: number }[] = await this.db.statement.findMany({ where: { id: { gt: from } }, select: { id: true }, orderBy: { id: "asc" }, take: PAGE });
      above.push(...rows.map((row) => row.id));
      if (rows.length < PAGE) break;
      from = rows[rows.length - 1]!.id;
    }
    if (generation !== this.generation) return;
    const now = Date.now();
    for (const id of filled) this.gaps.delete(id);
    for (const id of above) {
      if (this.provider === "postgresql") for (let gap = Math.max(this.high + 1, id - MAX_GAPS); gap < id; gap++) this.addGap(gap, now);
      this.high = id;
    }
    if (snapshot) this.settle(snapshot, snapshotAt);
    const found = [...filled, ...above];
    if (found.length > 0) this.options.onIds(found);
  }

  private addGap(id: number, now: number): void {
    this.gaps.set(id, { since: now, horizon: null });
    if (this.gaps.size > MAX_GAPS) this.gaps.delete(this.gaps.keys().next().value!);
  }

  private settle(snapshot: { xmin: bigint; xmax: bigint }, takenAt: number): void {
    for (const [id, gap] of this.gaps) {
      if (gap.horizon === null) {
        if (takenAt - gap.since >= HORIZON_DELAY_MS) gap.horizon = snapshot.xmax;
      } else if (snapshot.xmin >= gap.horizon) {
        this.gaps.delete(id);
      }
    }
  }

  private async snapshot(): Promise<{ xmin: bigint; xmax: bigint }> {
    const [row] = await this.db.$queryRaw<{ xmin: string; xmax: string }[]>(
      sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin", pg_snapshot_xmax(pg_current_snapshot())::text AS "xmax"`,
    );
    return { xmin: BigInt(row!.xmin), xmax: BigInt(row!.xmax) };
  }
}
