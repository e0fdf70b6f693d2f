import { describe, expect, it } from "vitest";
import { postgresTestUrl } from "../src/testing.ts";

describe("postgresTestUrl", () => {
  it("returns the configured server", () => {
    expect(postgresTestUrl({ DICTUM_TEST_POSTGRES_URL: "postgresql://postgres@127.0.0.1:5432/test" })).toBe("postgresql://postgres@127.0.0.1:5432/test");
  });

  it("skips PostgreSQL outside CI when unset", () => {
    expect(postgresTestUrl({})).toBeUndefined();
    expect(postgresTestUrl({ DICTUM_TEST_POSTGRES_URL: " ", CI: "false" })).toBeUndefined();
  });

  it.each(["true", "1"])("fails in CI (CI=%s) when unset, instead of skipping", (ci) => {
    expect(() => postgresTestUrl({ CI: ci })).toThrow(/DICTUM_TEST_POSTGRES_URL must be set in CI/);
  });
});
