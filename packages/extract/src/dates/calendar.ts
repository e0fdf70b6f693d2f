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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function isRealDay({ year, month, day }: Day): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

const toTime = ({ year, month, day }: Day) => Date.UTC(year, month - 1, day);

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

export function formatDay({ year, month, day }: Day): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
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
