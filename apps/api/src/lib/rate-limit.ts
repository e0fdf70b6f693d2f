// A fixed-window limit on articles written per client, so one token holder cannot flood the extractor.
// In memory, per API instance: with N instances behind a balancer the effective limit is N times this.
export interface RateLimitOptions {
  /** Articles per window per client (default 600). */
  limit?: number;
  windowMs?: number;
}

export class WriteRateLimit {
  private readonly windows = new Map<string, { start: number; used: number }>();
  private readonly limit: number;
  private readonly windowMs: number;

  constructor(options: RateLimitOptions = {}) {
    this.limit = options.limit ?? 600;
    this.windowMs = options.windowMs ?? 60_000;
  }

  /** Takes `cost` from the client's window; returns the seconds to wait when that would exceed the limit. */
  take(client: string, cost: number, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(client, window);
      if (this.windows.size > 10_000) this.evict(now);
    }
    if (window.used + cost > this.limit) return { ok: false, retryAfterSeconds: Math.ceil((window.start + this.windowMs - now) / 1000) };
    window.used += cost;
    return { ok: true };
  }

  private evict(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(client);
  }
}
