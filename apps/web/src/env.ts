// The web app's settings, read and checked in one place (no process.env elsewhere).
// Names are looked up dynamically on purpose: Next inlines `process.env.X` it can see at build time, and the server
// must honour the value it is started with (one build serves any API address; tests start two on one build).
const DEFAULT_API_URL = "http://localhost:4000";
const API_URL_VARIABLE = "DICTUM_API_URL";

/** DICTUM_API_URL without its trailing slash; a path is kept as a prefix (an API behind a proxy at /dictum). */
function readApiUrl(): string {
  const value = process.env[API_URL_VARIABLE]?.trim();
  if (!value) return DEFAULT_API_URL;
  const hint = `${API_URL_VARIABLE} must be the API's http(s):// address, e.g. ${DEFAULT_API_URL}`;
  if (!/^https?:\/\//.test(value) || !URL.canParse(value)) throw new Error(`${hint} (got ${JSON.stringify(value)})`);
  const url = new URL(value);
  if (url.search || url.hash) throw new Error(`${hint}, with no query or fragment (got ${JSON.stringify(value)})`);
  if (/\/graphql\/?$/.test(url.pathname)) throw new Error(`${hint}, without /graphql: the dashboard adds the path itself (got ${JSON.stringify(value)})`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

let apiUrl: string | undefined;

export const env = {
  /** Where the API answers (its /graphql, /export/… and /feeds/…), read once: the server checks it as it starts
   * (instrumentation.ts), so a bad value stops `next start` instead of failing the first request. Only the server
   * talks to it: the browser reaches the API through the dashboard's own origin (lib/api-proxy.ts). */
  get apiUrl(): string {
    apiUrl ??= readApiUrl();
    return apiUrl;
  },
  /** Whether the server warms itself at start (lib/warm-up.ts); DICTUM_WEB_WARM_UP=0 turns it off, to measure cold. */
  get warmUp(): boolean {
    return !/^(0|false|no|off)$/i.test(process.env.DICTUM_WEB_WARM_UP?.trim() ?? "");
  },
  /** The address `next start` listens on (it sets this when listening), or undefined outside `next start`. */
  get ownOrigin(): string | undefined {
    return process.env.__NEXT_PRIVATE_ORIGIN || undefined;
  },
};

/** The URL of `path` (starting with /) on the API. */
export function apiAddress(path: string): URL {
  return new URL(`${env.apiUrl}${path}`);
}
