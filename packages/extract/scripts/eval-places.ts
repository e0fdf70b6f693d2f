/**
 * Scores places and datelines against the gold files (../shared/gold, see its README):
 *   node --import tsx packages/extract/scripts/eval-places.ts [--verbose]
 * Places: for every gold statement, findPlaces(statement text) against the gold country codes (micro P/R/F1).
 * Datelines: parseDateline(article text) against the gold dateline's country code (null when none).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDateline } from "../src/dateline/index.ts";
import { findPlaces } from "../src/places/index.ts";

interface GoldStatement { text: string; places?: string[] }
interface GoldArticle { id: string; dateline?: { countryCode: string } | null; statements: GoldStatement[] }
interface Article { id: string; text: string }

const goldDir = fileURLToPath(new URL("../../../../shared/gold/", import.meta.url));
const verbose = process.argv.includes("--verbose");
const readJsonl = <T>(path: string): T[] => readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as T);

function score(goldFile: string, articlesFile: string): void {
  const gold = readJsonl<GoldArticle>(goldDir + goldFile);
  const articles = new Map(readJsonl<Article>(goldDir + articlesFile).map((a) => [a.id, a]));
  let tp = 0, fp = 0, fn = 0, datelines = 0, datelinesOk = 0;
  for (const article of gold) {
    for (const statement of article.statements) {
      if (!statement.places) continue;
      const expected = new Set(statement.places);
      const context = articles.get(article.id)?.text;
      const found = new Set(findPlaces(statement.text, { context }).places.map((p) => p.countryCode!));
      const extra = [...found].filter((c) => !expected.has(c)), missed = [...expected].filter((c) => !found.has(c));
      tp += found.size - extra.length; fp += extra.length; fn += missed.length;
      if (verbose && (extra.length || missed.length)) console.log(`  places +[${extra}] -[${missed}] ${statement.text.slice(0, 150)}`);
    }
    if (!("dateline" in article)) continue;
    const text = articles.get(article.id)?.text ?? "";
    const found = parseDateline(text)?.countryCode ?? null;
    const expected = article.dateline?.countryCode ?? null;
    datelines++;
    if (found === expected) datelinesOk++;
    else if (verbose) console.log(`  dateline ${article.id}: got ${found}, gold ${expected}: ${JSON.stringify(text.slice(0, 60))}`);
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1), f1 = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${goldFile}: places P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}) | dateline acc ${(datelinesOk / (datelines || 1)).toFixed(3)} (${datelinesOk}/${datelines})`);
}

for (const [gold, articles] of [["seed.jsonl", "seed.articles.jsonl"], ["news-dev.gold.jsonl", "news-dev.articles.jsonl"]] as const) {
  if (existsSync(goldDir + gold)) score(gold, articles);
  else console.log(`${gold}: not found under ${goldDir}`);
}
