/**
 * Finds test lines that copy text from a scored set (seed, news-dev, news-check, polnear-dev): any run of 7 words
 * that also occurs in one of those sets' articles. Unit tests must use sentences written for them or taken from
 * polnear/train and the unannotated corpora. For news-check only the file and line are printed, never the words.
 * usage: node --import tsx packages/extract/scripts/gold-overlap.ts [DIR…]   (default: the repository's tests)
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readJsonl } from "./eval/predict.ts";
import { sharedDir } from "./eval/sets.ts";

const N = 7;
const shared = sharedDir();
const root = resolve(import.meta.dirname, "../../..");
const SETS: [string, string][] = [
  ["seed", "gold/seed.articles.jsonl"],
  ["news-dev", "gold/news-dev.articles.jsonl"],
  ["news-check", "gold/news-check.articles.jsonl"],
  ["polnear-dev", "corpus/polnear/dev.jsonl"],
];
const words = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const shingles = (ws: string[]) => Array.from({ length: Math.max(0, ws.length - N + 1) }, (_, i) => ws.slice(i, i + N).join(" "));

const owner = new Map<string, string>();
for (const [name, file] of SETS) for (const a of readJsonl<{ text: string; title?: string }>(join(shared, file))) {
  for (const sh of shingles(words(`${a.title ?? ""}\n${a.text}`))) if (!owner.has(sh)) owner.set(sh, name);
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mjs|js|json|jsonl|txt|html|xml|csv|rss|atom)$/.test(entry)) yield path;
  }
}

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ["packages/extract/test", "packages/sources/test", "packages/ingest/test", "packages/cli/test", "packages/db/test", "apps/api/test", "apps/web/test", "tests"].map((d) => join(root, d));
let hits = 0;
for (const dir of dirs) {
  try { statSync(dir); } catch { continue; }
  for (const file of files(dir)) {
    readFileSync(file, "utf8").split("\n").forEach((line, i) => {
      const found = shingles(words(line)).map((sh) => [sh, owner.get(sh)] as const).filter(([, set]) => set);
      if (!found.length) return;
      hits++;
      const sets = [...new Set(found.map(([, set]) => set))];
      const shown = found.find(([, set]) => set !== "news-check");
      console.log(`${relative(root, file)}:${i + 1}  ${sets.join(",")}${shown ? `  "${shown[0]}"` : ""}`);
    });
  }
}
console.log(`${hits} line(s) share ${N} consecutive words with a scored set`);
