// The two SQL forms of a link condition (IN from the link table, EXISTS per statement) select the same rows, and so do
// the two forms a page reads target countries and datelines in (collected first, or checked while walking the dates).
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveStatementFilter } from "../src/lib/statement-filter.ts";
import { countStatements, findStatementPage } from "../src/lib/statement-page.ts";
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
    const driven = await countStatements(t.db, t.provider, { ...filter, selective: { regions: true, countries: true, topics: true, targets: true, saidIn: true } });
    const probed = await countStatements(t.db, t.provider, { ...filter, selective: { regions: false, countries: false, topics: false, targets: false, saidIn: false } });
    expect(driven).toBeGreaterThan(0);
    expect(probed).toBe(driven);
  });

  it("pages through the same statements either way for target countries and datelines", async () => {
    // Aim every third statement at the US or Ukraine, so there are targets to page through.
    const statements = await t.db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    for (const [i, s] of statements.entries()) {
      if (i % 3 !== 0) continue;
      await t.db.statement.update({ where: { id: s.id }, data: { stance: "CRITICISES", targets: { create: [{ position: 0, name: "x", kind: "PLACE", countryCode: i % 2 ? "US" : "UA", start: 0, end: 1 }] } } });
    }
    const dateline = await t.db.article.findFirstOrThrow({ where: { datelinePlaceId: { not: null } }, select: { datelinePlace: { select: { iso2: true, parent: { select: { iso2: true } } } } } });
    const saidIn = dateline.datelinePlace!.iso2 ?? dateline.datelinePlace!.parent!.iso2!;
    for (const input of [{ targetCountries: ["US"] }, { targetCountries: ["US", "UA"], kind: "DIRECT" as const }, { saidIn: [saidIn] }, { saidIn: [saidIn], targetCountries: ["UA"] }]) {
      const filter = await resolveStatementFilter(t.db, t.provider, input);
      const ids = async (selective: boolean) => {
        const all: number[] = [];
        let cursor: string | null = null;
        for (;;) {
          const page = await findStatementPage(t.db, t.provider, { ...filter, selective: { ...filter.selective, targets: selective, saidIn: selective } }, { field: "SAID_ON", direction: "DESC" }, { backward: false, size: 7, cursor });
          all.push(...page.ids);
          if (!page.hasNextPage) return all;
          cursor = page.cursor(page.ids.length - 1);
        }
      };
      const collected = await ids(true);
      expect(collected.length, JSON.stringify(input)).toBeGreaterThan(0);
      expect(collected.length).toBe(await countStatements(t.db, t.provider, filter));
      expect(await ids(false)).toEqual(collected);
    }
  });
});
