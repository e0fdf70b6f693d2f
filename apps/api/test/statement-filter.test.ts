// The two SQL forms of a link condition (IN from the link table, EXISTS per statement) select the same rows.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveStatementFilter } from "../src/lib/statement-filter.ts";
import { countStatements } from "../src/lib/statement-page.ts";
import { startTestApi, type TestApi } from "./harness.ts";

describe.each(testProviders())("statement filter SQL on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  it.each([
    { regions: ["Europe"] },
    { regions: ["Central Asia"], from: new Date("2021-01-01T00:00:00Z") },
    { countries: ["US", "SY"], kind: "DIRECT" as const },
    { topics: ["energy", "sanctions"] },
    { regions: ["Asia"], countries: ["AF"], topics: ["military"] },
  ])("counts the same rows either way for %j", async (input) => {
    const filter = await resolveStatementFilter(t.db, t.provider, input);
    const driven = await countStatements(t.db, t.provider, { ...filter, selective: { regions: true, countries: true, topics: true } });
    const probed = await countStatements(t.db, t.provider, { ...filter, selective: { regions: false, countries: false, topics: false } });
    expect(driven).toBeGreaterThan(0);
    expect(probed).toBe(driven);
  });
});
