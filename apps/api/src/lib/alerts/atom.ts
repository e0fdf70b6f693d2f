// Atom 1.0 (RFC 4287) documents for statement feeds, written by hand: the format is small and fixed.
import type { StatementSummary } from "./summaries.ts";

export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own URL. */
  self: string;
  /** The dashboard view it follows. */
  alternate: string;
  /** When the feed last changed; the newest entry's time, or a fixed time when empty. */
  updated: Date;
  entries: StatementSummary[];
}

const escape = (text: string) => text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
// Characters XML 1.0 forbids even escaped; article text may hold them.
const clean = (text: string) => escape(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));

function entry(s: StatementSummary): string {
  const title = `${s.speaker ?? "Unknown speaker"}: ${s.text.length > 120 ? `${s.text.slice(0, 119)}…` : s.text}`;
  const details = [s.saidOn ? `Said on ${s.saidOn}` : "Date said unknown", s.places.length > 0 ? `about ${s.places.join(", ")}` : null, s.source ? `reported by ${s.source}` : null].filter(Boolean).join(", ");
  return [
    "  <entry>",
    `    <id>urn:dictum:statement:${s.id}</id>`,
    `    <title type="text">${clean(title)}</title>`,
    `    <updated>${s.storedAt}</updated>`,
    s.saidOn ? `    <published>${s.saidOn}T00:00:00Z</published>` : null,
    `    <author><name>${clean(s.speaker ?? "Unknown speaker")}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${escape(s.link)}"/>`,
    s.articleUrl ? `    <link rel="via" href="${escape(s.articleUrl)}"${s.articleTitle ? ` title="${clean(s.articleTitle)}"` : ""}/>` : null,
    ...s.places.map((place) => `    <category term="${clean(place)}" label="${clean(place)}"/>`),
    `    <summary type="text">${clean(details)}</summary>`,
    `    <content type="text">${clean(`“${s.text}” — ${s.speaker ?? "unknown speaker"}. ${details}.`)}</content>`,
    "  </entry>",
  ].filter((line) => line !== null).join("\n");
}

export function atomDocument(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escape(feed.id)}</id>`,
    `  <title type="text">${clean(feed.title)}</title>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>`,
    "  <author><name>Dictum</name></author>",
    "  <generator>Dictum</generator>",
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
