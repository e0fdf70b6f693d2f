// Dictum's settings, read from the environment (and the repository's .env) and validated. Every package takes its
// settings from here, so a bad value fails early with one line that names the variable.
import { existsSync } from "node:fs";
import { loadEnvFile } from "node:process";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository's .env (see .env.example); variables already in the environment win over it. */
export const envFilePath = fileURLToPath(new URL("../../../.env", import.meta.url));
let envFileRead = false;

/** SQLite file under the repository root; the db package creates the directory. */
export const defaultDatabaseUrl = "file:./data/dictum.db";

const port = (fallback: number) =>
  z.coerce.number({ error: "must be a port number" }).int("must be a whole number").min(1, "must be 1-65535").max(65535, "must be 1-65535").default(fallback);

const databaseUrl = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
  .refine((url) => !/^postgres/.test(url) || (URL.canParse(url) && new URL(url).hostname !== ""), "is not a valid PostgreSQL URL (postgresql://user@host:5432/database)");

const optionalUrl = (protocols: RegExp, hint: string) =>
  z.string().trim().optional().transform((value) => (value ? value : undefined)).refine((value) => value === undefined || (protocols.test(value) && URL.canParse(value)), hint);

const schema = z
  .object({
    DATABASE_URL: databaseUrl.default(defaultDatabaseUrl),
    API_PORT: port(4000),
    WEB_PORT: port(3000),
    DICTUM_API_TOKEN: z.string().trim().optional().transform((value) => (value ? value : undefined)),
    /** Where the dashboard server finds the API (it passes the browser's /graphql, /export/…, /feeds/… there). */
    DICTUM_API_URL: optionalUrl(/^https?:\/\//, "must be an http(s):// URL"),
    DICTUM_TEST_POSTGRES_URL: optionalUrl(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    REDIS_URL: optionalUrl(/^rediss?:\/\//, "must be a redis:// URL"),
    /** The Redis channel of live statements: deployments (or test runs) sharing one Redis keep apart by it. */
    REDIS_CHANNEL: z.string().trim().regex(/^[\w:.-]+$/, "must be letters, digits and _ : . -").default("statementsAdded"),
    /** "1": webhooks may point at loopback and private addresses (tests, a receiver on the same network). */
    DICTUM_WEBHOOKS_ALLOW_PRIVATE: z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0").transform((value) => value === "1"),
    /** Where the dashboard is served, for links in feeds and webhooks. */
    DICTUM_DASHBOARD_URL: optionalUrl(/^https?:\/\//, "must be an http(s):// URL"),
    // "off" computes every count and aggregate afresh (benchmarks measure the API without its cache).
    DICTUM_AGGREGATE_CACHE: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  })
  .transform((env) => ({
    ...env,
    DICTUM_API_URL: env.DICTUM_API_URL ?? `http://localhost:${env.API_PORT}`,
    DICTUM_DASHBOARD_URL: env.DICTUM_DASHBOARD_URL ?? `http://localhost:${env.WEB_PORT}`,
  }));

export type Config = z.output<typeof schema>;

/** A setting is missing or malformed. The message is one line meant for the person starting Dictum. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the settings in `env`; empty strings count as unset. Without `env`: process.env, completed from the
 * repository's .env file when there is one. */
export function loadConfig(env?: Record<string, string | undefined>): Config {
  if (!env) {
    if (!envFileRead && existsSync(envFilePath)) loadEnvFile(envFilePath);
    envFileRead = true;
    env = process.env;
  }
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "config");
    return `${name} ${issue.message} (got ${JSON.stringify(present[name] ?? "")})`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
}

