/**
 * Scores the extractor against every gold set: `npm run eval` from the repository root.
 * Every figure comes from the shared score.mjs (--json), run on the whole set and on subsets of it: per source
 * (article records' `source`) and per confidence bucket (calibration), so the numbers are the ones the team reports.
 * news-check is a check set: only its aggregate row is printed, its predictions are not kept and its misses never
 * written. `--misses` writes the other sets' misses and spurious statements beside their predictions.
 * `--sets seed,news-dev` scores only those sets; `--gold FILE --articles FILE [--name NAME] [--check]` scores that one
 * gold file instead (named after the file; `--check` or the name news-check makes it a check set).
 * The shared directory is ../shared beside the repository, or DICTUM_SHARED_DIR.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import type { ArticleInput } from "../src/types.ts";
import { predict, readJsonl } from "./eval/predict.ts";
import { createScorer, type Metrics, type Scored } from "./eval/score.ts";
import { defaultSets, sharedDir, type EvalSet } from "./eval/sets.ts";
import { calibrate, type BucketFigures } from "./eval/calibration.ts";
import { bySource, sourceSlice } from "./eval/slices.ts";
import { splitInterruptedQuotes } from "./eval/interrupted-quotes.ts";
import { fmt, printTable } from "./eval/table.ts";
import { targetRows } from "./eval/targets.ts";
import { addedPairs } from "./eval/stance-added.ts";
import { byCueRows, byStanceRows, whereRows, confusionRows, endToEnd, onGoldSpans, readStanceRows, STANCE_HEADER, STANCES, stanceRows, tuningMisses, type StanceRow } from "./eval/stance.ts";

/** The stance annotation of news-dev's gold statements (issue 12). */
const STANCE_GOLD = join(import.meta.dirname, "../eval/stance-dev.jsonl");
const COLUMNS = ["statementP", "statementR", "statementF1", "directR", "indirectR", "speakerAcc", "attributedF1", "placeP", "placeR", "placeF1", "datelineAcc"] as const;
const SHORT = COLUMNS.map((c) => c.replace("statement", "st").replace("attributed", "attr"));

function args(argv: string[]) {
  const value = (flag: string) => { const i = argv.indexOf(flag); return i >= 0 ? argv[i + 1] : undefined; };
  return { misses: argv.includes("--misses"), gold: value("--gold"), articles: value("--articles"), name: value("--name"), check: argv.includes("--check"), sets: value("--sets")?.split(",") };
}

function setsToScore(opts: ReturnType<typeof args>, shared: string): EvalSet[] {
  if (!opts.gold && !opts.articles) return defaultSets(shared).filter((s) => !opts.sets || opts.sets.includes(s.name));
  if (!opts.gold || !opts.articles) throw new Error("eval: --gold and --articles go together");
  const name = opts.name ?? basename(opts.gold).replace(/(\.gold)?\.jsonl$/, "");
  return [{ name, gold: resolve(opts.gold), articles: resolve(opts.articles), check: opts.check || name === "news-check" }];
}

const columns = (m: Metrics) => [String(m.goldStatements), String(m.predStatements), ...COLUMNS.map((c) => fmt(m[c]))];

interface SetResult {
  set: EvalSet;
  articles: number;
  perSecond: number | null;
  all: Scored;
  /** A PolNeAR set scored on its gold as published, interrupted quotes joined (the table above cuts them). */
  asPublished?: Scored;
  sources: [string, number, Scored][];
  buckets: BucketFigures[];
  stance?: { spans: ReturnType<typeof onGoldSpans>; e2e: ReturnType<typeof endToEnd> };
}

async function main() {
  const opts = args(process.argv.slice(2));
  const shared = sharedDir();
  const dir = mkdtempSync(join(tmpdir(), "dictum-eval-"));
  const scorer = createScorer(join(shared, "gold/score.mjs"), dir);
  const pending: Promise<SetResult>[] = [];
  for (const set of setsToScore(opts, shared)) {
    if (!existsSync(set.gold) || !existsSync(set.articles)) { console.error(`eval: skipping ${set.name}: ${set.gold} or ${set.articles} not found`); continue; }
    const articles = readJsonl<ArticleInput & { source?: string }>(set.articles);
    const published = readJsonl<{ id: string; statements?: { text: string; kind: string; start?: number; speaker?: string | null }[] }>(set.gold);
    const gold = set.polnear ? splitInterruptedQuotes(published, new Map(articles.map((a) => [String(a.id), a.text]))) : published;
    const { predictions, perSecond } = predict(articles);
    if (!set.check) writeFileSync(join(dir, `${set.name}.pred.jsonl`), predictions.map((p) => JSON.stringify(p)).join("\n") + "\n");
    // Scorer processes run while the next set is extracted.
    const all = scorer.score(gold, predictions);
    const asPublished = set.polnear ? scorer.score(published, predictions) : undefined;
    const sources = set.check ? [] : [...bySource(articles)].map(async ([source, ids]) => {
      const slice = sourceSlice(gold, predictions, ids);
      return [source, slice.gold.length, await scorer.score(slice.gold, slice.pred)] as [string, number, Scored];
    });
    const buckets = set.check ? Promise.resolve([]) : all.then((whole) => calibrate(scorer, gold, predictions, whole));
    const stanceGold: StanceRow[] | null = set.name === "news-dev" && existsSync(STANCE_GOLD) ? readStanceRows(STANCE_GOLD) : null;
    const stance = stanceGold ? { spans: onGoldSpans(articles, gold, stanceGold), e2e: endToEnd(predictions, gold, stanceGold) } : undefined;
    pending.push((async () => ({ set, articles: articles.length, perSecond, all: await all, asPublished: await asPublished, sources: await Promise.all(sources), buckets: await buckets, stance }))());
  }
  const results = await Promise.all(pending);
  if (!results.length) {
    console.error(`eval: no gold set found under ${shared} (set DICTUM_SHARED_DIR)`);
    process.exitCode = 1;
    return;
  }
  // A check set's misses are dropped here, before anything could write or print them.
  for (const r of results) if (r.set.check) r.all = { metrics: r.all.metrics, misses: [] };

  printTable("Sets (all articles)", ["set", "articles", "gold", "pred", ...SHORT, "art/s"],
    results.map((r) => [r.set.name + (r.set.check ? " (check)" : ""), String(r.articles), ...columns(r.all.metrics), r.perSecond == null ? "n/a" : String(r.perSecond)]));

  const published = results.filter((r) => r.asPublished);
  if (published.length) printTable("PolNeAR gold as published (an interrupted quote is one statement of joined parts; the rows above cut it in two, as the guide does)",
    ["set", "articles", "gold", "pred", ...SHORT], published.map((r) => [r.set.name, String(r.articles), ...columns(r.asPublished!.metrics)]));

  printTable("Per source", ["set", "source", "articles", "gold", "pred", ...SHORT],
    results.flatMap((r) => r.sources.map(([source, n, s]) => [r.set.name, source, String(n), ...columns(s.metrics)])));

  printTable("Calibration by statement confidence (precision: share of the bucket's predictions the scorer matched; speaker acc: among those matched to a gold speaker)",
    ["set", "confidence", "pred", "share", "precision", "speakers checked", "speakerAcc"],
    results.flatMap((r) => r.buckets.map((b) => [r.set.name, b.bucket, String(b.pred), r.all.metrics.predStatements ? fmt(b.pred / r.all.metrics.predStatements) : "n/a",
      fmt(b.precision), String(b.speakerChecked), fmt(b.speakerAcc)])));

  const targets = targetRows(new Map(results.map((r) => [r.set.name, r.all.metrics])));
  printTable(`Targets (issue 10): ${targets.failed} cell(s) failing`, targets.header, targets.rows);

  const withStance = results.find((r) => r.stance);
  if (withStance?.stance) {
    const { e2e } = withStance.stance;
    const spans = [...withStance.stance.spans, ...addedPairs(shared)];
    const { rows, whole } = stanceRows([["gold spans", spans], ["end to end", e2e]]);
    printTable(`Stance and targets (issue 12; ${withStance.set.name}, packages/extract/eval/stance-dev.jsonl; tune = even articles, held-out = odd; all = both; added = stance-polnear-train, -isot-reuters, -reuters21578 and -wikinews.jsonl, tuning data; fresh = stance-bbc-check.jsonl and fresh-isot = stance-isot-fresh.jsonl, checks never tuned on)`, STANCE_HEADER, rows);
    printTable("Stance confusion, gold spans, all (gold rows × predicted columns)", ["gold \\ pred", ...STANCES], confusionRows(whole.get("gold spans")!));
    printTable("By gold stance, gold spans (stance right; targets matched of gold, and predicted on those statements)",
      ["half", "gold stance", "statements", "stance right", "targets gold", "matched", "predicted"], byStanceRows(spans));
    printTable("By what governs the statement, gold spans (non-NEUTRAL gold: stance right; their targets gold, matched, predicted; NEUTRAL given a stance)",
      ["half", "governed by", "statements", "non-NEUTRAL", "stance right", "targets gold", "matched", "predicted", "spurious stance"], byCueRows(spans));
    printTable("Gold targets by where their words stand, gold spans (on statements whose stance is right; matched)",
      ["half", "target's words", "targets gold", "stance right", "matched"], whereRows(spans));
    const check = (x: number | null, floor: number) => (x == null ? "missing" : `${fmt(x)} ${Math.round(x * 1000) / 1000 >= floor ? "pass" : "FAIL"} (≥ ${floor.toFixed(2)})`);
    printTable("Targets (issue 12)", ["reading", "stance accuracy", "target F1"],
      [...whole].map(([name, f]) => [name, check(f.accuracy, 0.8), check(f.targetF1, 0.75)]));
    if (opts.misses) writeFileSync(join(dir, "stance.tune-misses.json"), JSON.stringify(tuningMisses(spans), null, 1));
  }

  if (opts.misses) for (const r of results) if (!r.set.check) writeFileSync(join(dir, `${r.set.name}.misses.json`), JSON.stringify(r.all.misses, null, 1));
  console.log(`\npredictions${opts.misses ? " and misses" : ""} (check sets excepted): ${dir}`);
}

await main();
