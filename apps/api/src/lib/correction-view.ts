// What a stored correction changed, field by field, as readers see it: the JSON of StatementCorrection.changes
// (see @dictum/ingest/corrections-state) turned into plain text, one entry per field.
import type { Changes, SpeakerValue, StatementValues } from "@dictum/ingest/corrections-state";
import { countriesOf } from "@dictum/ingest/corrections-state";

export type CorrectionField = "ADDED" | "SPEAKER" | "KIND" | "TEXT" | "PLACES" | "TOPICS" | "REJECTED";

export interface CorrectionChange {
  field: CorrectionField;
  from: string | null;
  to: string | null;
}

const speaker = (value: SpeakerValue | null) => (value ? `${value.name} (${value.kind})` : null);
const list = (values: readonly string[]) => values.join(", ");
const span = (value: { text: string; start: number; end: number }) => `[${value.start}, ${value.end}) ${value.text}`;

function added(values: StatementValues): string {
  const who = speaker(values.speaker) ?? "no speaker";
  const places = countriesOf(values.places);
  return `${values.kind} by ${who}: ${span(values)}${places.length ? `; places ${list(places)}` : ""}`;
}

/** Each field the correction changed, in a fixed order; `from` is null for an addition (nothing was there). */
export function describeChanges(changes: Changes): CorrectionChange[] {
  const out: CorrectionChange[] = [];
  if (changes.added) out.push({ field: "ADDED", from: null, to: added(changes.added.to) });
  if (changes.speaker) out.push({ field: "SPEAKER", from: speaker(changes.speaker.from), to: speaker(changes.speaker.to) });
  if (changes.kind) out.push({ field: "KIND", from: changes.kind.from, to: changes.kind.to });
  if (changes.text) out.push({ field: "TEXT", from: span(changes.text.from), to: span(changes.text.to) });
  if (changes.places) out.push({ field: "PLACES", from: list(changes.places.from), to: list(changes.places.to) });
  if (changes.topics) out.push({ field: "TOPICS", from: list(changes.topics.from), to: list(changes.topics.to) });
  if (changes.rejected) out.push({ field: "REJECTED", from: String(changes.rejected.from), to: String(changes.rejected.to) });
  return out;
}

/** The fields the standing corrections set, each once, in describeChanges's order. */
export function correctedFields(standing: readonly Changes[]): CorrectionField[] {
  const fields = new Set(standing.flatMap((changes) => describeChanges(changes).map((c) => c.field)));
  return (["ADDED", "SPEAKER", "KIND", "TEXT", "PLACES", "TOPICS", "REJECTED"] as const).filter((field) => fields.has(field));
}
