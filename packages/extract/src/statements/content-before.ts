import type { Document, Span } from "../pipeline/types.ts";
import { trimEnd } from "./trim.ts";

const DISCOURSE_MARKER = /^(?:On the other hand|At the same time|However|Meanwhile|In addition|Moreover|Furthermore|Nevertheless|Nonetheless|Instead|Indeed|Separately|In turn|For example|For instance|In particular|Besides|Still|Also|Likewise|Similarly|In any case|Anyway),\s+/;

/** The reported clause before a postposed cue: "CONTENT, he said." from `from` to the comma before the speaker. */
export function contentBefore(doc: Document, from: number, attributionStart: number): Span | null {
  const { masked } = doc;
  // A modifier the speaker phrase left out may stand after the boundary ("..." retired general Lloyd Newton said).
  const lead = /(?:^|[,"”’'])((?:\s*\p{Ll}[\p{Ll}-]*){1,2}\s*)$/u.exec(masked.slice(Math.max(from, attributionStart - 30), attributionStart));
  let end = lead ? attributionStart - lead[1]!.length : attributionStart;
  while (end > from && /[\s,—–-]/.test(masked[end - 1]!)) end--;
  // "Clinton "is the only candidate ..." retired general Lloyd Newton said": a closing quote mark also ends it.
  if (!/[,—–-]/.test(masked.slice(end, attributionStart)) && !/["”’']$/.test(masked.slice(from, end))) return null;
  // "On the other hand, there are still sanctions ..., he noted": the connective is the writer's, not the speaker's.
  const marker = DISCOURSE_MARKER.exec(masked.slice(from, end))?.[0].length ?? 0;
  return trimEnd(doc.text, from + marker, end);
}
