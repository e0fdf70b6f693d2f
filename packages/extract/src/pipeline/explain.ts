// What each pipeline stage produced for one article, as lines a person reads (`dictum extract --explain`, or
// DICTUM_DEBUG_STAGES=1): a newcomer sees why a statement was, or was not, found. Pure: it only describes the
// values extractArticle passes it; the pipeline builds these lines only when someone asks for them.
import type { Resolution } from "../speakers/coref.ts";
import type { ArticleExtraction, Dateline, ExtractedStatement } from "../types.ts";
import type { Candidate, Cue, Document } from "./types.ts";

export type StageName =
  | "dateline" | "article day" | "language" | "document" | "cues" | "reported speech" | "direct quotes"
  | "transcript turns" | "filters" | "continuations" | "speakers" | "statements";

/** Called once per stage, in pipeline order, with what the stage produced. */
export type StageObserver = (stage: StageName, lines: string[]) => void;

const WIDTH = 100;
const clip = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat);
};
const at = (span: { start: number; end: number }) => `[${span.start}–${span.end}]`;

export function describeDateline(dateline: Dateline | null): string[] {
  if (!dateline) return ["none"];
  const date = dateline.date ? ` dated ${dateline.date.year ?? "?"}-${dateline.date.month}-${dateline.date.day}` : "";
  return [`${at(dateline)} ${dateline.name} (${dateline.countryCode ?? "no country"})${date}`];
}

export function describeDay(day: string | null, source: ArticleExtraction["datedBy"]): string[] {
  return [day ? `${day} (from the ${source})` : "unknown: no record date, dateline date or date line"];
}

export function describeDocument(doc: Document): string[] {
  return [
    `${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.quotes.length} quotes; the body starts at ${doc.bodyStart}`,
    ...doc.quotes.map((q) => `quote ${at(q)}${q.closed ? "" : " (never closed)"} ${clip(doc.text.slice(q.start, q.end))}`),
  ];
}

const speakerPhrase = (doc: Document, cue: Cue) => (cue.speaker ? clip(doc.text.slice(cue.speaker.start, cue.speaker.end)) : "none of its own");

export function describeCues(doc: Document, cues: Cue[]): string[] {
  if (!cues.length) return ["none"];
  return cues.map((cue) => `${at(cue)} ${cue.form} "${cue.word}" in sentence ${cue.sentence}, speaker ${speakerPhrase(doc, cue)} (${cue.order})`);
}

export function describeCandidates(doc: Document, candidates: Candidate[]): string[] {
  if (!candidates.length) return ["none"];
  return candidates.map((c) => {
    const carries = c.inheritsFrom ? `, carries on ${at(c.inheritsFrom)}` : "";
    return `${at(c)} ${c.kind} (${c.evidence}${c.cue ? `, cue "${c.cue.word}"` : ""}${carries}) ${clip(doc.text.slice(c.start, c.end))}`;
  });
}

/** The candidates a filter dropped: those in `before` that are not in `after`. */
export function describeDropped(doc: Document, before: Candidate[], after: Candidate[]): string[] {
  const kept = new Set(after.map((c) => `${c.start}:${c.end}`));
  const dropped = before.filter((c) => !kept.has(`${c.start}:${c.end}`));
  return [`${before.length} candidates, ${dropped.length} dropped`, ...describeCandidates(doc, dropped).filter((line) => line !== "none").map((line) => `dropped ${line}`)];
}

export function describeSpeakers(doc: Document, candidates: Candidate[], speakers: Map<Candidate, Resolution>): string[] {
  if (!candidates.length) return ["none"];
  return candidates.map((c) => {
    const resolved = speakers.get(c);
    const who = resolved?.speaker ? `${resolved.speaker.name}${resolved.speaker.title ? ` (${resolved.speaker.title})` : ""}, ${resolved.speaker.kind}` : "no speaker: the statement is dropped";
    return `${at(c)} ${who} by ${resolved?.path ?? "nothing"} ${clip(doc.text.slice(c.start, c.end))}`;
  });
}

export function describeStatements(statements: ExtractedStatement[]): string[] {
  if (!statements.length) return ["none"];
  return statements.map((s) => {
    const places = s.places.map((p) => p.name).concat(s.regions.map((r) => r.name));
    return `${at(s)} ${s.kind} ${s.confidence.toFixed(2)} ${s.speaker?.name ?? "?"}${s.saidOn ? ` on ${s.saidOn}` : ""}` +
      `${places.length ? `; about ${places.join(", ")}` : ""}${s.topics.length ? `; topics ${s.topics.map((t) => t.slug).join(", ")}` : ""} ${clip(s.text)}`;
  });
}
