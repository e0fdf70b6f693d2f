/**
 * Runs the shared score.mjs on a set or on a subset of it, so every figure eval prints is the scorer's own.
 * A subset is written as a pair of temporary JSONL files (gold lines, prediction lines) and deleted once scored.
 */
import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type Metrics = Record<string, number | null>;
export interface Scored { metrics: Metrics; misses: unknown[] }

export interface Scorer {
  /** Scores gold and prediction lines (parsed JSON objects); resolves to the scorer's --json output. */
  score(gold: object[], pred: object[]): Promise<Scored>;
}

/** At most `parallel` scorer processes at a time (the machine's cores are shared). */
export function createScorer(scoreMjs: string, dir: string, parallel = 2): Scorer {
  let n = 0, active = 0;
  const waiting: (() => void)[] = [];
  const slot = async () => {
    while (active >= parallel) await new Promise<void>((r) => waiting.push(r));
    active++;
  };
  const release = () => { active--; waiting.shift()?.(); };
  return {
    async score(gold, pred) {
      const id = n++;
      const goldPath = join(dir, `subset-${id}.gold.jsonl`), predPath = join(dir, `subset-${id}.pred.jsonl`);
      writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join("\n") + "\n");
      writeFileSync(predPath, pred.map((p) => JSON.stringify(p)).join("\n") + "\n");
      await slot();
      try {
        const { stdout } = await run("node", [scoreMjs, goldPath, predPath, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
        return JSON.parse(stdout) as Scored;
      } finally {
        release();
        rmSync(goldPath, { force: true });
        rmSync(predPath, { force: true });
      }
    },
  };
}
