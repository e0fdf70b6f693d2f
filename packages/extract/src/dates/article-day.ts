// The day a story is dated, from the best evidence it carries: the record's date, else the dateline's
// ("MOSCOW, February 3, 2005", or "February 3" with the year from the record), else a date line in the text
// ("Published: 3 February 2005"). Nothing is guessed: with none of them the day is unknown (null), and so is the
// day each of its statements was said.
import { seedHeader } from "../seed-format.ts";
import { formatDay, isRealDay, parseDay, type Day } from "./calendar.ts";
import lexicon from "./lexicon.json" with { type: "json" };

const MONTHS: Record<string, number> = lexicon.months;

export type DaySource = "record" | "dateline" | "text";

/** A date as a dateline writes it: the year is often left out ("MOSCOW, February 3"). */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
}

export interface ArticleDay {
  /** YYYY-MM-DD, or null when nothing in the article says when it was written. */
  day: string | null;
  source: DaySource | null;
}

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|")})\\.?`;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, "i");
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?$`, "i");
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i;

/** "February 3", "Feb. 3, 2005", "3 February 2005", "2005-02-03", "Thursday, February 3, 2005"; else null. */
export function parseWrittenDate(value: string): WrittenDate | null {
  const s = value.trim().replace(WEEKDAY, "");
  const iso = ISO.exec(s);
  if (iso) return real({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]! });
  const monthFirst = MONTH_FIRST.exec(s);
  if (monthFirst) return real({ year: monthFirst[3] ? +monthFirst[3] : null, month: MONTHS[monthFirst[1]!.toLowerCase()]!, day: +monthFirst[2]! });
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) return real({ year: dayFirst[3] ? +dayFirst[3] : null, month: MONTHS[dayFirst[2]!.toLowerCase()]!, day: +dayFirst[1]! });
  return null;
}

function real(date: WrittenDate): WrittenDate | null {
  // Feb 29 without a year is checked against a leap year: it is a real day in some year.
  return isRealDay({ year: date.year ?? 2000, month: date.month, day: date.day }) ? date : null;
}

/** A line that is only a date, with an optional label: "Published: 3 February 2005", "date 2005-02-03". */
const DATE_LINE = /^\s*(?:(?:date[d]?|published|posted|updated|filed)(?:\s+on)?\s*:?\s*)?([^\n]{6,40}?)\s*$/i;
const SEARCH_LINES = 4;

/** A full date (with its year) standing alone on one of the first lines of the text. */
export function dateLineOf(text: string): string | null {
  const lines = text.slice(0, 2_000).split("\n").filter((line) => line.trim() !== "").slice(0, SEARCH_LINES);
  for (const line of lines) {
    const written = DATE_LINE.exec(line)?.[1];
    const date = written ? parseWrittenDate(written) : null;
    if (date?.year != null) return formatDay(date as Day);
  }
  // The seed format: a " date YYYY-MM-DD" header before the dateline, on the same line.
  const header = seedHeader(text);
  return header && parseDay(header.day) ? header.day : null;
}

export function articleDay(publishedAt: string | null, datelineDate: WrittenDate | null, text: string): ArticleDay {
  const record = publishedAt ? parseDay(publishedAt) : null;
  if (record) return { day: formatDay(record), source: "record" };
  if (datelineDate?.year != null) return { day: formatDay(datelineDate as Day), source: "dateline" };
  const line = dateLineOf(text);
  if (line) return { day: line, source: "text" };
  return { day: null, source: null };
}
