// The one statement filter. `resolveStatementFilter` validates what the user sent and looks up the ids behind
// names; `statementWhere` turns the result into a SQL condition on the statement alias `s`. Pages, counts,
// timelines, place counts and facets all use that same condition, so every number matches the rows it counts.
import type { Db, Provider } from "@dictum/db";
import { badInput } from "../errors.ts";
import { linkIdList } from "./literal-sql.ts";
import { expandCountries, expandRegions, findCountryIds, findRegionIds } from "./geography.ts";
import { parseLocalId } from "./ids.ts";
import { parseSearch, type SearchQuery } from "./search-query.ts";
import { idList as list, join, raw, searchCondition, sql, type Sql } from "./sql.ts";

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
  /** true: only statements whose date is unknown; false: only those with a known date. */
  dateUnknown?: boolean | null;
  /** A grouping or feature in `regions` also matches statements about its member countries. */
  includeMembers?: boolean | null;
  /** ISO 3166-1 alpha-2 of the speaker's affiliation country (Speaker.countryCode). */
  speakerCountries?: string[] | null;
  speakerKinds?: SpeakerKind[] | null;
  /** Where the article was filed (its dateline): country codes ("TJ", which also matches its cities) or place keys ("city:tj:dushanbe"). */
  saidIn?: string[] | null;
  /** Only statements extracted with at least this confidence (0..1). */
  minConfidence?: number | null;
  /** The statement's stance (packages/extract/eval/stance-guide.md). */
  stances?: Stance[] | null;
  /** ISO 3166-1 alpha-2 of a country one of the statement's targets is or belongs to (StatementTarget.countryCode). */
  targetCountries?: string[] | null;
  /** Statements analysts rejected (not statements at all) too; left out by default. */
  includeRejected?: boolean | null;
}

export type Stance = "CRITICISES" | "WARNS" | "DEMANDS" | "SUPPORTS" | "DENIES" | "NEUTRAL";
export const STANCES: readonly Stance[] = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"];

export type SpeakerKind = "PERSON" | "ORGANISATION" | "UNNAMED";
const SPEAKER_KINDS: readonly SpeakerKind[] = ["PERSON", "ORGANISATION", "UNNAMED"];

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
  /** The parsed search (search-query.ts). */
  searchTerms: SearchQuery | null;
  /** true: the date is unknown (NULL); false: it is known; null: either. */
  dateUnknown: boolean | null;
  speakerCountries: string[] | null;
  speakerKinds: SpeakerKind[] | null;
  /** Dateline place ids (Article.datelinePlaceId), countries expanded to the places inside them. */
  saidInPlaceIds: number[] | null;
  minConfidence: number | null;
  stances: Stance[] | null;
  targetCountries: string[] | null;
  /** Rejected statements match too (they are left out otherwise, as the count tables leave them out). */
  includeRejected: boolean;
  /** Link conditions (places, topics) that match few rows; see `linkCondition`. targets and saidIn: see `pageWhere`. */
  selective: { regions: boolean; countries: boolean; topics: boolean; targets: boolean; saidIn: boolean };
}

const MAX_VALUES = 100;
const DAY_MS = 86_400_000;

/** Memoises lookups in reference data (places, regions), which do not change while the API runs. */
export type ReferenceMemo = <T>(key: string, compute: () => Promise<T>) => Promise<T>;
const noMemo: ReferenceMemo = (_key, compute) => compute();

export async function resolveStatementFilter(db: Db, provider: Provider, input: StatementFilterInput | null | undefined, memo: ReferenceMemo = noMemo): Promise<ResolvedFilter> {
  const filter = input ?? {};
  for (const name of ["regions", "countries", "speakers", "topics", "sources", "speakerCountries", "speakerKinds", "saidIn", "stances", "targetCountries"] as const) {
    const values = filter[name];
    if (values && values.length > MAX_VALUES) throw badInput(`filter.${name} accepts at most ${MAX_VALUES} values, got ${values.length}.`, { argument: `filter.${name}` });
    // PostgreSQL refuses NUL in text parameters (the lookup failed as an internal error); no name holds one
    if (values?.some((value) => typeof value === "string" && value.includes("\u0000"))) throw badInput(`filter.${name} holds a NUL character.`, { argument: `filter.${name}` });
  }
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badInput(`filter.from (${day(filter.from)}) is after filter.to (${day(filter.to)}).`, { argument: "filter.from" });
  }
  const terms = filter.search == null ? null : parseSearch(filter.search);
  if (filter.search != null && terms === null) throw badInput("filter.search has no words to search for.", { argument: "filter.search" });
  if (terms === "only-excluded") throw badInput("filter.search only leaves words out (-word): add a word to find.", { argument: "filter.search" });
  // One memo entry per normalised value (not per list), so what is memoised is bounded by the places there are.
  const includeMembers = filter.includeMembers === true;
  const regionPlaceIds = filter.regions
    ? await placeIdsFor(filter.regions, (value) => memo(`region:${includeMembers ? "members:" : ""}${value.normalize("NFKC").trim().toLowerCase()}`, async () => expandRegions(db, await findRegionIds(db, [value]), { includeMembers })))
    : null;
  const countryPlaceIds = filter.countries
    ? await placeIdsFor(filter.countries, (value) => memo(`country:${value.trim().toUpperCase()}`, async () => expandCountries(db, await findCountryIds(db, [value]))))
    : null;
  const topicIds = filter.topics ? await findTopicIds(db, filter.topics) : null;
  const speakerCountries = filter.speakerCountries ? filter.speakerCountries.map((code) => isoCode(code, "filter.speakerCountries")) : null;
  const badKind = filter.speakerKinds?.find((kind) => !SPEAKER_KINDS.includes(kind));
  if (badKind !== undefined) throw badInput(`Unknown speaker kind "${badKind}": use ${SPEAKER_KINDS.join(", ")}.`, { argument: "filter.speakerKinds" });
  const minConfidence = filter.minConfidence ?? null;
  if (minConfidence !== null && !(minConfidence >= 0 && minConfidence <= 1)) throw badInput(`filter.minConfidence must be between 0 and 1, got ${minConfidence}.`, { argument: "filter.minConfidence" });
  const badStance = filter.stances?.find((stance) => !STANCES.includes(stance));
  if (badStance !== undefined) throw badInput(`Unknown stance "${badStance}": use ${STANCES.join(", ")}.`, { argument: "filter.stances" });
  const targetCountries = filter.targetCountries ? [...new Set(filter.targetCountries.map((code) => isoCode(code, "filter.targetCountries")))] : null;
  const saidInPlaceIds = filter.saidIn ? await placeIdsFor(filter.saidIn, (value) => memo(`said-in:${value.trim().toLowerCase()}`, () => datelinePlaceIds(db, value))) : null;
  return {
    regionPlaceIds,
    countryPlaceIds,
    speakerIds: filter.speakers ? filter.speakers.map((id) => parseLocalId(id, "Speaker", "filter.speakers")) : null,
    topicIds,
    sourceIds: filter.sources ? await findSourceIds(db, filter.sources) : null,
    from: filter.from ?? null,
    toExclusive: filter.to ? new Date(filter.to.getTime() + DAY_MS) : null,
    kind: filter.kind ?? null,
    searchTerms: terms,
    dateUnknown: filter.dateUnknown ?? null,
    speakerCountries,
    speakerKinds: filter.speakerKinds ? [...new Set(filter.speakerKinds)] : null,
    saidInPlaceIds,
    minConfidence,
    stances: filter.stances ? [...new Set(filter.stances)] : null,
    targetCountries,
    includeRejected: filter.includeRejected === true,
    selective: {
      regions: await isSelective(db, provider, "StatementPlace", "placeId", regionPlaceIds),
      countries: await isSelective(db, provider, "StatementPlace", "placeId", countryPlaceIds),
      topics: await isSelective(db, provider, "StatementTopic", "topicId", topicIds),
      targets: await isSelective(db, provider, "StatementTarget", "countryCode", targetCountries),
      saidIn: await isSelective(db, provider, "Article", "datelinePlaceId", saidInPlaceIds),
    },
  };
}

async function placeIdsFor(values: string[], expand: (value: string) => Promise<number[]>): Promise<number[]> {
  const ids = new Set<number>();
  for (const value of values) for (const id of await expand(value)) ids.add(id);
  return [...ids];
}

/** Fewer than this many link rows: drive the query from the link table (IN); more: probe per statement (EXISTS). */
const SELECTIVE_ROWS = 2_000;

/**
 * Whether a link condition matches few rows, counted up to SELECTIVE_ROWS (bounded cost). SQLite runs an IN
 * subquery by collecting every matching statement id first, which is quick for a country with a few hundred
 * statements and slow for Europe with a hundred thousand; for those, probing each candidate statement (newest
 * first, stopping at the page size) is the fast way. PostgreSQL chooses between the two itself.
 */
async function isSelective(db: Db, provider: Provider, table: string, column: string, ids: (number | string)[] | null): Promise<boolean> {
  if (!ids || provider !== "sqlite") return true;
  const values = ids.length === 0 ? sql`NULL` : join(ids);
  const rows = await db.$queryRaw<{ n: number | bigint }[]>(
    sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 FROM ${raw(`"${table}"`)} WHERE ${raw(`"${column}"`)} IN (${values}) LIMIT ${SELECTIVE_ROWS}) t`,
  );
  return Number(rows[0]?.n ?? 0) < SELECTIVE_ROWS;
}

/**
 * The condition for a page of statements read in date order (LIMIT n): the same rows as `statementWhere`, but a
 * target-country or dateline condition that matches many statements is checked per statement while the date index
 * is walked (the page fills after a few hundred rows), instead of first collecting every match and sorting them
 * (London's 40,000 statements among a million took 45 ms that way, 14 ms walking). Counts and aggregates read all
 * matches anyway and keep the collecting form.
 */
export function pageWhere(provider: Provider, filter: ResolvedFilter): Sql {
  return statementWhere(provider, filter, "statements", true);
}

/** The rows of `pageWhere`, its place and topic conditions tested per statement against their ids hashed once
 * (see `commonLinks`; PostgreSQL). */
export function walkingPageWhere(provider: Provider, filter: ResolvedFilter): Sql {
  return statementWhere(provider, filter, "statements", true, true);
}

/**
 * `WHERE`-ready condition on `s`: a "Statement" row, or with `rows: "counts"` a row of the count tables (which have
 * the columns the count-table filters use, and hold no rejected statement). `1=1` when nothing is asked. `page`:
 * see `pageWhere`.
 */
export function statementWhere(provider: Provider, filter: ResolvedFilter, rows: "statements" | "counts" = "statements", page = false, hashedLinks = false): Sql {
  const conditions: Sql[] = [];
  if (rows === "statements" && !filter.includeRejected) conditions.push(sql`NOT s."rejected"`);
  if (filter.regionPlaceIds) conditions.push(linkCondition(provider, "StatementPlace", "placeId", filter.regionPlaceIds, filter.selective.regions, hashedLinks));
  if (filter.countryPlaceIds) conditions.push(linkCondition(provider, "StatementPlace", "placeId", filter.countryPlaceIds, filter.selective.countries, hashedLinks));
  if (filter.speakerIds) conditions.push(sql`s."speakerId" IN (${list(filter.speakerIds)})`);
  if (filter.topicIds) conditions.push(linkCondition(provider, "StatementTopic", "topicId", filter.topicIds, filter.selective.topics, hashedLinks));
  if (filter.sourceIds) conditions.push(sql`s."articleId" IN (SELECT "id" FROM "Article" WHERE "sourceId" IN (${list(filter.sourceIds)}))`);
  if (filter.from) conditions.push(sql`s."saidOn" >= ${filter.from}`);
  if (filter.toExclusive) conditions.push(sql`s."saidOn" < ${filter.toExclusive}`);
  if (filter.dateUnknown !== null) conditions.push(filter.dateUnknown ? sql`s."saidOn" IS NULL` : sql`s."saidOn" IS NOT NULL`);
  if (filter.kind) conditions.push(provider === "postgresql" ? sql`s."kind" = ${filter.kind}::"StatementKind"` : sql`s."kind" = ${filter.kind}`);
  if (filter.speakerCountries || filter.speakerKinds) conditions.push(sql`s."speakerId" IN (SELECT "id" FROM "Speaker" sp WHERE ${speakerMatch(provider, filter.speakerCountries, filter.speakerKinds)})`);
  if (filter.saidInPlaceIds) {
    // Unary + keeps SQLite from driving the query from the articles (see pageWhere).
    const article = page && !filter.selective.saidIn ? raw(`+s."articleId"`) : raw(`s."articleId"`);
    conditions.push(sql`${article} IN (SELECT "id" FROM "Article" WHERE "datelinePlaceId" IN (${list(filter.saidInPlaceIds)}))`);
  }
  if (filter.minConfidence !== null) conditions.push(sql`s."confidence" >= ${filter.minConfidence}`);
  if (filter.stances) conditions.push(stanceCondition(provider, filter.stances));
  if (filter.targetCountries) {
    const codes = filter.targetCountries.length ? join(filter.targetCountries) : sql`NULL`;
    conditions.push(page && !filter.selective.targets
      ? sql`EXISTS (SELECT 1 FROM "StatementTarget" l WHERE l."statementId" = s."id" AND ${raw(provider === "sqlite" ? `+l."countryCode"` : `l."countryCode"`)} IN (${codes}))`
      : sql`s."id" IN (SELECT "statementId" FROM "StatementTarget" WHERE "countryCode" IN (${codes}))`);
  }
  if (filter.searchTerms) conditions.push(searchCondition(provider, filter.searchTerms));
  return conditions.length === 0 ? sql`1=1` : join(conditions, " AND ", "", "");
}

/** The speaker `sp` is from one of `countries` and of one of `kinds` (a statement without a speaker matches neither). */
export function speakerMatch(provider: Provider, countries: string[] | null, kinds: SpeakerKind[] | null): Sql {
  const parts: Sql[] = [];
  if (countries) parts.push(countries.length === 0 ? sql`1=0` : sql`sp."countryCode" IN (${join(countries)})`);
  if (kinds) {
    const values = kinds.map((kind) => (provider === "postgresql" ? sql`${kind}::"SpeakerKind"` : sql`${kind}`));
    parts.push(kinds.length === 0 ? sql`1=0` : sql`sp."kind" IN (${join(values)})`);
  }
  return parts.length === 0 ? sql`1=1` : join(parts, " AND ", "", "");
}

function stanceCondition(provider: Provider, stances: Stance[]): Sql {
  if (stances.length === 0) return sql`1=0`;
  const values = stances.map((stance) => (provider === "postgresql" ? sql`${stance}::"Stance"` : sql`${stance}`));
  return sql`s."stance" IN (${join(values)})`;
}

/** A country code matches datelines in the country or any place inside it; anything else is a place key. */
async function datelinePlaceIds(db: Db, value: string): Promise<number[]> {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) return expandCountries(db, await findCountryIds(db, [trimmed]));
  const place = await db.place.findUnique({ where: { key: trimmed.toLowerCase() }, select: { id: true } });
  if (!place) throw badInput(`Unknown place "${trimmed}" in filter.saidIn: use a country code ("TJ") or a place key ("city:tj:dushanbe").`, { argument: "filter.saidIn" });
  return [place.id];
}

function isoCode(code: string, argument: string): string {
  const value = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(value)) throw badInput(`Invalid country code "${code}": use ISO 3166-1 alpha-2 codes such as "RU".`, { argument });
  return value;
}

/** The statement is linked (in `table`, a StatementPlace or StatementTopic) to one of `ids`. `hashed`
 * (PostgreSQL): wrapped so the planner cannot turn it into a join; it stays a subquery run once, whose ids each
 * statement is looked up in (see `commonLinks`). IS TRUE only turns NULL into false, which WHERE does anyway. */
function linkCondition(provider: Provider, table: string, column: string, ids: number[], selective: boolean, hashed = false): Sql {
  const t = raw(`"${table}"`);
  const c = raw(`"${column}"`);
  const values = linkIdList(provider, ids);
  if (hashed) return sql`(s."id" IN (SELECT "statementId" FROM ${t} WHERE ${c} IN (${values}))) IS TRUE`;
  if (selective) return sql`s."id" IN (SELECT "statementId" FROM ${t} WHERE ${c} IN (${values}))`;
  // Unary + keeps SQLite from probing the (link, statement) index once per id: it looks up the statement's own
  // few links by primary key instead.
  return sql`EXISTS (SELECT 1 FROM ${t} l WHERE l."statementId" = s."id" AND +l.${c} IN (${values}))`;
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

