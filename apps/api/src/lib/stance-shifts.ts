// Stance shifts: where a speaker's dominant stance toward a target changes from one period to the next
// ("stance changed: SUPPORTS → CRITICISES, March 2024").
//
// A target is a country (every target that is or belongs to it: "Kyiv", "Ukraine" and "Zelensky" are UA), else
// the speaker it names, else its words, lower-cased. In each period (a bucket of the timeline) the statements
// aimed at a target are counted per stance; the period has a dominant stance when it holds at least
// `minStatements` such statements and one stance has more of them than any other (a tie says no clear line). The
// periods with a dominant stance are compared in order, each with the one before it — a period with too few
// statements in between is passed over, not read as a change — and every change is a shift. With
// filter.targetCountries, only the targets in those countries are followed (as relations counts them).
import type { Db, Provider } from "@dictum/db";
import { bucketStart, join, sql, type Bucket } from "./sql.ts";
import { stanceText } from "./positions.ts";
import { statementWhere, type ResolvedFilter, type Stance } from "./statement-filter.ts";

/** One side of a shift: the period, its dominant stance, how many statements took it, of how many. */
export interface StancePeriod {
  start: Date;
  stance: Stance;
  count: number;
  total: number;
}

export interface StanceTarget {
  countryCode: string | null;
  speakerId: number | null;
  /** The article's words for it (the first in alphabetical order when it was named several ways). */
  name: string;
}

export interface StanceShift {
  speakerId: number;
  target: StanceTarget;
  before: StancePeriod;
  after: StancePeriod;
}

type Row = Record<string, unknown>;

/** Every shift in the filter's statements, newest first (then by speaker and target). */
export async function stanceShifts(db: Db, provider: Provider, filter: ResolvedFilter, bucket: Bucket, minStatements: number): Promise<StanceShift[]> {
  // As in relations: a filter on target countries keeps only those targets' series.
  const columns = filter.targetCountries ? sql`t."countryCode" IN (${filter.targetCountries.length ? join(filter.targetCountries) : sql`NULL`})` : sql`1=1`;
  const key = sql`CASE WHEN t."countryCode" IS NOT NULL THEN 'country:' || t."countryCode" WHEN t."speakerId" IS NOT NULL THEN 'speaker:' || CAST(t."speakerId" AS TEXT) ELSE 'name:' || lower(t."name") END`;
  // A statement aimed at "Kyiv" and "Ukraine" counts once toward UA: the distinct statements per group.
  const rows = await db.$queryRaw<Row[]>(sql`SELECT s."speakerId" AS "speaker", ${key} AS "key", MIN(t."countryCode") AS "countryCode", MIN(t."speakerId") AS "targetSpeaker", MIN(t."name") AS "name",
      ${bucketStart(provider, sql`s."saidOn"`, bucket)} AS "start", ${stanceText(provider)} AS "stance", COUNT(DISTINCT s."id") AS "count"
    FROM "StatementTarget" t JOIN "Statement" s ON s."id" = t."statementId"
    WHERE ${columns} AND s."speakerId" IS NOT NULL AND s."saidOn" IS NOT NULL AND s."stance" <> 'NEUTRAL' AND ${statementWhere(provider, filter)}
    GROUP BY 1, 2, 6, 7 ORDER BY 1, 2, 6`);
  const shifts: StanceShift[] = [];
  for (const series of groupSeries(rows)) {
    let previous: StancePeriod | null = null;
    for (const period of series.periods) {
      const dominant = dominantStance(period.stances, minStatements);
      if (!dominant) continue;
      const current = { start: period.start, ...dominant };
      if (previous && previous.stance !== current.stance) shifts.push({ speakerId: series.speakerId, target: series.target, before: previous, after: current });
      previous = current;
    }
  }
  return shifts.sort((a, b) => b.after.start.getTime() - a.after.start.getTime() || a.speakerId - b.speakerId || a.target.name.localeCompare(b.target.name));
}

/** The period's stance when it has enough statements and one stance leads; null otherwise. */
export function dominantStance(stances: Map<Stance, number>, minStatements: number): { stance: Stance; count: number; total: number } | null {
  const total = [...stances.values()].reduce((sum, n) => sum + n, 0);
  if (total < minStatements) return null;
  const ranked = [...stances].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return null;
  return { stance: first[0], count: first[1], total };
}

interface Series {
  speakerId: number;
  target: StanceTarget;
  periods: { start: Date; stances: Map<Stance, number> }[];
}

/** Rows ordered by (speaker, key, start) as one series of periods per speaker and target. */
function groupSeries(rows: Row[]): Series[] {
  const all = new Map<string, Series>();
  for (const row of rows) {
    const id = `${row.speaker}|${row.key}`;
    let series = all.get(id);
    if (!series) {
      const countryCode = row.countryCode == null ? null : String(row.countryCode);
      const targetSpeaker = countryCode === null && row.targetSpeaker != null ? Number(row.targetSpeaker) : null;
      series = { speakerId: Number(row.speaker), target: { countryCode, speakerId: targetSpeaker, name: String(row.name) }, periods: [] };
      all.set(id, series);
    }
    const start = new Date(`${String(row.start)}T00:00:00Z`);
    let period = series.periods.at(-1);
    if (!period || period.start.getTime() !== start.getTime()) {
      period = { start, stances: new Map() };
      series.periods.push(period);
    }
    period.stances.set(String(row.stance) as Stance, Number(row.count));
  }
  return [...all.values()];
}
