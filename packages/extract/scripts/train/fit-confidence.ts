/**
 * Fits the confidence table: speaker accuracy per (speaker path, speech evidence) cell, shrunk towards its path's
 * accuracy, which is shrunk towards the hand-set prior for that path. Shrinking keeps a cell seen five times from
 * claiming 1.0; with many observations the measured accuracy wins. Pure and deterministic (no sampling).
 *
 * The product promises that statements at confidence ≥ 0.9 have speakers right at least 0.97 of the time (issue 10).
 * A cell's confidence is read off a lower confidence bound of its accuracy (Wilson, one-sided, `z`), not its mean: a
 * cell of 62 observations at 0.968 on the tuning sets was 0.733 on polnear/dev, and ranking by the mean let such
 * small lucky cells into the ≥ 0.9 bucket. Bounds are remapped monotonically (order kept): `knee` is the lowest cell
 * bound such that all observations in cells at or above it are right at least `bar` of the time; [knee, 1] maps
 * linearly onto [0.9, 1] and [0, knee) onto [0, 0.9). The bar itself is chosen on held-out folds (`chooseBar`). A
 * path's own figure (for a cell the fit never saw) stays below 0.9: no unseen cell is promised the bar.
 */
export interface Observation { path: string; evidence: string; ok: boolean; /** The article, for held-out folds. */ article?: string }
export interface ConfidenceTable {
  note: string;
  trainedOn: string[];
  strength: number;
  z: number;
  bar: number;
  knee: number;
  observations: number;
  /** Speaker accuracy of the ≥ 0.9 bucket on held-out folds, per bar tried (see chooseBar). */
  heldOut?: Record<string, { accuracy: number; share: number }>;
  /** Fitted (shrunk) speaker accuracy per cell, for reading; confidence comes from `lower`. */
  accuracy: Record<string, number>;
  /** Lower confidence bound of each cell's accuracy, before the remapping. */
  lower: Record<string, number>;
  paths: Record<string, number>;
  cells: Record<string, number>;
}
export interface FitOptions { strength?: number; bar?: number; z?: number }

const floor2 = (x: number) => Math.floor(Math.min(0.99, Math.max(0.01, x)) * 100 + 1e-9) / 100;
const round = (x: number) => Math.round(x * 1000) / 1000;
/** Below the ≥ 0.9 bucket: a path's fallback figure, for cells the fit never saw. */
const BELOW_BAR = 0.89;

/** Wilson score lower bound of a proportion ok/n (one-sided, z standard deviations); 0 when n is 0. */
export function wilsonLower(ok: number, n: number, z: number): number {
  if (n <= 0) return 0;
  const p = ok / n, z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

type Counts = Map<string, { ok: number; n: number }>;
function count(observations: Observation[], keyOf: (o: Observation) => string): Counts {
  const n: Counts = new Map();
  for (const o of observations) {
    const k = keyOf(o), c = n.get(k) ?? { ok: 0, n: 0 };
    c.n++;
    if (o.ok) c.ok++;
    n.set(k, c);
  }
  return n;
}

export function fitConfidence(observations: Observation[], priors: Record<string, number>, trainedOn: string[], options: FitOptions = {}): ConfidenceTable {
  const { strength = 10, bar = 0.98, z = 1.64 } = options;
  const byPath = count(observations, (o) => o.path), byCell = count(observations, (o) => `${o.path}|${o.evidence}`);
  const pathAcc: Record<string, number> = {}, pathLower: Record<string, number> = {};
  for (const path of [...new Set([...Object.keys(priors), ...byPath.keys()])].sort()) {
    const c = byPath.get(path) ?? { ok: 0, n: 0 }, prior = priors[path] ?? 0.5;
    pathAcc[path] = (c.ok + strength * prior) / (c.n + strength);
    pathLower[path] = wilsonLower(c.ok + strength * prior, c.n + strength, z);
  }
  const accuracy: Record<string, number> = {}, lower: Record<string, number> = {};
  for (const key of [...byCell.keys()].sort()) {
    const c = byCell.get(key)!, prior = pathAcc[key.split("|")[0]!]!;
    accuracy[key] = (c.ok + strength * prior) / (c.n + strength);
    lower[key] = wilsonLower(c.ok + strength * prior, c.n + strength, z);
  }
  const knee = kneeOf(lower, byCell, bar);
  const remap = (a: number) => (a >= knee ? 0.9 + (0.1 * (a - knee)) / Math.max(1e-9, 1 - knee) : (0.9 * a) / knee);
  const cells = Object.fromEntries(Object.entries(lower).map(([k, a]) => [k, floor2(remap(a))]));
  const paths = Object.fromEntries(Object.entries(pathLower).map(([k, a]) => [k, Math.min(BELOW_BAR, floor2(remap(a)))]));
  return {
    note: "Written by `npm run train` (packages/extract/scripts/train.ts): confidence per speaker path and per path|evidence cell, from a lower bound of speaker accuracy measured on the tuning sets; do not edit by hand.",
    trainedOn, strength, z, bar, knee: round(knee), observations: observations.length, paths, cells,
    accuracy: Object.fromEntries(Object.entries(accuracy).map(([k, a]) => [k, round(a)])),
    lower: Object.fromEntries(Object.entries(lower).map(([k, a]) => [k, round(a)])),
  };
}

/** The lowest cell bound whose cells, with every cell above it, are right at least `bar` of the time. */
function kneeOf(lower: Record<string, number>, counts: Counts, bar: number): number {
  const ranked = Object.keys(lower).sort((a, b) => lower[b]! - lower[a]! || a.localeCompare(b));
  let ok = 0, n = 0, knee = 1;
  for (const key of ranked) {
    const c = counts.get(key)!;
    if (n + c.n > 0 && (ok + c.ok) / (n + c.n) < bar) break;
    ok += c.ok;
    n += c.n;
    knee = lower[key]!;
  }
  return knee;
}

/** Fold of an article: a fixed hash of its id (FNV-1a), so folds do not depend on file order. */
function foldOf(article: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < article.length; i++) h = Math.imul(h ^ article.charCodeAt(i), 16777619);
  return (h >>> 0) % folds;
}

/**
 * The lowest bar whose fit keeps the promise on text it never saw: the observations are split by article into
 * `folds`, each fold scored by a table fitted on the others, and a bar is taken when the held-out ≥ 0.9 bucket is
 * right at least `target` of the time (the promise, 0.97, plus a margin). The highest bar tried when none is.
 */
export function chooseBar(observations: Observation[], priors: Record<string, number>, options: { bars?: number[]; target?: number; folds?: number; strength?: number; z?: number } = {}): { bar: number; heldOut: NonNullable<ConfidenceTable["heldOut"]> } {
  const { bars = [0.975, 0.98, 0.985, 0.99], target = 0.975, folds = 5, strength, z } = options;
  const heldOut: NonNullable<ConfidenceTable["heldOut"]> = {};
  let chosen: number | null = null;
  for (const bar of bars) {
    let ok = 0, n = 0;
    for (let f = 0; f < folds; f++) {
      const inFold = (o: Observation) => foldOf(o.article ?? "", folds) === f;
      const table = fitConfidence(observations.filter((o) => !inFold(o)), priors, [], { strength, z, bar });
      for (const o of observations.filter(inFold)) {
        if ((table.cells[`${o.path}|${o.evidence}`] ?? table.paths[o.path] ?? 0) < 0.9) continue;
        n++;
        if (o.ok) ok++;
      }
    }
    const accuracy = n ? ok / n : 0;
    heldOut[String(bar)] = { accuracy: round(accuracy), share: round(n / Math.max(1, observations.length)) };
    if (chosen === null && n > 0 && accuracy >= target) chosen = bar;
  }
  return { bar: chosen ?? bars[bars.length - 1]!, heldOut };
}
