/** Which gold sets `npm run eval` scores, where they live, and how an article's source is named in the tables. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface EvalSet {
  name: string;
  gold: string;
  articles: string;
  /** A check set prints its aggregate row only: no per-source rows, no calibration, never its misses. */
  check?: boolean;
  /** PolNeAR joins the parts of an interrupted quote into one gold text; eval cuts them apart, as the guide does. */
  polnear?: boolean;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** ../shared beside the repository, or beside its parent (a git worktree one level down), or DICTUM_SHARED_DIR. */
export function sharedDir(): string {
  if (process.env.DICTUM_SHARED_DIR) return process.env.DICTUM_SHARED_DIR;
  const beside = resolve(root, "../shared");
  const above = resolve(root, "../../shared");
  return existsSync(beside) || !existsSync(above) ? beside : above;
}

export function defaultSets(shared: string): EvalSet[] {
  const at = (p: string) => resolve(shared, p);
  return [
    { name: "seed", gold: at("gold/seed.jsonl"), articles: at("gold/seed.articles.jsonl") },
    { name: "news-dev", gold: at("gold/news-dev.gold.jsonl"), articles: at("gold/news-dev.articles.jsonl") },
    { name: "news-check", gold: at("gold/news-check.gold.jsonl"), articles: at("gold/news-check.articles.jsonl"), check: true },
    { name: "polnear-dev", gold: at("gold/polnear/dev.gold.jsonl"), articles: at("corpus/polnear/dev.jsonl"), polnear: true },
    { name: "polnear-train", gold: at("gold/polnear/train.gold.jsonl"), articles: at("corpus/polnear/train.jsonl"), polnear: true },
  ];
}

const SOURCE_NAMES: Record<string, string> = { "BBC News": "BBC" };

/** The article record's `source` ("TASS", "Reuters", "BBC News", a PolNeAR publisher), else its id's prefix. */
export function sourceOf(article: { id: string; source?: string | null }): string {
  const source = article.source?.trim() || article.id.split(/[:_]/)[0] || "unknown";
  return SOURCE_NAMES[source] ?? source;
}
