// The one statement filter. `resolveStatementFilter` validates what the user sent and looks up the ids behind
// names; `statementWhere` turns the result into a SQL condition on the statement alias `s`. Pages, counts,
// timelines, place counts and facets all use that same condition, so every number matches the rows it counts.
import type { Db, Provider } from "@dictum/db";
import { badInput } from "../errors.ts";
import { expandCountries, expandRegions, findCountryIds, findRegionIds } from "./geography.ts";
import { parseLocalId } from "./ids.ts";
import { join, searchCondition, searchTerms, sql, type Sql } from "./sql.ts";

export interface StatementFilterInput {
  regions?: string[] | null;
  countries?: string[] | null;
  speakers?: (string | number)[] | null;
  topics?: string[] | null;
  sources?: string[] | null;
  from?: Date | null;
  to?: Date | null;
  kind?: "DIRECT" | "INDIRECT" | null;
  search?: string | null;
}

/** A validated filter: ids instead of names. `null` means "no condition"; an empty list matches nothing. */
export interface ResolvedFilter {
  regionPlaceIds: number[] | null;
  countryPlaceIds: number[] | null;
  speakerIds: number[] | null;
  topicIds: number[] | null;
  sourceIds: number[] | null;
  from: Date | null;
  /** Exclusive upper bound: the day after `to`. */
  toExclusive: Date | null;
  kind: "DIRECT" | "INDIRECT" | null;
  searchTerms: string[] | null;
}

const MAX_VALUES = 100;
const DAY_MS = 86_400_000;

export async function resolveStatementFilter(db: Db, input: StatementFilterInput | null | undefined): Promise<ResolvedFilter> {
  const filter = input ?? {};
  for (const name of ["regions", "countries", "speakers", "topics", "sources"] as const) {
    const values = filter[name];
    if (values && values.length > MAX_VALUES) throw badInput(`filter.${name} accepts at most ${MAX_VALUES} values, got ${values.length}.`, { argument: `filter.${name}` });
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badInput(`filter.from (${day(filter.from)}) is after filter.to (${day(filter.to)}).`, { argument: "filter.from" });
  }
  const terms = filter.search == null ? null : searchTerms(filter.search);
  if (terms && terms.length === 0) throw badInput("filter.search has no words to search for.", { argument: "filter.search" });
  return {
    regionPlaceIds: filter.regions ? await expandRegions(db, await findRegionIds(db, filter.regions)) : null,
    countryPlaceIds: filter.countries ? await expandCountries(db, await findCountryIds(db, filter.countries)) : null,
    speakerIds: filter.speakers ? filter.speakers.map((id) => parseLocalId(id, "Speaker", "filter.speakers")) : null,
    topicIds: filter.topics ? await findTopicIds(db, filter.topics) : null,
    sourceIds: filter.sources ? await findSourceIds(db, filter.sources) : null,
    from: filter.from ?? null,
    toExclusive: filter.to ? new Date(filter.to.getTime() + DAY_MS) : null,
    kind: filter.kind ?? null,
    searchTerms: terms,
  };
}

/** `WHERE`-ready condition on `s` (a "Statement" row); `1=1` for the empty filter. */
export function statementWhere(provider: Provider, filter: ResolvedFilter): Sql {
  const conditions: Sql[] = [];
  const placeCondition = (ids: number[]) => sql`s."id" IN (SELECT "statementId" FROM "StatementPlace" WHERE "placeId" IN (${list(ids)}))`;
  if (filter.regionPlaceIds) conditions.push(placeCondition(filter.regionPlaceIds));
  if (filter.countryPlaceIds) conditions.push(placeCondition(filter.countryPlaceIds));
  if (filter.speakerIds) conditions.push(sql`s."speakerId" IN (${list(filter.speakerIds)})`);
  if (filter.topicIds) conditions.push(sql`s."id" IN (SELECT "statementId" FROM "StatementTopic" WHERE "topicId" IN (${list(filter.topicIds)}))`);
  if (filter.sourceIds) conditions.push(sql`s."articleId" IN (SELECT "id" FROM "Article" WHERE "sourceId" IN (${list(filter.sourceIds)}))`);
  if (filter.from) conditions.push(sql`s."saidOn" >= ${filter.from}`);
  if (filter.toExclusive) conditions.push(sql`s."saidOn" < ${filter.toExclusive}`);
  if (filter.kind) conditions.push(provider === "postgresql" ? sql`s."kind" = ${filter.kind}::"StatementKind"` : sql`s."kind" = ${filter.kind}`);
  if (filter.searchTerms) conditions.push(searchCondition(provider, filter.searchTerms));
  return conditions.length === 0 ? sql`1=1` : join(conditions, " AND ", "", "");
}

export const isEmptyFilter = (filter: ResolvedFilter) =>
  Object.values(filter).every((value) => value === null);

/** An IN list that is never empty (`IN ()` is a syntax error); -1 is no row's id. */
function list(ids: number[]): Sql {
  return ids.length === 0 ? sql`-1` : join(ids);
}

async function findTopicIds(db: Db, slugs: string[]): Promise<number[]> {
  const rows = await db.topic.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((slug) => !rows.some((row) => row.slug === slug));
  if (missing.length > 0) throw badInput(`Unknown topic ${missing.map((m) => `"${m}"`).join(", ")}: use topic slugs as listed by the topics query.`, { argument: "filter.topics" });
  return rows.map((row) => row.id);
}

/** Sources by name (case-insensitive); a name no article came from matches nothing rather than failing. */
async function findSourceIds(db: Db, names: string[]): Promise<number[]> {
  const wanted = new Set(names.map((name) => name.trim().toLowerCase()));
  const rows = await db.source.findMany({ select: { id: true, name: true } });
  return rows.filter((row) => wanted.has(row.name.toLowerCase())).map((row) => row.id);
}

const day = (date: Date) => date.toISOString().slice(0, 10);
