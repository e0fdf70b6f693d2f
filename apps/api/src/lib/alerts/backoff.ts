// When a failed webhook delivery is tried again: exponential back-off, 30 s doubling, 7 tries in all, the last
// one 31.5 minutes after the first (the issue asks for at least 5 tries over at least 10 minutes).
export interface RetrySchedule {
  maxAttempts: number;
  /** Wait after the `attempt`-th failed try (1-based) before the next one. */
  delayMs(attempt: number): number;
}

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = {
  maxAttempts: 7,
  delayMs: (attempt) => 30_000 * 2 ** (attempt - 1),
};
