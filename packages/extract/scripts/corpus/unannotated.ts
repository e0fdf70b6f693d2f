/**
 * The unannotated corpora with every gold article left out, for scripts that learn from text (lexicon flags,
 * lexicon provenance): an article is left out when its id is in any gold set (seed, news-dev, news-check,
 * PolNeAR dev and train) or its text starts like a gold article's (the same story under another id).
 * Gold files are read for ids and text fingerprints only.
 */
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

export interface CorpusArticle { id: string; source?: string; title?: string | null; text: string }

const GOLD_ARTICLES = ["gold/seed.articles.jsonl", "gold/news-dev.articles.jsonl", "gold/news-check.articles.jsonl", "corpus/polnear/dev.jsonl", "corpus/polnear/train.jsonl"];
const GOLD_FILES = ["gold/seed.jsonl", "gold/news-dev.gold.jsonl", "gold/news-check.gold.jsonl", "gold/polnear/dev.gold.jsonl", "gold/polnear/train.gold.jsonl"];

const fingerprint = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 300);
const lines = (path: string) => readFileSync(path, "utf8").split("\n").filter((l) => l.trim());

export interface GoldIndex { ids: Set<string>; texts: Set<string> }

export function goldIndex(shared: string): GoldIndex {
  const ids = new Set<string>(), texts = new Set<string>();
  for (const f of [...GOLD_FILES, ...GOLD_ARTICLES]) {
    const path = join(shared, f);
    if (!existsSync(path)) continue;
    for (const l of lines(path)) {
      const a = JSON.parse(l) as { id: string; text?: string };
      ids.add(String(a.id));
      if (a.text) texts.add(fingerprint(a.text));
    }
  }
  return { ids, texts };
}

export const isGold = (gold: GoldIndex, a: { id: string; text?: string }) => gold.ids.has(String(a.id)) || (a.text != null && gold.texts.has(fingerprint(a.text)));

/** Every corpus file under shared/corpus except PolNeAR's, whose articles are all gold. */
export function corpusFiles(shared: string): string[] {
  const dir = join(shared, "corpus");
  return readdirSync(dir).filter((d) => d !== "polnear").flatMap((d) => readdirSync(join(dir, d)).filter((f) => f.endsWith(".jsonl")).map((f) => join(dir, d, f)));
}

export async function* unannotated(paths: string[], gold: GoldIndex): AsyncGenerator<CorpusArticle> {
  for (const path of paths) {
    for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      let a: CorpusArticle;
      try { a = JSON.parse(line) as CorpusArticle; } catch { continue; }
      if (typeof a.text !== "string" || isGold(gold, a)) continue;
      yield a;
    }
  }
}
