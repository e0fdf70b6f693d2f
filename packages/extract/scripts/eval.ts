/**
 * Scores the extractor against every gold file: `npm run eval` from the repository root.
 * Predictions go to a temporary directory and are scored by the shared score.mjs (--json), so the numbers here are
 * the ones the team reports. `--misses` also writes each set's misses and spurious statements next to them.
 * The shared directory is ../shared beside the repository, or DICTUM_SHARED_DIR.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { extractArticle } from "../src/index.ts";
import type { ArticleInput } from "../src/types.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(root, "../shared");
const writeMisses = process.argv.includes("--misses");

const SETS = [
  { name: "seed", gold: "gold/seed.jsonl", articles: "gold/seed.articles.jsonl" },
  { name: "news-dev", gold: "gold/news-dev.gold.jsonl", articles: "gold/news-dev.articles.jsonl" },
  { name: "polnear-dev", gold: "gold/polnear/dev.gold.jsonl", articles: "corpus/polnear/dev.jsonl" },
  { name: "polnear-train", gold: "gold/polnear/train.gold.jsonl", articles: "corpus/polnear/train.jsonl" },
];
const COLUMNS = ["statementP", "statementR", "statementF1", "directR", "indirectR", "speakerAcc", "attributedF1", "placeP", "placeR", "placeF1", "datelineAcc"] as const;

async function predict(articlesPath: string, outPath: string): Promise<{ articles: number; ms: number }> {
  const lines: string[] = [];
  let ms = 0;
  const input = createInterface({ input: createReadStream(articlesPath, "utf8"), crlfDelay: Infinity });
  for await (const line of input) {
    if (!line.trim()) continue;
    const article = JSON.parse(line) as ArticleInput;
    const t = performance.now();
    const result = extractArticle(article);
    // The first article pays for loading lexicons and gazetteers; the rate is for the rest.
    if (lines.length > 0) ms += performance.now() - t;
    lines.push(JSON.stringify(result));
  }
  writeFileSync(outPath, lines.join("\n") + "\n");
  return { articles: lines.length, ms };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "dictum-eval-"));
  const rows: string[][] = [];
  for (const set of SETS) {
    const gold = join(shared, set.gold);
    const articles = join(shared, set.articles);
    if (!existsSync(gold) || !existsSync(articles)) { console.error(`eval: skipping ${set.name}: ${gold} or ${articles} not found`); continue; }
    const pred = join(dir, `${set.name}.pred.jsonl`);
    const { articles: n, ms } = await predict(articles, pred);
    const out = execFileSync("node", [join(shared, "gold/score.mjs"), gold, pred, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 });
    const { metrics, misses } = JSON.parse(out) as { metrics: Record<string, number | null>; misses: unknown[] };
    if (writeMisses) writeFileSync(join(dir, `${set.name}.misses.json`), JSON.stringify(misses, null, 1));
    rows.push([set.name, String(metrics.goldStatements), String(metrics.predStatements), ...COLUMNS.map((c) => fmt(metrics[c])), n > 1 ? `${Math.round((n - 1) / (ms / 1000))}` : "n/a"]);
  }
  if (!rows.length) {
    console.error(`eval: no gold set found under ${shared} (set DICTUM_SHARED_DIR)`);
    process.exitCode = 1;
    return;
  }
  const header = ["set", "gold", "pred", ...COLUMNS.map((c) => c.replace("statement", "st").replace("attributed", "attr")), "art/s"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padStart(widths[i]!)).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(`predictions${writeMisses ? " and misses" : ""}: ${dir}`);
}

const fmt = (x: number | null | undefined) => (x == null ? "n/a" : x.toFixed(3));

await main();
