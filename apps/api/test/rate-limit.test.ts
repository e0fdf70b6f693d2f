import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WriteRateLimit } from "../src/lib/rate-limit.ts";
import { startTestApi, TOKEN, type TestApi } from "./harness.ts";

describe("write rate limit", () => {
  it("allows `limit` articles per window per client, then says when to retry", () => {
    const limit = new WriteRateLimit({ limit: 3, windowMs: 60_000 });
    expect(limit.take("a", 2, 0)).toEqual({ ok: true });
    expect(limit.take("a", 2, 1_000)).toEqual({ ok: false, retryAfterSeconds: 59 });
    expect(limit.take("b", 3, 1_000)).toEqual({ ok: true }); // clients are separate
    expect(limit.take("a", 1, 2_000)).toEqual({ ok: true });
    expect(limit.take("a", 1, 60_000)).toEqual({ ok: true }); // a new window
  });

  describe("through the API", () => {
    let t: TestApi;
    beforeAll(async () => { t = await startTestApi("sqlite", { fixture: false, writesPerMinute: 2, ingest: async (_db, inputs) => inputs.map(() => ({ articleId: null, created: false, statementIds: [], error: null })) }); });
    afterAll(async () => { await t?.close(); });

    it("refuses writes over the limit with RATE_LIMITED", async () => {
      const write = () => t.gql(`mutation { ingestArticles(input: [{ text: "a" }]) { articleCount } }`, undefined, { authorization: `Bearer ${TOKEN}` });
      expect((await write()).errors).toBeUndefined();
      expect((await write()).errors).toBeUndefined();
      const refused = await write();
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.errors?.[0]?.message).toMatch(/retry in \d+ s/);
    });
  });
});
