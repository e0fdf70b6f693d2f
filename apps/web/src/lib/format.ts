// Dates are shown in UTC: statements are dated by day, and a reader's time zone must not move them to another day.
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const longDayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const numberFormat = new Intl.NumberFormat("en-GB");

export function formatDate(iso: string): string {
  return dayFormat.format(new Date(iso));
}

export function formatDay(day: string): string {
  return longDayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** The UTC day ("2021-07-28") a timestamp falls on. */
export function dayOf(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
