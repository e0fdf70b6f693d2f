/**
 * `npm run train`: fits the statement confidence on the tuning sets (PolNeAR train and news-dev; never polnear/dev,
 * news-check or the seed) and writes src/lexicons/speaker-confidence.json. Every statement whose speaker the scorer
 * checks (matched to a gold statement with a gold speaker) is one observation: how its speaker was found (path),
 * its speech evidence, and whether the speaker was right. The bar of the fit is chosen on five held-out folds of
 * articles (scripts/train/fit-confidence.ts). Deterministic: same code and gold, same file.
 * `--out FILE` writes elsewhere (the test compares a fresh run with the committed file); `--limit N` uses the first
 * N articles of each set.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extractArticle, type StatementTrace } from "../src/pipeline/index.ts";
import { PRIORS } from "../src/pipeline/confidence.ts";
import type { ArticleInput } from "../src/types.ts";
import { readJsonl } from "./eval/predict.ts";
import { createScorer } from "./eval/score.ts";
import { defaultSets, sharedDir } from "./eval/sets.ts";
import { outcomes } from "./eval/calibration.ts";
import { chooseBar, fitConfidence, type Observation } from "./train/fit-confidence.ts";

const TRAIN_SETS = ["polnear-train", "news-dev"];
const here = dirname(fileURLToPath(import.meta.url));
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const out = resolve(arg("--out") ?? join(here, "../src/lexicons/speaker-confidence.json"));
const limit = arg("--limit") ? Number(arg("--limit")) : Infinity;

const shared = sharedDir();
const dir = mkdtempSync(join(tmpdir(), "dictum-train-"));
const scorer = createScorer(join(shared, "gold/score.mjs"), dir);
const observations: Observation[] = [];
try {
  for (const set of defaultSets(shared).filter((s) => TRAIN_SETS.includes(s.name))) {
    const articles = readJsonl<ArticleInput>(set.articles).slice(0, limit);
    const ids = new Set(articles.map((a) => String(a.id)));
    const gold = readJsonl<{ id: string; statements?: { speaker?: string | null; text: string }[] }>(set.gold).filter((g) => ids.has(String(g.id)));
    const traces: (StatementTrace & { article: string })[] = [];
    const predictions = articles.map((a) => extractArticle(a, undefined, (_s, t) => traces.push({ ...t, article: `${set.name}:${a.id}` })));
    const whole = await scorer.score(gold, predictions);
    const { speakerOk } = await outcomes(scorer, gold, predictions, whole);
    speakerOk.forEach((ok, j) => { if (ok !== null) observations.push({ ...traces[j]!, ok }); });
    console.log(`${set.name}: ${articles.length} articles, ${traces.length} statements, ${speakerOk.filter((o) => o !== null).length} speakers checked`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The bar is chosen on held-out folds of the same observations, so the ≥ 0.9 bucket holds on articles the fit
// never saw; then the table is fitted on all of them.
const { bar, heldOut } = chooseBar(observations, PRIORS);
const table = { ...fitConfidence(observations, PRIORS, TRAIN_SETS, { bar }), heldOut };
for (const [tried, f] of Object.entries(heldOut)) console.log(`bar ${tried}: held-out ≥ 0.9 bucket speaker accuracy ${f.accuracy.toFixed(3)}, share ${f.share.toFixed(3)}${Number(tried) === bar ? " (chosen)" : ""}`);
writeFileSync(out, JSON.stringify(table, null, 2) + "\n");
console.log(`wrote ${out}: ${Object.keys(table.cells).length} cells from ${observations.length} observations`);
