import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/index.ts";

describe("loadConfig", () => {
  it("fills defaults from an empty environment", () => {
    expect(loadConfig({})).toEqual({
      DATABASE_URL: "file:./data/dictum.db",
      API_PORT: 4000,
      WEB_PORT: 3000,
      DICTUM_API_TOKEN: undefined,
      DICTUM_API_URL: "http://localhost:4000",
      DICTUM_TEST_POSTGRES_URL: undefined,
      REDIS_URL: undefined,
      REDIS_CHANNEL: "statementsAdded",
      DICTUM_WEBHOOKS_ALLOW_PRIVATE: false,
      DICTUM_DASHBOARD_URL: "http://localhost:3000",
      DICTUM_AGGREGATE_CACHE: "on",
    });
  });

  it("switches the aggregate cache off and refuses other values", () => {
    expect(loadConfig({ DICTUM_AGGREGATE_CACHE: "off" }).DICTUM_AGGREGATE_CACHE).toBe("off");
    expect(() => loadConfig({ DICTUM_AGGREGATE_CACHE: "no" })).toThrow(/DICTUM_AGGREGATE_CACHE must be "on" or "off"/);
  });

  it("derives the dashboard's API address from API_PORT and keeps explicit values", () => {
    const config = loadConfig({ API_PORT: "4100", WEB_PORT: "3100", DICTUM_API_TOKEN: "s3cret", REDIS_URL: "redis://127.0.0.1:6379" });
    expect(config.DICTUM_API_URL).toBe("http://localhost:4100");
    expect([config.API_PORT, config.WEB_PORT, config.DICTUM_API_TOKEN]).toEqual([4100, 3100, "s3cret"]);
    expect(loadConfig({ DICTUM_API_URL: "https://api.dictum.example" }).DICTUM_API_URL).toBe("https://api.dictum.example");
  });

  it("treats empty strings as unset", () => {
    const config = loadConfig({ DATABASE_URL: "", DICTUM_API_TOKEN: "" });
    expect([config.DATABASE_URL, config.DICTUM_API_TOKEN]).toEqual(["file:./data/dictum.db", undefined]);
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/dictum", /^Invalid configuration: DATABASE_URL must start with file: \(SQLite\) or postgresql:\/\//],
    ["DATABASE_URL", "./data/dictum.db", /DATABASE_URL must start with file:/],
    ["DATABASE_URL", "postgresql://", /DATABASE_URL is not a valid PostgreSQL URL/],
    ["API_PORT", "http", /API_PORT must be a port number \(got "http"\)/],
    ["API_PORT", "70000", /API_PORT must be 1-65535/],
    ["WEB_PORT", "3000.5", /WEB_PORT must be a whole number/],
    ["REDIS_URL", "localhost:6379", /REDIS_URL must be a redis:\/\/ URL/],
    ["REDIS_CHANNEL", "live updates", /REDIS_CHANNEL must be letters, digits and _ : \. -/],
    ["DICTUM_TEST_POSTGRES_URL", "file:./x.db", /DICTUM_TEST_POSTGRES_URL must be a postgresql:\/\/ URL/],
    ["DICTUM_API_URL", "localhost:4000", /DICTUM_API_URL must be an http\(s\):\/\/ URL/],
  ])("rejects %s=%s with one clear line", (name, value, message) => {
    const attempt = () => loadConfig({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("reports every bad variable at once", () => {
    expect(() => loadConfig({ API_PORT: "x", WEB_PORT: "0" })).toThrow(/API_PORT .*; WEB_PORT must be 1-65535/);
  });
});
