// The rows of a statement's targets (the extractor's stance stage): whom "accused Kyiv of …" is aimed at. A target
// that names one of its article's speakers is linked to that speaker's row, so "statements aimed at Lavrov" and
// his own statements meet; a country code is kept only when it is a well-formed ISO alpha-2 code.
import type { ExtractedStatement } from "@dictum/extract";

export interface TargetRow {
  statementId: number;
  position: number;
  name: string;
  kind: "place" | "speaker" | "name";
  countryCode: string | null;
  speakerId: number | null;
  start: number;
  end: number;
}

interface StoredStatement { s: ExtractedStatement; speaker: { id: number; name?: string } | null }

const STOP = new Set(["the", "of", "a", "an", "s"]);
const words = (name: string) => name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t && !STOP.has(t));

/** One name is the other's: the same last word, or all of one's words inside the other's (the scorer's speaker rule). */
function sameName(a: string, b: string): boolean {
  const x = words(a), y = words(b);
  if (!x.length || !y.length) return false;
  return x[x.length - 1] === y[y.length - 1] || x.every((t) => y.includes(t)) || y.every((t) => x.includes(t));
}

export function targetRows(statementId: number, s: ExtractedStatement, text: string, article: readonly StoredStatement[]): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const target of s.targets ?? []) {
    if (typeof target?.name !== "string" || !target.name.trim()) continue;
    const inText = Number.isInteger(target.start) && Number.isInteger(target.end) && target.start >= 0 && target.end <= text.length && target.start < target.end;
    const code = typeof target.countryCode === "string" && /^[A-Za-z]{2}$/.test(target.countryCode) ? target.countryCode.toUpperCase() : null;
    const speaker = target.kind === "speaker" ? article.find((other) => other.speaker && other.s.speaker && sameName(other.s.speaker.name, target.name))?.speaker ?? null : null;
    rows.push({
      statementId, position: rows.length, name: target.name.slice(0, 500), kind: speaker ? "speaker" : target.kind === "place" ? "place" : "name",
      countryCode: code, speakerId: speaker?.id ?? null, start: inText ? target.start : 0, end: inText ? target.end : 0,
    });
  }
  return rows;
}
