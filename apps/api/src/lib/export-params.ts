// The export URLs' query string, named as the dashboard names its URL state (apps/web/src/lib/filters.ts), so the
// dashboard links its current address: ?region=Central+Asia&country=TJ&topic=energy&from=2021-01-01&q=oil&order=oldest.
// Everything is checked here or by resolveStatementFilter; a value that cannot be meant is an error, not ignored.
import { badInput } from "../errors.ts";
import { STANCES, type Stance, type StatementFilterInput } from "./statement-filter.ts";
import type { StatementOrder } from "./statement-page.ts";

const LISTS = { region: "regions", country: "countries", speaker: "speakers", topic: "topics", source: "sources", speakerCountry: "speakerCountries", saidIn: "saidIn", targetCountry: "targetCountries" } as const;
const SINGLE = ["kind", "from", "to", "q", "order", "date", "members", "minConfidence"] as const;
const SPEAKER_KINDS = ["PERSON", "ORGANISATION", "UNNAMED"] as const;
/** Dashboard state that does not change which rows are exported. */
const IGNORED = new Set(["view", "map"]);

export interface ExportRequest {
  filter: StatementFilterInput;
  /** null: the API's default (newest first, or most relevant first when searching). */
  order: StatementOrder | null;
}

export function parseExportParams(params: URLSearchParams): ExportRequest {
  const known = new Set<string>([...Object.keys(LISTS), "speakerKind", "stance", ...SINGLE]);
  for (const name of new Set(params.keys())) {
    if (!known.has(name) && !IGNORED.has(name)) throw badInput(`Unknown parameter "${name}": filter with ${[...known].join(", ")}.`, { argument: name });
  }
  for (const name of SINGLE) {
    if (params.getAll(name).length > 1) throw badInput(`Parameter "${name}" is given ${params.getAll(name).length} times; give it once.`, { argument: name });
  }
  const filter: StatementFilterInput = {};
  for (const [param, field] of Object.entries(LISTS) as [keyof typeof LISTS, (typeof LISTS)[keyof typeof LISTS]][]) {
    const values = [...new Set(params.getAll(param).map((value) => value.trim()).filter(Boolean))];
    if (values.length > 0) filter[field] = param === "country" || param === "speakerCountry" || param === "targetCountry" ? values.map((value) => value.toUpperCase()) : values;
  }
  const speakerKinds = [...new Set(params.getAll("speakerKind").map((value) => value.trim().toUpperCase()).filter(Boolean))];
  for (const value of speakerKinds) {
    if (!(SPEAKER_KINDS as readonly string[]).includes(value)) throw badInput(`speakerKind must be person, organisation or unnamed, got "${value.toLowerCase()}".`, { argument: "speakerKind" });
  }
  if (speakerKinds.length > 0) filter.speakerKinds = speakerKinds as (typeof SPEAKER_KINDS)[number][];
  const stances = [...new Set(params.getAll("stance").map((value) => value.trim().toUpperCase()).filter(Boolean))];
  for (const value of stances) {
    if (!(STANCES as readonly string[]).includes(value)) throw badInput(`stance must be one of ${STANCES.map((x) => x.toLowerCase()).join(", ")}, got "${value.toLowerCase()}".`, { argument: "stance" });
  }
  if (stances.length > 0) filter.stances = stances as Stance[];
  const minConfidence = params.get("minConfidence")?.trim();
  if (minConfidence) {
    const value = Number(minConfidence);
    if (!/^\d*\.?\d+$/.test(minConfidence) || !(value >= 0 && value <= 1)) throw badInput(`minConfidence must be a number from 0 to 1, got "${minConfidence}".`, { argument: "minConfidence" });
    filter.minConfidence = value;
  }
  const kind = params.get("kind")?.trim().toUpperCase();
  if (kind) {
    if (kind !== "DIRECT" && kind !== "INDIRECT") throw badInput(`kind must be direct or indirect, got "${params.get("kind")}".`, { argument: "kind" });
    filter.kind = kind;
  }
  for (const name of ["from", "to"] as const) {
    const value = params.get(name)?.trim();
    if (value) filter[name] = day(value, name);
  }
  const date = params.get("date")?.trim().toLowerCase();
  if (date) {
    if (date !== "unknown") throw badInput(`date must be unknown (statements whose date is unknown), got "${params.get("date")}".`, { argument: "date" });
    filter.dateUnknown = true;
  }
  const members = params.get("members")?.trim().toLowerCase();
  if (members) {
    if (members !== "include") throw badInput(`members must be include (groupings match their member countries), got "${params.get("members")}".`, { argument: "members" });
    filter.includeMembers = true;
  }
  const search = params.get("q")?.trim();
  if (search) filter.search = search;
  return { filter, order: order(params.get("order")?.trim().toLowerCase(), Boolean(search)) };
}

function order(value: string | undefined, searching: boolean): StatementOrder | null {
  switch (value) {
    case undefined:
    case "":
      return null;
    case "newest":
      return { field: "SAID_ON", direction: "DESC" };
    case "oldest":
      return { field: "SAID_ON", direction: "ASC" };
    case "relevance":
      if (!searching) throw badInput("order=relevance ranks search results: give q too.", { argument: "order" });
      return { field: "RELEVANCE", direction: "DESC" };
    default:
      throw badInput(`order must be newest, oldest or relevance, got "${value}".`, { argument: "order" });
  }
}

function day(value: string, name: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) && !value.startsWith("0000") ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badInput(`${name} must be a day written YYYY-MM-DD, such as 2021-07-28, got "${value}".`, { argument: name });
  }
  return date;
}
