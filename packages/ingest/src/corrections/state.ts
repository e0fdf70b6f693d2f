// What a statement says, as analysts correct it: the extractor's reading (stored as Statement.extracted once a
// correction touches the statement) with every correction that still stands applied on top, oldest first. The
// statement row holds the result, so every read, filter and count sees the corrected values. Pure (and light: the
// API reads corrections through it without loading the ingest pipeline).
import { countryKey } from "@dictum/geo/keys";

export type StatementKindValue = "DIRECT" | "INDIRECT";
export type SpeakerKindValue = "PERSON" | "ORGANISATION" | "UNNAMED";

export interface SpeakerValue {
  name: string;
  kind: SpeakerKindValue;
  /** The speaker row it resolved to (may be gone: the name and kind are resolved again). */
  id: number | null;
}

export interface SpanValue {
  text: string;
  start: number;
  end: number;
}

/** A statement's correctable fields. */
export interface StatementValues extends SpanValue {
  kind: StatementKindValue;
  speaker: SpeakerValue | null;
  /** Place keys ("country:ru", "city:ru:moscow", "m49:143"), sorted. */
  places: string[];
  /** Topic slugs, sorted, with their scores. */
  topics: Array<{ slug: string; score: number }>;
}

/** The extractor's reading: `found` false when the extractor no longer finds the statement (or never did: an
 * analyst added it); the values are then the last ones it had. */
export interface Extracted extends StatementValues {
  found: boolean;
}

/** What one correction changed, field by field (`from` is the value the reader saw before it). */
export interface Changes {
  /** A statement the extractor missed, added whole. */
  added?: { to: StatementValues };
  speaker?: { from: SpeakerValue | null; to: SpeakerValue | null };
  kind?: { from: StatementKindValue; to: StatementKindValue };
  text?: { from: SpanValue; to: SpanValue };
  /** ISO 3166-1 alpha-2 codes of the countries it is about. */
  places?: { from: string[]; to: string[] };
  topics?: { from: string[]; to: string[] };
  rejected?: { from: boolean; to: boolean };
}

export interface State extends StatementValues {
  rejected: boolean;
}

/** Country codes a set of place keys is about: countries, and the countries of cities and sub-national regions. */
export function countriesOf(places: readonly string[]): string[] {
  const codes = new Set<string>();
  for (const key of places) {
    const [type, code] = key.split(":");
    if ((type === "country" || type === "city" || type === "subnational") && code) codes.add(code.toUpperCase());
  }
  return [...codes].sort();
}

/** The places once corrected to be about exactly `codes`: those countries; cities and sub-national regions only
 * inside them; regions and groupings as they were (a country list says nothing about them). */
export function withCountries(places: readonly string[], codes: readonly string[]): string[] {
  const wanted = new Set(codes.map((code) => code.toLowerCase()));
  const kept = places.filter((key) => {
    const [type, code] = key.split(":");
    if (type === "country") return false;
    if (type === "city" || type === "subnational") return wanted.has(code ?? "");
    return true;
  });
  return [...new Set([...kept, ...[...wanted].map(countryKey)])].sort();
}

/**
 * The statement as readers see it: the extractor's reading with the standing corrections applied in order. It is
 * hidden (rejected) when the latest correction that says so rejects it, or, when none says, when the extractor does
 * not find it and no analyst has confirmed it by correcting or adding it.
 */
export function fold(extracted: Extracted, corrections: readonly Changes[]): State {
  let state: State = { ...copy(extracted), rejected: false };
  let explicit: boolean | null = null;
  let confirmed = false;
  for (const c of corrections) {
    if (c.rejected) explicit = c.rejected.to;
    else confirmed = true;
    if (c.added) state = { ...copy(c.added.to), rejected: false };
    if (c.speaker) state.speaker = c.speaker.to;
    if (c.kind) state.kind = c.kind.to;
    if (c.text) Object.assign(state, c.text.to);
    if (c.places) state.places = withCountries(state.places, c.places.to);
    if (c.topics) {
      const scores = new Map(state.topics.map((t) => [t.slug, t.score]));
      state.topics = [...new Set(c.topics.to)].sort().map((slug) => ({ slug, score: scores.get(slug) ?? 1 }));
    }
  }
  state.rejected = explicit ?? (!extracted.found && !confirmed);
  return state;
}

function copy(values: StatementValues): StatementValues {
  return {
    kind: values.kind, text: values.text, start: values.start, end: values.end, speaker: values.speaker ? { ...values.speaker } : null,
    places: [...values.places].sort(), topics: [...values.topics].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)),
  };
}

const fold_ = (name: string) => name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();

/** The same speaker: the same row, or the same kind and name (case and spacing aside). */
export function sameSpeaker(a: SpeakerValue | null, b: SpeakerValue | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.id !== null && a.id === b.id) return true;
  return a.kind === b.kind && fold_(a.name) === fold_(b.name);
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Whether the extractor, as it now reads the statement, gives what this correction set (every field of it). */
export function agreesWithExtractor(changes: Changes, extracted: Extracted | null): boolean {
  const found = extracted?.found === true;
  if (changes.rejected && changes.rejected.to !== !found) return false;
  if (!found) return Object.keys(changes).every((field) => field === "rejected");
  const e = extracted!;
  if (changes.added) {
    const to = changes.added.to;
    if (to.kind !== e.kind || to.start !== e.start || to.end !== e.end || !sameSpeaker(to.speaker, e.speaker)) return false;
    if (!sameSet(countriesOf(to.places), countriesOf(e.places))) return false;
  }
  if (changes.speaker && !sameSpeaker(changes.speaker.to, e.speaker)) return false;
  if (changes.kind && changes.kind.to !== e.kind) return false;
  if (changes.text && (changes.text.to.start !== e.start || changes.text.to.end !== e.end)) return false;
  if (changes.places && !sameSet(changes.places.to, countriesOf(e.places))) return false;
  if (changes.topics && !sameSet(changes.topics.to, e.topics.map((t) => t.slug))) return false;
  return true;
}

export function parseExtracted(json: string | null): Extracted | null {
  return json === null ? null : (JSON.parse(json) as Extracted);
}

export function parseChanges(json: string): Changes {
  return JSON.parse(json) as Changes;
}

/**
 * Whether the extractor, as it now reads the statement, gives what the standing corrections (oldest first) make
 * of it together: each field as the last correction that set it, an added statement as it stands now.
 */
export function standingAgreesWithExtractor(corrections: readonly Changes[], extracted: Extracted | null): boolean {
  if (corrections.length === 0) return true;
  const merged: Changes = Object.assign({}, ...corrections);
  if (merged.added && extracted) {
    const { rejected: _, ...values } = fold(extracted, corrections);
    merged.added = { to: values };
  }
  return agreesWithExtractor(merged, extracted);
}
