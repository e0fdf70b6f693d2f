import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import committed from "../src/lexicons/speaker-confidence.json" with { type: "json" };
import { PRIORS } from "../src/pipeline/confidence.ts";
import { fitConfidence, type Observation } from "../scripts/train/fit-confidence.ts";

const obs = (path: string, evidence: string, ok: number, wrong: number): Observation[] => [
  ...Array.from({ length: ok }, () => ({ path, evidence, ok: true })),
  ...Array.from({ length: wrong }, () => ({ path, evidence, ok: false })),
];

describe("fitConfidence", () => {
  const data = [...obs("name", "reported-that", 990, 10), ...obs("name", "label", 3, 0), ...obs("subject", "reported", 80, 20), ...obs("description", "reported", 50, 50)];
  const table = fitConfidence(data, { name: 0.95, subject: 0.8, description: 0.6 }, ["t"], 10, 0.975);

  it("keeps the order of the measured accuracies", () => {
    expect(table.cells["name|reported-that"]!).toBeGreaterThan(table.cells["subject|reported"]!);
    expect(table.cells["subject|reported"]!).toBeGreaterThan(table.cells["description|reported"]!);
  });

  it("puts at 0.9 or more only the cells that together meet the bar", () => {
    expect(table.cells["name|reported-that"]).toBeGreaterThanOrEqual(0.9);
    expect(table.cells["subject|reported"]).toBeLessThan(0.9);
  });

  it("shrinks a cell seen three times towards its path instead of claiming certainty", () => {
    expect(table.accuracy["name|label"]!).toBeLessThan(1);
    expect(table.accuracy["name|label"]!).toBeGreaterThan(0.95);
  });

  it("is deterministic", () => {
    expect(fitConfidence([...data].reverse(), { name: 0.95, subject: 0.8, description: 0.6 }, ["t"], 10, 0.975)).toEqual(table);
  });
});

describe("the committed confidence table", () => {
  it("was fitted on the tuning sets only and covers every path", () => {
    expect(committed.trainedOn.sort()).toEqual(["news-dev", "polnear-train"]);
    for (const path of Object.keys(PRIORS)) expect(committed.paths).toHaveProperty(path);
  });

  const dir = mkdtempSync(join(tmpdir(), "dictum-train-test-attr-speakers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(dirname(fileURLToPath(import.meta.url)), "../scripts/train.ts");
  const run = (out: string) => execFileSync(process.execPath, ["--import", "tsx", script, "--limit", "4", "--out", out], { encoding: "utf8" });

  it("npm run train on a slice writes the same file twice", () => {
    run(join(dir, "a.json"));
    run(join(dir, "b.json"));
    const a = readFileSync(join(dir, "a.json"), "utf8");
    expect(a).toBe(readFileSync(join(dir, "b.json"), "utf8"));
    expect(JSON.parse(a).observations).toBeGreaterThan(0);
  }, 120_000);
});
