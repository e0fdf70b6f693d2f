/** Calendar arithmetic on YYYY-MM-DD strings in UTC, so no local time zone or clock is involved. */

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function parseDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const day = { year: +match[1]!, month: +match[2]!, day: +match[3]! };
  return isRealDay(day) ? day : null;
}

export function isRealDay({ year, month, day }: Day): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const toTime = ({ year, month, day }: Day) => Date.UTC(year, month - 1, day);

export function formatDay(day: Day): string {
  return new Date(toTime(day)).toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  const date = new Date(toTime(day) + days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return new Date(toTime(day)).getUTCDay();
}

export function isAfter(a: Day, b: Day): boolean {
  return toTime(a) > toTime(b);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}
