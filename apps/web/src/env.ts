// The web app's settings, read and checked in one place (no process.env elsewhere).
// The name is looked up dynamically on purpose: Next inlines `process.env.NEXT_PUBLIC_*` at build time, and the
// server must honour the value it is started with (tests start the API on a random port after one build).
const DEFAULT_GRAPHQL_URL = "http://localhost:4000/graphql";
const GRAPHQL_URL_VARIABLE = "NEXT_PUBLIC_GRAPHQL_URL";

function readGraphqlUrl(): string {
  const value = process.env[GRAPHQL_URL_VARIABLE]?.trim();
  if (!value) return DEFAULT_GRAPHQL_URL;
  if (!/^https?:\/\//.test(value) || !URL.canParse(value)) {
    throw new Error(`${GRAPHQL_URL_VARIABLE} must be an http(s):// URL of the GraphQL endpoint (got ${JSON.stringify(value)})`);
  }
  return value;
}

export const env = {
  /** Where the GraphQL API answers; the server reads it at start-up and hands it to the browser. */
  get graphqlUrl(): string {
    return readGraphqlUrl();
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
