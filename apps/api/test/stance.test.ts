// Statement.stance and .targets, the stances and targetCountries filters and relations(filter): the list matches an
// independent Prisma count, and every relations cell counts exactly the statements its filter lists, combined with
// the older filters.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.ts";

const STANCES = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES"] as const;
const TARGET_COUNTRIES = ["UA", "US", "CN", null] as const;

describe.each(testProviders())("stance and targets on %s", (provider) => {
  let t: TestApi;
  let aimedAtTwo = 0;
  beforeAll(async () => {
    t = await startTestApi(provider);
    // The gold fixture has no stances: give speakers countries and statements stances and targets, spread by id so
    // every combination occurs; some statements are aimed at two countries, one at the same country twice.
    const speakers = await t.db.speaker.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    for (const [i, s] of speakers.entries()) await t.db.speaker.update({ where: { id: s.id }, data: { countryCode: ["RU", "US", "GB", null][i % 4] } });
    const statements = await t.db.statement.findMany({ orderBy: { id: "asc" }, select: { id: true, text: true } });
    for (const [i, s] of statements.entries()) {
      if (i % 3 === 2) continue; // NEUTRAL, no targets
      const stance = STANCES[i % STANCES.length]!;
      const countries = [TARGET_COUNTRIES[i % 4]!, ...(i % 7 === 0 ? [TARGET_COUNTRIES[(i + 1) % 4]!] : []), ...(i % 11 === 0 ? [TARGET_COUNTRIES[i % 4]!] : [])];
      if (i % 7 === 0 && TARGET_COUNTRIES[i % 4] && TARGET_COUNTRIES[(i + 1) % 4]) aimedAtTwo++;
      await t.db.statement.update({
        where: { id: s.id },
        data: {
          stance,
          targets: { create: countries.map((countryCode, position) => ({ position, name: countryCode ? `target ${countryCode}` : "both sides", kind: countryCode ? "PLACE" : "NAME", countryCode, start: 0, end: Math.min(4, s.text.length) })) },
        },
      });
    }
  });
  afterAll(async () => { await t?.close(); });

  const total = async (filter: Record<string, unknown>) => {
    const r = await t.gql(`query($filter: StatementFilter) { statements(filter: $filter, first: 0) { totalCount } }`, { filter });
    expect(r.errors).toBeUndefined();
    return r.data.statements.totalCount as number;
  };

  it("serves each statement's stance and its targets in order, with their countries", async () => {
    const stored = await t.db.statement.findFirstOrThrow({ where: { targets: { some: { position: 1 } } }, include: { targets: { orderBy: { position: "asc" } } } });
    const id = Buffer.from(`Statement:${stored.id}`).toString("base64");
    const r = await t.gql(`query($id: ID!) { statement(id: $id) { stance targets { name kind countryCode country { code name kind } speaker { id } } } }`, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data.statement.stance).toBe(stored.stance);
    expect(r.data.statement.targets.map((x: any) => [x.name, x.kind, x.countryCode, x.country?.code ?? null])).toEqual(stored.targets.map((x) => [x.name, x.kind, x.countryCode, x.countryCode]));
    for (const target of r.data.statement.targets.filter((x: any) => x.country)) expect(target.country.kind).toBe("COUNTRY");
  });

  it("filters by stance and by target country as Prisma counts, alone and with the older filters", async () => {
    for (const stance of [...STANCES, "NEUTRAL"]) {
      const expected = await t.db.statement.count({ where: { stance: stance as never } });
      expect(expected).toBeGreaterThan(0);
      expect(await total({ stances: [stance] })).toBe(expected);
    }
    expect(await total({ stances: ["CRITICISES", "WARNS"] })).toBe(await t.db.statement.count({ where: { stance: { in: ["CRITICISES", "WARNS"] } } }));
    const ua = await t.db.statement.count({ where: { targets: { some: { countryCode: "UA" } } } });
    expect(ua).toBeGreaterThan(0);
    expect(await total({ targetCountries: ["ua"] })).toBe(ua);
    expect(await total({ targetCountries: ["UA", "US"] })).toBe(await t.db.statement.count({ where: { targets: { some: { countryCode: { in: ["UA", "US"] } } } } }));
    const combined = await t.db.statement.count({ where: { stance: "CRITICISES", targets: { some: { countryCode: "UA" } }, speaker: { countryCode: "RU" }, kind: "DIRECT" } });
    expect(await total({ stances: ["CRITICISES"], targetCountries: ["UA"], speakerCountries: ["RU"], kind: "DIRECT" })).toBe(combined);
    expect(await total({ stances: [] })).toBe(0);
  });

  it("refuses an unknown stance and a malformed country code", async () => {
    const stance = await t.gql(`{ statements(filter: { stances: [ANGRY] }) { totalCount } }`);
    expect(stance.errors?.[0]?.message).toMatch(/ANGRY/);
    const code = await t.gql(`{ statements(filter: { targetCountries: ["Ukraine"] }) { totalCount } }`);
    expect(code.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Invalid country code "Ukraine"/), extensions: { code: "BAD_USER_INPUT" } });
  });

  const FILTERS: Record<string, unknown>[] = [{}, { stances: ["CRITICISES", "DEMANDS"] }, { speakerCountries: ["RU"] }, { targetCountries: ["US"], kind: "INDIRECT" }, { regions: ["Europe"] }, { from: "2019-01-01" }];

  it.each(FILTERS)("relations cells count what their statements filter lists, for %j", async (filter) => {
    const r = await t.gql(`query($filter: StatementFilter) { relations(filter: $filter) { from { code kind } to { code kind } stance count } }`, { filter });
    expect(r.errors).toBeUndefined();
    const cells = r.data.relations as { from: { code: string; kind: string }; to: { code: string; kind: string }; stance: string; count: number }[];
    if (Object.keys(filter).length === 0) expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) {
      expect([cell.from.kind, cell.to.kind]).toEqual(["COUNTRY", "COUNTRY"]);
      expect(cell.stance).not.toBe("NEUTRAL");
      expect(cell.count).toBe(await total({ ...filter, speakerCountries: [cell.from.code], targetCountries: [cell.to.code], stances: [cell.stance] }));
    }
    // Most first, and every statement with a speaker country, a stance and a target country is in some cell.
    expect(cells.map((c) => c.count)).toEqual([...cells.map((c) => c.count)].sort((a, b) => b - a));
  });

  it("counts a statement aimed at two countries toward each, and one aimed twice at a country once", async () => {
    expect(aimedAtTwo).toBeGreaterThan(0);
    const r = await t.gql(`{ relations(limit: 1000) { count } }`);
    const sum = r.data.relations.reduce((n: number, c: any) => n + c.count, 0);
    const rows = await t.db.statementTarget.findMany({ where: { countryCode: { not: null }, statement: { stance: { not: "NEUTRAL" }, speaker: { countryCode: { not: null } } } }, select: { statementId: true, countryCode: true } });
    expect(sum).toBe(new Set(rows.map((row) => `${row.statementId}:${row.countryCode}`)).size);
    expect(sum).toBeLessThan(rows.length); // the doubled targets are not counted twice
    const bad = await t.gql(`{ relations(limit: 0) { count } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("exports the statements of a stance and a target country (?stance=&targetCountry=)", async () => {
    const response = await t.api.fetch(`http://dictum.test/export/statements.jsonl?stance=criticises&stance=warns&targetCountry=ua`);
    expect(response.status).toBe(200);
    const lines = (await response.text()).split("\n").filter(Boolean).length;
    expect(lines).toBeGreaterThan(0);
    expect(lines).toBe(await total({ stances: ["CRITICISES", "WARNS"], targetCountries: ["UA"] }));
    expect((await t.api.fetch(`http://dictum.test/export/statements.jsonl?stance=angry`)).status).toBe(400);
  });
});
