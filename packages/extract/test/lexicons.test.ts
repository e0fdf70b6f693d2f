import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Every lexicon list, as [file, JSON path, strings]: arrays of strings wherever they sit in a file. */
function lists(): [string, string, string[]][] {
  const dir = new URL("../src/lexicons/", import.meta.url);
  const out: [string, string, string[]][] = [];
  const walk = (file: string, path: string, value: unknown): void => {
    if (Array.isArray(value)) {
      const strings = value.filter((v): v is string => typeof v === "string");
      if (strings.length) out.push([file, path, strings]);
      value.forEach((v, i) => typeof v === "object" && v !== null && walk(file, `${path}[${i}]`, v));
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(file, path ? `${path}.${k}` : k, v);
    }
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) walk(file, "", JSON.parse(readFileSync(new URL(file, dir), "utf8")));
  return out;
}

describe("lexicons", () => {
  it("finds the lists it checks", () => {
    const files = new Set(lists().map(([f]) => f));
    expect(files).toContain("speech-verbs.json");
    expect(files).toContain("stance.json");
    expect(files).toContain("time-words.json");
  });

  const files = [...new Set(lists().map(([f]) => f))];
  it.each(files)("%s holds each entry of a list once", (file) => {
    const repeated = lists()
      .filter(([f]) => f === file)
      .flatMap(([, path, words]) => {
        const seen = new Set<string>();
        return words.filter((w) => (seen.has(w) ? true : (seen.add(w), false))).map((w) => `${path}: ${w}`);
      });
    expect(repeated).toEqual([]);
  });
});
