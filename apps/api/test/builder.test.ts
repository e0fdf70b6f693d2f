// The schema builder's settings: in tests a resolver that loads rows without the planned Prisma query fails.
import { describe, expect, it } from "vitest";
import { builder, unusedQueryPolicy } from "../src/builder.ts";

describe("unused Prisma queries", () => {
  it("fail in tests, are reported in development and ignored in production", () => {
    expect(unusedQueryPolicy("test")).toBe("error");
    expect(unusedQueryPolicy(undefined)).toBe("warn");
    expect(unusedQueryPolicy("development")).toBe("warn");
    expect(unusedQueryPolicy("production")).toBeNull();
  });

  it("fail in this test run", () => {
    expect(process.env.NODE_ENV).toBe("test");
    expect(builder.options.prisma.onUnusedQuery).toBe("error");
  });
});
