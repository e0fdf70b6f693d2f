// The URL is the single source of truth for what the user is looking at: every filter, the order and the view are
// search parameters, so a link reproduces the view. This module converts between the URL and the API's filter.
import { isStance, type Stance } from "./stance";

export type StatementKind = "DIRECT" | "INDIRECT";
/** Newest or oldest first by the day said; relevance ranks by the full-text search and needs search text. */
export type Order = "newest" | "oldest" | "relevance";
export type View = "split" | "timeline" | "map";
/** What the map shades: the places statements are about, where they were said (datelines), where speakers are from. */
export type MapMode = "about" | "said" | "from";

/** The API's StatementFilter input: AND across fields, OR inside one list. */
export interface StatementFilter {
  regions?: string[];
  countries?: string[];
  speakers?: string[];
  topics?: string[];
  sources?: string[];
  /** ISO alpha-2 of the speaker's affiliation country (`?speakerCountry=RU`). */
  speakerCountries?: string[];
  /** Dateline countries or place keys (`?saidIn=TJ`). */
  saidIn?: string[];
  /** The statement's stance toward its targets (`?stance=CRITICISES`, any case). */
  stances?: Stance[];
  /** ISO alpha-2 of a country the statement is aimed at (`?targetCountry=UA`). */
  targetCountries?: string[];
  kind?: StatementKind;
  from?: string;
  to?: string;
  search?: string;
  /** Only the statements whose date is unknown (`?date=unknown`). */
  dateUnknown?: boolean;
  /** A grouping in `regions` also matches statements about its member countries (`?members=include`). */
  includeMembers?: boolean;
}

export interface ViewState {
  filter: StatementFilter;
  order: Order;
  view: View;
  /** Absent: "about", the default. */
  map?: Exclude<MapMode, "about">;
}

/** URL parameter for each list filter; repeated parameters hold several values (`?country=TJ&country=UZ`). */
export const listParams = {
  regions: "region",
  countries: "country",
  speakers: "speaker",
  topics: "topic",
  sources: "source",
  speakerCountries: "speakerCountry",
  saidIn: "saidIn",
  stances: "stance",
  targetCountries: "targetCountry",
} as const;

export type ListField = keyof typeof listParams;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: Params, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function one(params: Params, key: string): string | undefined {
  return all(params, key)[0];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const UPPER_CASE: ListField[] = ["countries", "speakerCountries", "targetCountries", "stances"];

function cleanList(values: string[], field: ListField): string[] {
  const trimmed = values.map((value) => value.trim()).filter((value) => value.length > 0);
  const normalised = UPPER_CASE.includes(field) ? trimmed.map((code) => code.toUpperCase()) : trimmed;
  // An unknown stance would make the API refuse the whole view.
  return [...new Set(field === "stances" ? normalised.filter(isStance) : normalised)];
}

/** Reads the view from URL parameters; values that cannot be meant (a malformed date, an unknown kind) are dropped. */
export function parseViewState(params: Params): ViewState {
  const filter: StatementFilter = {};
  for (const [field, key] of Object.entries(listParams) as [ListField, string][]) {
    const values = cleanList(all(params, key), field);
    if (values.length > 0) (filter as Record<ListField, string[]>)[field] = values;
  }
  const kind = one(params, "kind")?.toUpperCase();
  if (kind === "DIRECT" || kind === "INDIRECT") filter.kind = kind;
  const from = one(params, "from");
  if (from && DATE.test(from)) filter.from = from;
  const to = one(params, "to");
  if (to && DATE.test(to)) filter.to = to;
  const search = one(params, "q")?.trim();
  if (search) filter.search = search;
  if (one(params, "date") === "unknown") filter.dateUnknown = true;
  if (one(params, "members") === "include") filter.includeMembers = true;
  const orderValue = one(params, "order")?.toLowerCase();
  const order: Order = orderValue === "oldest" || orderValue === "asc" ? "oldest" : orderValue === "relevance" && filter.search ? "relevance" : "newest";
  const viewValue = one(params, "view");
  const view: View = viewValue === "timeline" || viewValue === "map" ? viewValue : "split";
  const mapValue = one(params, "map");
  return mapValue === "said" || mapValue === "from" ? { filter, order, view, map: mapValue } : { filter, order, view };
}

/** Writes a view back to URL parameters in a stable order, leaving defaults out so links stay short. */
export function toSearchParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { filter } = state;
  for (const [field, key] of Object.entries(listParams) as [ListField, string][]) {
    for (const value of filter[field] ?? []) params.append(key, value);
  }
  if (filter.kind) params.set("kind", filter.kind);
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  if (filter.search) params.set("q", filter.search);
  if (filter.dateUnknown) params.set("date", "unknown");
  if (filter.includeMembers) params.set("members", "include");
  if (state.order !== "newest") params.set("order", state.order);
  if (state.view !== "split") params.set("view", state.view);
  if (state.map) params.set("map", state.map);
  return params;
}

export function toHref(state: ViewState, path = "/"): string {
  const query = toSearchParams(state).toString();
  return query ? `${path}?${query}` : path;
}

/** The same view with the map shading `mode`. */
export function withMapMode(state: ViewState, mode: MapMode): ViewState {
  const { map: _current, ...rest } = state;
  return mode === "about" ? rest : { ...rest, map: mode };
}

/** The list filter a click on a country sets in each map mode. */
export function mapField(mode: MapMode): "countries" | "saidIn" | "speakerCountries" {
  return mode === "said" ? "saidIn" : mode === "from" ? "speakerCountries" : "countries";
}

/** Adds the value to a list filter, or removes it when it is already there. */
export function toggleValue(state: ViewState, field: ListField, value: string): ViewState {
  const current = state.filter[field] ?? [];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return withFilter(state, { [field]: next.length > 0 ? next : undefined });
}

/** Replaces some filter fields; `undefined` clears a field. Without search text there is no relevance order. */
export function withFilter(state: ViewState, patch: Partial<Record<keyof StatementFilter, unknown>>): ViewState {
  const filter = { ...state.filter, ...patch } as StatementFilter;
  for (const key of Object.keys(filter) as (keyof StatementFilter)[]) {
    if (filter[key] === undefined) delete filter[key];
  }
  return { ...state, filter, order: state.order === "relevance" && !filter.search ? "newest" : state.order };
}

/** The API's orderBy for a view. */
export function apiOrder(order: Order): { field: "SAID_ON" | "RELEVANCE"; direction: "ASC" | "DESC" } {
  if (order === "relevance") return { field: "RELEVANCE", direction: "DESC" };
  return { field: "SAID_ON", direction: order === "oldest" ? "ASC" : "DESC" };
}

export function isEmptyFilter(filter: StatementFilter): boolean {
  return Object.keys(filter).length === 0;
}

/** The API's StatementFilter has the same fields (dates as YYYY-MM-DD, both ends inclusive); a copy keeps it plain. */
export function toApiFilter(filter: StatementFilter): Record<string, unknown> {
  return { ...filter };
}
