/**
 * Publication dates arrive as ISO dates, ISO timestamps or RFC 822 feed dates ("Wed, 28 Jul 2021 10:00:00 +0300").
 * We keep the writer's own calendar day: a timestamp keeps its offset instead of being shifted to UTC, because
 * "said on Wednesday" is counted from the local date printed on the story.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC_822 =
  /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4})?$/;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ZONES: Record<string, string> = { ut: "Z", utc: "Z", gmt: "Z", z: "Z", est: "-05:00", edt: "-04:00",
  cst: "-06:00", cdt: "-05:00", mst: "-07:00", mdt: "-06:00", pst: "-08:00", pdt: "-07:00" };

const pad = (n: number) => String(n).padStart(2, "0");

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function offset(zone: string | undefined): string {
  if (!zone) return "Z";
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return ZONES[zone.toLowerCase()] ?? "Z";
}

/**
 * Returns "YYYY-MM-DD", a full ISO timestamp ("YYYY-MM-DDTHH:MM:SS±HH:MM"), null for an empty value,
 * or undefined when the value is not a date we can read.
 */
export function normalisePublishedAt(value: string | null | undefined): string | null | undefined {
  if (value == null) return null;
  const s = value.trim();
  if (s === "") return null;

  const date = ISO_DATE.exec(s);
  if (date) return validDay(+date[1]!, +date[2]!, +date[3]!) ? s : undefined;

  const ts = ISO_TIMESTAMP.exec(s);
  if (ts) {
    const [, y, mo, d, h, mi, sec, zone] = ts;
    if (!validDay(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59) return undefined;
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? "00"}${zone ? offset(zone.toUpperCase()) : "Z"}`;
  }

  const rfc = RFC_822.exec(s);
  if (rfc) {
    const [, d, mon, yr, h, mi, sec, zone] = rfc;
    const m = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    const y = yr!.length === 2 ? 1900 + +yr! + (+yr! < 50 ? 100 : 0) : +yr!;
    if (m === 0 || !validDay(y, m, +d!)) return undefined;
    const day = `${y}-${pad(m)}-${pad(+d!)}`;
    return h === undefined ? day : `${day}T${pad(+h)}:${mi}:${sec ?? "00"}${offset(zone)}`;
  }
  return undefined;
}
