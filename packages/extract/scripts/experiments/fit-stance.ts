/**
 * Softmax regression with an L2 penalty, fitted by full-batch gradient descent with AdaGrad steps from zero
 * weights: deterministic (same examples, same weights), and small enough for a few hundred statements.
 */
import type { Governing } from "../../src/stance/cue.ts";
import { isWord, type Word } from "../../src/stance/words.ts";
import type { Stance } from "../../src/types.ts";

export interface StanceModel { classes: Stance[]; bias: number[]; weights: Record<string, number[]> }

/** The features of a statement: its words, adjacent word pairs, "?" and "!", its cue word and where the cue stands. */
export function stanceFeatures(words: Word[], cue: Governing | null): string[] {
  const out = new Set<string>();
  out.add(cue ? `cue:${cue.word.toLowerCase()}` : "cue:none");
  if (cue) out.add(`at:${cue.position}`);
  let previous = "^";
  for (const w of words) {
    if (!isWord(w)) {
      if (w.key === "?" || w.key === "!") out.add(`mark:${w.key}`);
      previous = "|";
      continue;
    }
    out.add(`w:${w.key}`);
    out.add(`b:${previous}_${w.key}`);
    previous = w.key;
  }
  return [...out];
}

/** The most probable non-NEUTRAL class when its probability reaches the threshold, else null. */
export function predictStance(model: StanceModel, features: string[], threshold: number): Stance | null {
  const z = [...model.bias];
  for (const f of features) model.weights[f]?.forEach((w, c) => (z[c]! += w));
  const top = Math.max(...z), e = z.map((v) => Math.exp(v - top)), sum = e.reduce((a, b) => a + b, 0);
  let best = -1;
  e.forEach((v, c) => { if (model.classes[c] !== "NEUTRAL" && (best < 0 || v > e[best]!)) best = c; });
  return e[best]! / sum >= threshold ? model.classes[best]! : null;
}

export interface Example { features: string[]; stance: Stance; group: string }
export interface FitOptions { epochs: number; l2: number; rate: number; minCount: number }
export const FIT: FitOptions = { epochs: 300, l2: 0.01, rate: 0.5, minCount: 2 };
export const CLASSES: Stance[] = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"];

export function fitStance(examples: Example[], o: FitOptions = FIT): StanceModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= o.minCount).map(([f]) => f).sort();
  const id = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ x: e.features.flatMap((f) => (id.has(f) ? [id.get(f)!] : [])), y: CLASSES.indexOf(e.stance) }));
  const K = CLASSES.length, W = vocab.map(() => new Float64Array(K)), b = new Float64Array(K);
  const gW = vocab.map(() => new Float64Array(K)), gb = new Float64Array(K);
  const hW = vocab.map(() => new Float64Array(K).fill(1e-8)), hb = new Float64Array(K).fill(1e-8);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const g of gW) g.fill(0);
    gb.fill(0);
    for (const { x, y } of rows) {
      const z = Array.from(b);
      for (const f of x) for (let c = 0; c < K; c++) z[c]! += W[f]![c]!;
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const sum = e.reduce((s, v) => s + v, 0);
      for (let c = 0; c < K; c++) {
        const d = (e[c]! / sum - (c === y ? 1 : 0)) / rows.length;
        gb[c]! += d;
        for (const f of x) gW[f]![c]! += d;
      }
    }
    for (let f = 0; f < vocab.length; f++) {
      for (let c = 0; c < K; c++) {
        const g = gW[f]![c]! + o.l2 * W[f]![c]!;
        hW[f]![c]! += g * g;
        W[f]![c]! -= (o.rate * g) / Math.sqrt(hW[f]![c]!);
      }
    }
    for (let c = 0; c < K; c++) { hb[c]! += gb[c]! * gb[c]!; b[c]! -= (o.rate * gb[c]!) / Math.sqrt(hb[c]!); }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W[i]!, round);
    if (w.some((v) => v !== 0)) weights[f] = w;
  });
  return { classes: CLASSES, bias: Array.from(b, round), weights };
}
