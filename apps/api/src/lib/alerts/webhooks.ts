// Webhook delivery, apart from the write path. Two steps, both coordinated through the database so they work for
// every writer (the API's ingest mutations, `dictum ingest` on the command line) and with several API processes:
//
// 1. scan: for each hook, the statements stored since its high-water mark (SavedSearch.scannedThroughId) that match
//    its filter become one pending WebhookDelivery. Moving the mark and queuing the batch happen in one transaction
//    whose UPDATE only succeeds while the mark is where this process read it, so a batch is queued once.
// 2. deliver: a process takes a hook by setting its lease (UPDATE … WHERE the lease is free and the last POST is at
//    least a second old), sends that hook's oldest due delivery, records the outcome and frees the lease. One process
//    sends for a hook at a time, so each batch is POSTed once and a hook gets at most one request per second.
//    (A process that dies mid-send leaves a lease that expires; the batch is then sent again: receivers can dedupe
//    on X-Dictum-Delivery.)
import { createHmac } from "node:crypto";
import { sqlReader, type Db, type Provider } from "@dictum/db";
import { sql } from "../sql.ts";
import type { ResolvedFilter, StatementFilterInput } from "../statement-filter.ts";
import { DEFAULT_RETRY_SCHEDULE, type RetrySchedule } from "./backoff.ts";
import { matchingBetween, newestStatementId, postgresScanPoint, type ScanPoint } from "./matching.ts";
import { filterFromJson } from "./stored-filter.ts";
import { loadSummaries } from "./summaries.ts";
import { deliveryRefusal } from "./webhook-url.ts";

export const SIGNATURE_HEADER = "x-dictum-signature";
/** Statements per POST; a larger batch (a bulk ingest) is split. */
export const MAX_BATCH = 200;

export interface WebhookOptions {
  db: Db;
  provider: Provider;
  resolveFilter: (input: StatementFilterInput) => Promise<ResolvedFilter>;
  dashboardUrl: string;
  allowPrivate: boolean;
  now?: () => Date;
  fetch?: typeof fetch;
  schedule?: RetrySchedule;
  /** Least time between two POSTs to one hook. */
  minIntervalMs?: number;
  /** How long a process may hold a hook while sending (longer than the request timeout). */
  leaseMs?: number;
  timeoutMs?: number;
  /** How often the background loop scans and delivers. */
  pollMs?: number;
}

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

export class WebhookWorker {
  private readonly now: () => Date;
  private readonly send: typeof fetch;
  private readonly schedule: RetrySchedule;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** PostgreSQL: scan points not yet known to be safe (see postgresScanPoint). */
  private points: ScanPoint[] = [];

  constructor(private readonly options: WebhookOptions) {
    this.now = options.now ?? (() => new Date());
    this.send = options.fetch ?? fetch;
    this.schedule = options.schedule ?? DEFAULT_RETRY_SCHEDULE;
  }

  /** Scans and delivers every pollMs until stop(). */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.poke(), this.options.pollMs ?? 1_000);
    this.timer.unref();
  }

  /** No more ticks in this process (its pending deliveries stay in the database for the next one). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Resolves when no tick is running. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Run a tick now (after an ingest); ticks never overlap, a poke during one runs another after it. */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.tick().catch((error) => console.error("webhooks:", error));
      } while (this.again);
      this.running = null;
    })();
  }

  async tick(): Promise<void> {
    await this.scan();
    await this.deliverDue();
  }

  /** Queues the statements stored since each hook's high-water mark that match its filter. */
  async scan(): Promise<number> {
    const { db } = this.options;
    // The two polls run every second in every API process, with or without hooks: they go through the lean reader,
    // so a process that only serves reads never loads Prisma's query compiler (about 60 MB) for them.
    const hooks = await sqlReader(db).query<{ id: number; filter: string; scannedThroughId: number }>(
      sql`SELECT "id", "filter", "scannedThroughId" FROM "SavedSearch" WHERE "webhookUrl" IS NOT NULL AND "webhookDisabledAt" IS NULL ORDER BY "id"`,
    );
    if (hooks.length === 0) return 0;
    const through = await this.horizon();
    let queued = 0;
    for (const hook of hooks) {
      if (through <= hook.scannedThroughId) continue;
      const filter = await this.options.resolveFilter(filterFromJson(hook.filter));
      const ids = await matchingBetween(db, this.options.provider, filter, hook.scannedThroughId, through);
      const batches: number[][] = [];
      for (let i = 0; i < ids.length; i += MAX_BATCH) batches.push(ids.slice(i, i + MAX_BATCH));
      await db.$transaction(async (tx) => {
        const moved = await tx.savedSearch.updateMany({ where: { id: hook.id, scannedThroughId: hook.scannedThroughId }, data: { scannedThroughId: through } });
        if (moved.count === 0) return; // another process queued this range
        for (const [index, batch] of batches.entries()) {
          const throughId = index === batches.length - 1 ? through : batch.at(-1)!;
          await tx.webhookDelivery.create({ data: { savedSearchId: hook.id, statementIds: JSON.stringify(batch), throughId, nextAttemptAt: this.now() } });
          queued++;
        }
      });
    }
    return queued;
  }

  /** The highest statement id below which no statement can still appear (every writer before it has finished). */
  private async horizon(): Promise<number> {
    if (this.options.provider !== "postgresql") return newestStatementId(this.options.db); // SQLite: one writer at a time
    const point = await postgresScanPoint(this.options.db);
    if (!point.oldestWriter) {
      this.points = [];
      return point.id;
    }
    this.points.push(point);
    const oldest = point.oldestWriter;
    const safe = this.points.filter((p) => p.at < oldest);
    const horizon = safe.length === 0 ? 0 : Math.max(...safe.map((p) => p.id));
    this.points = this.points.filter((p) => p.at >= oldest).slice(-1_000);
    if (horizon > 0) this.points.unshift({ id: horizon, at: new Date(0), oldestWriter: null }); // stays safe
    return horizon;
  }

  /** Sends at most one due delivery per hook; returns how many were attempted. */
  async deliverDue(): Promise<number> {
    const { db } = this.options;
    const now = this.now();
    const due = await sqlReader(db).query<{ savedSearchId: number }>(
      sql`SELECT DISTINCT "savedSearchId" FROM "WebhookDelivery" WHERE "state" = 'pending' AND "nextAttemptAt" <= ${now} ORDER BY "savedSearchId" LIMIT 50`,
    );
    let attempted = 0;
    for (const { savedSearchId } of due) {
      const quietSince = new Date(now.getTime() - (this.options.minIntervalMs ?? 1_000));
      const claimed = await db.savedSearch.updateMany({
        where: {
          id: savedSearchId,
          AND: [
            { OR: [{ deliveryLeaseUntil: null }, { deliveryLeaseUntil: { lt: now } }] },
            { OR: [{ lastPostAt: null }, { lastPostAt: { lte: quietSince } }] },
          ],
        },
        data: { deliveryLeaseUntil: new Date(now.getTime() + (this.options.leaseMs ?? 60_000)) },
      });
      if (claimed.count === 0) continue;
      let posted = false;
      try {
        posted = await this.deliverNext(savedSearchId, now);
        if (posted) attempted++;
      } finally {
        await db.savedSearch.update({ where: { id: savedSearchId }, data: { deliveryLeaseUntil: null, ...(posted ? { lastPostAt: this.now() } : {}) } }).catch(() => {});
      }
    }
    return attempted;
  }

  /** With the hook's lease held: sends its oldest due delivery. False when there was none (another process sent it). */
  private async deliverNext(savedSearchId: number, now: Date): Promise<boolean> {
    const { db } = this.options;
    const delivery = await db.webhookDelivery.findFirst({ where: { savedSearchId, state: "pending", nextAttemptAt: { lte: now } }, orderBy: { id: "asc" }, include: { savedSearch: true } });
    if (!delivery) return false;
    const hook = delivery.savedSearch;
    if (!hook.webhookUrl || hook.webhookDisabledAt) {
      await db.webhookDelivery.update({ where: { id: delivery.id }, data: { state: "disabled" } });
      return false;
    }
    const attempt = delivery.attempts + 1;
    const outcome = await this.post(hook, delivery.id, JSON.parse(delivery.statementIds) as number[], attempt);
    const at = this.now();
    if (outcome.status !== null && outcome.status >= 200 && outcome.status < 300) {
      await db.webhookDelivery.update({ where: { id: delivery.id }, data: { state: "delivered", attempts: attempt, lastAttemptAt: at, deliveredAt: at, lastStatus: outcome.status, lastError: null } });
    } else if (outcome.status === 410) {
      // Gone: the receiver asks us to stop. The hook is disabled and nothing more is queued or sent.
      await db.$transaction([
        db.webhookDelivery.update({ where: { id: delivery.id }, data: { state: "disabled", attempts: attempt, lastAttemptAt: at, lastStatus: 410 } }),
        db.webhookDelivery.updateMany({ where: { savedSearchId, state: "pending" }, data: { state: "disabled" } }),
        db.savedSearch.update({ where: { id: savedSearchId }, data: { webhookDisabledAt: at } }),
      ]);
    } else {
      const last = attempt >= this.schedule.maxAttempts;
      await db.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          state: last ? "failed" : "pending",
          attempts: attempt,
          lastAttemptAt: at,
          lastStatus: outcome.status,
          lastError: outcome.error,
          nextAttemptAt: last ? delivery.nextAttemptAt : new Date(at.getTime() + this.schedule.delayMs(attempt)),
        },
      });
    }
    return true;
  }

  private async post(hook: { id: number; name: string; webhookUrl: string | null; webhookSecret: string | null }, deliveryId: number, ids: number[], attempt: number): Promise<{ status: number | null; error: string | null }> {
    const url = new URL(hook.webhookUrl!);
    const refusal = await deliveryRefusal(url, this.options.allowPrivate);
    if (refusal) return { status: null, error: refusal };
    const statements = await loadSummaries(this.options.db, ids, this.options.dashboardUrl);
    const body = JSON.stringify({ event: "statements.matched", delivery: deliveryId, attempt, savedSearch: { id: hook.id, name: hook.name }, statements });
    const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "Dictum-Webhooks", "x-dictum-delivery": String(deliveryId) };
    if (hook.webhookSecret) headers[SIGNATURE_HEADER] = sign(hook.webhookSecret, body);
    try {
      // Redirects are never followed: the place they point to has not been checked.
      const response = await this.send(url, { method: "POST", body, headers, redirect: "manual", signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) });
      await response.body?.cancel().catch(() => {});
      const error = response.status >= 300 && response.status < 400 ? `redirect to ${response.headers.get("location") ?? "?"} not followed` : response.ok ? null : `HTTP ${response.status}`;
      return { status: response.status, error };
    } catch (error) {
      return { status: null, error: (error as Error).name === "TimeoutError" ? "timed out" : (error as Error).message };
    }
  }
}
