import { describe, expect, it } from "vitest";
import { buildMatrix, cellKey, type RelationEntry } from "@/app/relations/matrix";

const entry = (from: string, to: string, stance: RelationEntry["stance"], count: number): RelationEntry => ({ from: { code: from, name: `c${from}` }, to: { code: to, name: `c${to}` }, stance, count });

describe("the relations matrix", () => {
  const entries = [entry("RU", "UA", "CRITICISES", 5), entry("RU", "UA", "WARNS", 2), entry("US", "RU", "WARNS", 3), entry("US", "RU", "CRITICISES", 3), entry("GB", "RU", "SUPPORTS", 1)];

  it("sums a cell's stances, and the stance with most statements leads (a tie: the first in the list of stances)", () => {
    const matrix = buildMatrix(entries, 10);
    expect(matrix.cells.get(cellKey("RU", "UA"))).toEqual({ count: 7, dominant: "CRITICISES", stances: [{ stance: "CRITICISES", count: 5 }, { stance: "WARNS", count: 2 }] });
    expect(matrix.cells.get(cellKey("US", "RU"))?.dominant).toBe("CRITICISES");
    expect(matrix.peak).toBe(7);
  });

  it("orders rows and columns by statements and keeps the busiest (GB, with one, is left out)", () => {
    const matrix = buildMatrix(entries, 2);
    expect(matrix.rows.map((r) => [r.code, r.total])).toEqual([["RU", 7], ["US", 6]]);
    // UA and RU both have 7: by name then.
    expect(matrix.columns.map((c) => [c.code, c.total])).toEqual([["RU", 7], ["UA", 7]]);
  });
});
