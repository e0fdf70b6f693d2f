// A speaker's positions over time: statements per period, split by stance, so a change of line shows on a timeline.
// One series for a filter, or one per speaker or per topic (the swimlanes of the speaker and topic pages), each
// from a single grouped query over the shared filter. Statements of unknown date are on no timeline and left out.
import type { Db, Provider } from "@dictum/db";
import { bucketStart, join, raw, sql, type Bucket } from "./sql.ts";
import { STANCES, statementWhere, type ResolvedFilter, type Stance } from "./statement-filter.ts";

export interface StanceCount {
  stance: Stance;
  count: number;
}

export interface PositionPoint {
  /** First day of the period. */
  start: Date;
  count: number;
  /** Every stance the period has, in the order of STANCES. */
  stances: StanceCount[];
}

type Row = Record<string, unknown>;

/** The series for the whole filter. */
export async function positions(db: Db, provider: Provider, filter: ResolvedFilter, bucket: Bucket): Promise<PositionPoint[]> {
  const rows = await db.$queryRaw<Row[]>(sql`SELECT 0 AS "key", ${bucketStart(provider, sql`s."saidOn"`, bucket)} AS "start", ${stanceText(provider)} AS "stance", COUNT(*) AS "count"
    FROM "Statement" s WHERE s."saidOn" IS NOT NULL AND ${statementWhere(provider, filter)} GROUP BY 2, 3 ORDER BY 2`);
  return toSeries(rows).get(0) ?? [];
}

/** One series per speaker in `speakerIds` (and in the filter); a speaker without dated statements has none. */
export async function positionsBySpeaker(db: Db, provider: Provider, filter: ResolvedFilter, bucket: Bucket, speakerIds: number[]): Promise<Map<number, PositionPoint[]>> {
  if (speakerIds.length === 0) return new Map();
  const narrowed = { ...filter, speakerIds: filter.speakerIds ? filter.speakerIds.filter((id) => speakerIds.includes(id)) : speakerIds };
  const rows = await db.$queryRaw<Row[]>(sql`SELECT s."speakerId" AS "key", ${bucketStart(provider, sql`s."saidOn"`, bucket)} AS "start", ${stanceText(provider)} AS "stance", COUNT(*) AS "count"
    FROM "Statement" s WHERE s."saidOn" IS NOT NULL AND ${statementWhere(provider, narrowed)} GROUP BY 1, 2, 3 ORDER BY 2`);
  return toSeries(rows);
}

/** One series per topic in `topicIds`: the filter's statements with that topic. */
export async function positionsByTopic(db: Db, provider: Provider, filter: ResolvedFilter, bucket: Bucket, topicIds: number[]): Promise<Map<number, PositionPoint[]>> {
  if (topicIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Row[]>(sql`SELECT st."topicId" AS "key", ${bucketStart(provider, sql`s."saidOn"`, bucket)} AS "start", ${stanceText(provider)} AS "stance", COUNT(*) AS "count"
    FROM "StatementTopic" st JOIN "Statement" s ON s."id" = st."statementId"
    WHERE st."topicId" IN (${join(topicIds)}) AND s."saidOn" IS NOT NULL AND ${statementWhere(provider, filter)}
    GROUP BY 1, 2, 3 ORDER BY 2`);
  return toSeries(rows);
}

export function stanceText(provider: Provider) {
  return provider === "postgresql" ? raw(`s."stance"::text`) : raw(`s."stance"`);
}

/** Rows of (key, start, stance, count), ordered by start, as one series of points per key. */
function toSeries(rows: Row[]): Map<number, PositionPoint[]> {
  const series = new Map<number, Map<string, Map<Stance, number>>>();
  for (const row of rows) {
    const key = Number(row.key);
    const periods = series.get(key) ?? new Map<string, Map<Stance, number>>();
    series.set(key, periods);
    const start = String(row.start);
    const stances = periods.get(start) ?? new Map<Stance, number>();
    periods.set(start, stances);
    stances.set(String(row.stance) as Stance, Number(row.count));
  }
  return new Map([...series].map(([key, periods]) => [key, [...periods].map(([start, stances]) => point(start, stances))]));
}

function point(start: string, stances: Map<Stance, number>): PositionPoint {
  const counts = STANCES.flatMap((stance) => (stances.has(stance) ? [{ stance, count: stances.get(stance)! }] : []));
  return { start: new Date(`${start}T00:00:00Z`), count: counts.reduce((sum, c) => sum + c.count, 0), stances: counts };
}
