import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { calibrate } from "../scripts/eval/calibration.ts";
import { createScorer } from "../scripts/eval/score.ts";
import { sharedDir } from "../scripts/eval/sets.ts";
import { targetRows } from "../scripts/eval/targets.ts";

// Synthetic gold and predictions, scored by the shared score.mjs itself.
const dir = mkdtempSync(join(tmpdir(), "dictum-eval-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const scorer = createScorer(join(sharedDir(), "gold/score.mjs"), dir);

const gold = [
  { id: "a", statements: [
    { speaker: "Ana Ruiz", kind: "indirect", text: "the bridge will reopen in May" },
    { speaker: "Tom Walsh", kind: "direct", text: "We are not finished with this plan yet" },
    { speaker: null, kind: "indirect", text: "the talks will resume next week in Geneva" },
  ] },
];
const st = (text: string, speaker: string, confidence: number) => ({ text, kind: "indirect", speaker: { name: speaker }, confidence });
const pred = [
  { id: "a", statements: [
    st("the bridge will reopen in May", "Ana Ruiz", 0.95),             // matched, right speaker
    st("the bridge will reopen in May, she said", "Ana Ruiz", 0.75),  // a duplicate: the whole run leaves it spurious
    st("We are not finished with this plan yet", "Ana Ruiz", 0.8),    // matched, wrong speaker
    st("the talks will resume next week in Geneva", "Ana Ruiz", 0.5), // matched, gold speaker not checked
    st("the weather was fine", "Ana Ruiz", 0.5),                       // spurious
  ] },
];

describe("calibration by confidence bucket", () => {
  it("counts a bucket's predictions as the whole run matched them, not as the bucket alone would", async () => {
    const whole = await scorer.score(gold, pred);
    expect(whole.metrics.predStatements).toBe(5);
    const figures = await calibrate(scorer, gold, pred, whole);
    expect(figures).toEqual([
      { bucket: "≥0.9", pred: 1, precision: 1, speakerChecked: 1, speakerAcc: 1 },
      // Alone, the 0.75 duplicate would match the bridge statement; in the whole run the 0.95 one takes it.
      { bucket: "0.7–0.9", pred: 2, precision: 0.5, speakerChecked: 1, speakerAcc: 0 },
      { bucket: "<0.7", pred: 2, precision: 0.5, speakerChecked: 0, speakerAcc: null },
    ]);
  });
});

describe("targets", () => {
  it("passes a floor met as printed and fails one missed; compares train with dev", () => {
    const m = (statementF1: number, speakerAcc: number) => ({ statementF1, speakerAcc, placeF1: null, datelineAcc: null });
    const { rows, failed } = targetRows(new Map([["polnear-dev", m(0.8204, 0.9)], ["polnear-train", m(0.79, 0.91)]]));
    expect(rows).toEqual([
      ["polnear-dev", "0.820 pass (≥ 0.82)", "0.900 FAIL (≥ 0.92)", "n/a", "n/a"],
      ["polnear-train", "0.790 FAIL (±0.02 of 0.820)", "0.910 pass (±0.02 of 0.900)", "n/a", "n/a"],
    ]);
    expect(failed).toBe(2);
  });
});
