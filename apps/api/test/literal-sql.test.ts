// lib/literal-sql.ts: a filter's place and topic ids go into the SQL as integer literals on PostgreSQL, for a bounded
// number of distinct lists, and never anything but safe integers.
import { describe, expect, it } from "vitest";
import { idListInliner } from "../src/lib/literal-sql.ts";
import { statementWhere, type ResolvedFilter } from "../src/lib/statement-filter.ts";
import { limitLiteral, sql } from "../src/lib/sql.ts";

const inIt = (fragment: ReturnType<ReturnType<typeof idListInliner>>) => sql`x IN (${fragment})`;

describe("inlined id lists", () => {
  it("writes a list of integers as literals on PostgreSQL", () => {
    const inline = idListInliner(5);
    const q = inIt(inline("postgresql", [12, 7, 300]));
    expect(q.text).toBe("x IN (12,7,300)");
    expect(q.values).toEqual([]);
  });

  it("binds them on SQLite", () => {
    const q = inIt(idListInliner(5)("sqlite", [12, 7]));
    expect(q.sql).toBe("x IN (?,?)");
    expect(q.values).toEqual([12, 7]);
  });

  it("never inlines anything but safe integers", () => {
    const inline = idListInliner(100);
    const hostile: unknown[][] = [
      [1, 2.5], [1, Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53], ["1"], ["1) OR (1=1"], [1, "2; DROP TABLE \"Statement\""],
      [1n], [null], [undefined], [{ toString: () => "1" }], [[1]], [true],
    ];
    for (const ids of hostile) {
      const q = inIt(inline("postgresql", ids));
      expect(q.values, String(ids)).toEqual(ids);
      expect(q.text, String(ids)).toBe(`x IN (${ids.map((_, i) => `$${i + 1}`).join(",")})`);
    }
  });

  it("inlines the first distinct lists only, then binds; a list inlined once stays inlined", () => {
    const inline = idListInliner(2);
    expect(inIt(inline("postgresql", [1, 2])).values).toEqual([]);
    expect(inIt(inline("postgresql", [3])).values).toEqual([]);
    expect(inIt(inline("postgresql", [4])).values).toEqual([4]);
    expect(inIt(inline("postgresql", [1, 2])).text).toBe("x IN (1,2)");
    expect(inIt(inline("postgresql", [3])).text).toBe("x IN (3)");
  });

  it("keeps an empty list matching nothing", () => {
    const q = inIt(idListInliner(5)("postgresql", []));
    expect(q.text).toBe("x IN (-1)");
  });

  it("is what a filter's place and topic conditions use on PostgreSQL; other lists stay bound", () => {
    const filter = {
      regionPlaceIds: null, countryPlaceIds: [101, 102], speakerIds: [5], topicIds: [9], sourceIds: null, from: null, toExclusive: null, kind: null,
      searchTerms: null, dateUnknown: null, speakerCountries: null, speakerKinds: null, saidInPlaceIds: null, minConfidence: null, stances: null,
      targetCountries: null, includeRejected: false, selective: { regions: true, countries: true, topics: true, targets: true, saidIn: true },
    } satisfies ResolvedFilter;
    const pg = statementWhere("postgresql", filter);
    expect(pg.text).toContain(`"placeId" IN (101,102)`);
    expect(pg.text).toContain(`"topicId" IN (9)`);
    expect(pg.values).toEqual([5]);
    const lite = statementWhere("sqlite", filter);
    expect(lite.values).toEqual([101, 102, 5, 9]);
    const forged = statementWhere("postgresql", { ...filter, countryPlaceIds: ["1) OR (1=1" as unknown as number] });
    expect(forged.text).not.toContain("1=1");
    expect(forged.values).toContain("1) OR (1=1");
  });
});

describe("LIMIT literals", () => {
  it("writes a row count as an integer literal, and refuses anything else", () => {
    expect(sql`LIMIT ${limitLiteral(21)}`.text).toBe("LIMIT 21");
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53, "5" as unknown as number]) expect(() => limitLiteral(bad), String(bad)).toThrow(RangeError);
  });
});
