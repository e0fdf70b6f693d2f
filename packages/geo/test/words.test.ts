import { describe, expect, it } from "vitest";
import { countryWordIndex, countryWords } from "../src/index.ts";

describe("country words", () => {
  const lower = countryWordIndex((word) => word.toLowerCase());

  it("hold names, aliases, demonyms and short forms, each with its country", () => {
    expect(lower.get("tajikistan")).toBe("TJ");
    expect(lower.get("britain")).toBe("GB");
    expect(lower.get("russian")).toBe("RU");
    expect(lower.get("u.s.")).toBe("US");
    expect(lower.get("soviet")).toBe("RU");
    expect(lower.get("west german")).toBe("DE");
  });

  it("give a shared word to the sovereign state, then the larger one", () => {
    expect(lower.get("american")).toBe("US");
    expect(lower.get("norwegian")).toBe("NO");
    expect(lower.get("indian")).toBe("IN");
    expect(lower.get("congolese")).toBe("CD");
  });

  it("rank a name above another country's alias or demonym", () => {
    const first = countryWords.findIndex((w) => w.kind !== "name");
    expect(countryWords.slice(0, first).every((w) => w.kind === "name")).toBe(true);
    expect(countryWords.slice(first).some((w) => w.kind === "name")).toBe(false);
  });

  it("read only the kinds asked for, folded as the reader folds", () => {
    const demonymsOnly = countryWordIndex((word) => word.toLowerCase(), ["demonym"]);
    expect(demonymsOnly.get("russian")).toBe("RU");
    expect(demonymsOnly.has("russia")).toBe(false);
    const withoutNations = countryWordIndex((word) => word.toLowerCase().replace(/\W+/g, " ").trim(), ["name", "alias", "demonym", "word"]);
    expect(withoutNations.get("u s")).toBe("US");
    expect(withoutNations.has("scottish")).toBe(false);
    expect(lower.get("scottish")).toBe("GB");
  });
});
