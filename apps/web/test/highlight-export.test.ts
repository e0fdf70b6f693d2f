import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { StatementCardData } from "@/components/statements/documents";
import { EXPORT_COLUMNS, toCsv, toExportRow } from "@/lib/export";
import { locateQuote } from "@/lib/highlight";

const seed = readFileSync(new URL("../../../seeds/000_714ab672fc7d564c.txt", import.meta.url), "utf8");
const quote = "The US declared far and wide that they are leaving Afghanistan. And this is true.";

describe("locating the statement in its article", () => {
  const at = seed.indexOf(quote);

  it("uses the stored offsets when they hold the quoted words", () => {
    expect(at).toBeGreaterThan(0);
    expect(locateQuote(seed, at, at + quote.length, quote)).toEqual({ start: at, end: at + quote.length, exact: true });
  });

  it("falls back to searching when the offsets point elsewhere, and says so", () => {
    expect(locateQuote(seed, 0, quote.length, quote)).toEqual({ start: at, end: at + quote.length, exact: false });
    expect(locateQuote(seed, at, seed.length + 10, quote)).toEqual({ start: at, end: at + quote.length, exact: false });
  });

  it("returns null when the words are not in the text", () => {
    expect(locateQuote(seed, at, at + 5, "Nobody said this.")).toBeNull();
    expect(locateQuote(seed, 0, 0, "")).toBeNull();
  });
});

describe("CSV export", () => {
  const statement: StatementCardData = {
    id: "U3RhdGVtZW50OjE=",
    text: 'Shoigu said "<script>alert(1)</script>, yes", and left',
    kind: "DIRECT",
    saidOn: "2021-07-28T00:00:00.000Z",
    speaker: { id: "U3BlYWtlcjox", name: "Sergey Shoigu", title: "Russian Defense Minister" },
    article: { id: "QXJ0aWNsZTox", title: "Shoigu, on bases", url: null, publishedAt: null, source: { id: "U291cmNlOjE=", name: "TASS" } },
    places: [{ code: "TJ", name: "Tajikistan", kind: "COUNTRY" }, { code: "143", name: "Central Asia", kind: "REGION" }],
    topics: [{ slug: "security", name: "Security" }],
  };

  it("writes one header and one row per statement that a CSV parser reads back unchanged", () => {
    const csv = toCsv([toExportRow(statement), toExportRow({ ...statement, id: "2", speaker: null, places: [], topics: [] })]);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(EXPORT_COLUMNS);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ text: statement.text, speaker: "Sergey Shoigu", places: "TJ;143", topics: "security", source: "TASS", articleTitle: "Shoigu, on bases" });
    expect(rows[1]).toMatchObject({ id: "2", speaker: "", places: "", topics: "" });
  });

  it("leaves the date empty when it is unknown", () => {
    const rows = parse(toCsv([toExportRow({ ...statement, saidOn: null })]), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ id: statement.id, saidOn: "" });
  });

  it("writes just the header for an empty view", () => {
    expect(toCsv([]).trim()).toBe(EXPORT_COLUMNS.join(","));
  });
});
