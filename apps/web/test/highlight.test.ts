import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
