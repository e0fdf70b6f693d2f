import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import committed from "../src/lexicons/speaker-confidence.json" with { type: "json" };
import { PRIORS } from "../src/pipeline/confidence.ts";
import { chooseBar, fitConfidence, wilsonLower, type Observation } from "../scripts/train/fit-confidence.ts";

const obs = (path: string, evidence: string, ok: number, wrong: number): Observation[] => [
  ...Array.from({ length: ok }, () => ({ path, evidence, ok: true })),
  ...Array.from({ length: wrong }, () => ({ path, evidence, ok: false })),
];

describe("fitConfidence", () => {
  const data = [...obs("name", "reported-that", 990, 10), ...obs("name", "label", 3, 0), ...obs("subject", "reported", 80, 20), ...obs("description", "reported", 50, 50)];
  const table = fitConfidence(data, { name: 0.95, subject: 0.8, description: 0.6 }, ["t"], { bar: 0.975 });

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

  it("ranks cells by a lower bound, so a small cell right every time does not jump a big one nearly as good", () => {
    // Unshrunk (strength 0): 30 of 30 has the highest mean, 980 of 1000 the highest lower bound.
    const cells = [...obs("name", "reported", 980, 20), ...obs("surname", "reported", 1940, 60), ...obs("subject", "label", 30, 0)];
    const byMean = fitConfidence(cells, {}, ["t"], { strength: 0, bar: 0.975, z: 0 });
    const byBound = fitConfidence(cells, {}, ["t"], { strength: 0, bar: 0.975, z: 1.64 });
    expect(byMean.cells["subject|label"]).toBeGreaterThanOrEqual(0.9);
    expect(byBound.cells["subject|label"]).toBeLessThan(0.9);
    expect(byBound.cells["name|reported"]).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps a path's own figure, for cells the fit never saw, below 0.9", () => {
    for (const figure of Object.values(table.paths)) expect(figure).toBeLessThan(0.9);
  });

  it("is deterministic", () => {
    expect(fitConfidence([...data].reverse(), { name: 0.95, subject: 0.8, description: 0.6 }, ["t"], { bar: 0.975 })).toEqual(table);
  });
});

describe("wilsonLower", () => {
  it("is below the mean and closes on it as observations grow", () => {
    expect(wilsonLower(9, 10, 1.64)).toBeLessThan(0.9);
    expect(wilsonLower(900, 1000, 1.64)).toBeGreaterThan(wilsonLower(9, 10, 1.64));
    expect(wilsonLower(900, 1000, 1.64)).toBeLessThan(0.9);
    expect(wilsonLower(0, 0, 1.64)).toBe(0);
  });
});

describe("chooseBar", () => {
  // Forty articles; one cell right 99 % of the time everywhere, one right 90 %: only a bar that leaves the second out
  // keeps the held-out bucket at 0.975.
  const data: Observation[] = [];
  for (let a = 0; a < 40; a++) {
    const article = `a${a}`;
    for (let i = 0; i < 100; i++) data.push({ path: "name", evidence: "reported", ok: i !== 0, article });
    for (let i = 0; i < 50; i++) data.push({ path: "surname", evidence: "reported", ok: i >= 5, article });
  }
  const priors = { name: 0.95, surname: 0.88 };
  it("takes the lowest bar whose held-out ≥ 0.9 bucket meets the target", () => {
    const { bar, heldOut } = chooseBar(data, priors, { bars: [0.95, 0.98], target: 0.975 });
    expect(heldOut["0.95"]!.accuracy).toBeLessThan(0.975);
    expect(bar).toBe(0.98);
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
