// GET /feeds/<id>.atom?key=<feed key> (a saved search) and /feeds/statements.atom?<dashboard filter parameters>
// (ad hoc): the newest 50 matching statements as Atom. The ETag names the entries, so a reader polling with
// If-None-Match gets a bodiless 304 until a matching statement is stored. Errors are plain text starting with a
// stable code.
import { createHash, timingSafeEqual } from "node:crypto";
import { GraphQLError } from "graphql";
import type { Db, Provider } from "@dictum/db";
import { parseExportParams } from "../export-params.ts";
import type { ResolvedFilter, StatementFilterInput } from "../statement-filter.ts";
import { atomDocument } from "./atom.ts";
import { newestMatching } from "./matching.ts";
import { filterFromJson } from "./stored-filter.ts";
import { loadSummaries } from "./summaries.ts";
import { filterToParams } from "./view-params.ts";

export const FEED_SIZE = 50;
/** An empty feed's `updated`: a fixed instant, so its ETag does not change while nothing matches. */
const EPOCH = new Date(0);

export interface FeedOptions {
  db: Db;
  provider: Provider;
  resolveFilter: (input: StatementFilterInput) => Promise<ResolvedFilter>;
  dashboardUrl: string;
}

export async function feedResponse(request: Request, url: URL, options: FeedOptions): Promise<Response | null> {
  if (!url.pathname.startsWith("/feeds/")) return null;
  if (request.method !== "GET" && request.method !== "HEAD") return text(405, "METHOD_NOT_ALLOWED", "Feeds answer GET.", { allow: "GET, HEAD" });
  const file = url.pathname.slice("/feeds/".length);
  const self = url.toString();
  try {
    if (file === "statements.atom") {
      const { filter } = parseExportParams(url.searchParams);
      const view = filterToParams(filter).toString();
      return await render(request, options, filter, { id: `urn:dictum:feed:statements?${view}`, title: "Dictum statements", self, alternate: dashboardLink(options, view) });
    }
    const match = /^(\d+)\.atom$/.exec(file);
    if (!match) return text(404, "FEED_NOT_FOUND", `No feed ${JSON.stringify(file)}: use /feeds/<saved search id>.atom?key=… or /feeds/statements.atom?<filters>.`);
    const saved = await options.db.savedSearch.findUnique({ where: { id: Number(match[1]) } });
    const key = url.searchParams.get("key");
    if (!key) return text(401, "FEED_KEY_MISSING", "A saved search's feed needs its key: /feeds/<id>.atom?key=<feedKey>.");
    if (!saved || !sameSecret(key, saved.feedKey)) return text(404, "FEED_NOT_FOUND", "No saved search with this id and key.");
    const filter = filterFromJson(saved.filter);
    return await render(request, options, filter, { id: `urn:dictum:saved-search:${saved.id}`, title: `Dictum: ${saved.name}`, self, alternate: dashboardLink(options, filterToParams(filter).toString()) });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") return text(400, "BAD_USER_INPUT", error.message);
    throw error;
  }
}

async function render(request: Request, options: FeedOptions, input: StatementFilterInput, head: { id: string; title: string; self: string; alternate: string }): Promise<Response> {
  const filter = await options.resolveFilter(input);
  const ids = await newestMatching(options.db, options.provider, filter, FEED_SIZE);
  // The entries are stored statements, which do not change, so the feed's identity and its entry ids name its
  // content: a reader revalidating with If-None-Match costs one id query, not a rendering.
  const etag = `W/"${createHash("sha256").update(JSON.stringify([head.id, head.title, head.self, options.dashboardUrl, ids])).digest("base64url").slice(0, 27)}"`;
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: { etag, "cache-control": "no-cache" } });
  const entries = await loadSummaries(options.db, ids, options.dashboardUrl);
  const updated = entries.reduce((latest, entry) => (entry.storedAt > latest ? entry.storedAt : latest), EPOCH.toISOString());
  const body = atomDocument({ ...head, updated: new Date(updated), entries });
  const headers = { etag, "cache-control": "no-cache", "last-modified": new Date(updated).toUTCString(), "content-type": "application/atom+xml; charset=utf-8" };
  return new Response(request.method === "HEAD" ? null : body, { headers });
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  // Weak comparison (RFC 9110 §13.1.2): W/ prefixes do not count.
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => strip(tag) === "*" || strip(tag) === strip(etag));
}

function dashboardLink(options: FeedOptions, query: string): string {
  return `${options.dashboardUrl.replace(/\/+$/, "")}/${query ? `?${query}` : ""}`;
}

function sameSecret(given: string, stored: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(stored));
}

function text(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${code}: ${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "x-dictum-error": code, ...headers } });
}
