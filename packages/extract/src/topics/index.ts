import type { TopicRef } from "../types.ts";
import { compileTaxonomy, shippedCompiled, wordsOf, type CompiledTaxonomy, type Pattern, type TopicTaxonomy } from "./taxonomy.ts";

export { compileTaxonomy, keywordError, shippedTaxonomy, topicTaxonomy, type CompiledTaxonomy, type Topic, type TopicScoring, type TopicTaxonomy } from "./taxonomy.ts";

const wordMatches = (pattern: string, word: string | undefined) =>
  word !== undefined && (pattern.endsWith("*") ? startsWithStem(word, pattern) : word === pattern);

/** Whether word starts with the stem of `pattern` ("sanction*"), compared in place: a slice per word costs more. */
function startsWithStem(word: string, pattern: string): boolean {
  const length = pattern.length - 1;
  if (word.length < length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== pattern.charCodeAt(i)) return false;
  return true;
}

const NONE: Pattern[] = [];

/** The keywords that match at words[i], in table order. Runs on every word of every statement, and most words
 * match none: nothing is allocated for them (no closures either: each costs a call under tsx's keepNames). */
function patternsAt(taxonomy: CompiledTaxonomy, words: string[], i: number): Pattern[] {
  const word = words[i]!;
  let found = collect(null, taxonomy.exact.get(word), words, i);
  for (let length = taxonomy.shortestPrefix; length <= Math.min(word.length, taxonomy.longestPrefix); length++) {
    const stem = word.slice(0, length);
    if (!taxonomy.prefixStems.has(stem)) break;
    found = collect(found, taxonomy.prefix.get(stem), words, i);
  }
  return found ?? NONE;
}

/** `found` plus those of `patterns` whose every word matches from words[i]. */
function collect(found: Pattern[] | null, patterns: Pattern[] | undefined, words: string[], i: number): Pattern[] | null {
  if (!patterns) return found;
  for (const p of patterns) {
    let k = 0;
    while (k < p.words.length && wordMatches(p.words[k]!, words[i + k])) k++;
    if (k === p.words.length) (found ??= []).push(p);
  }
  return found;
}

/** Topics of a passage from the weighted keywords of a taxonomy (default: the shipped one), best first, each with
 * a score in [0, 1]. */
export function tagTopics(text: string, taxonomy: CompiledTaxonomy = shippedCompiled): TopicRef[] {
  const words = wordsOf(text);
  const hits = new Map<number, number>(); // pattern id → times found
  const weights = new Map<number, Pattern>();
  for (let i = 0; i < words.length; i++) {
    for (const pattern of patternsAt(taxonomy, words, i)) {
      hits.set(pattern.id, (hits.get(pattern.id) ?? 0) + 1);
      weights.set(pattern.id, pattern);
    }
  }
  const sums = new Map<number, number>();
  for (const [id, count] of hits) {
    const pattern = weights.get(id)!;
    const evidence = pattern.weight * (1 + taxonomy.scoring.repeatFactor * (count - 1));
    sums.set(pattern.topic, (sums.get(pattern.topic) ?? 0) + evidence);
  }
  const topics: TopicRef[] = [];
  for (const [index, sum] of sums) {
    const score = Math.round((1 - Math.exp(-sum)) * 1000) / 1000;
    if (score < taxonomy.scoring.minScore) continue;
    const topic = taxonomy.topics[index]!;
    topics.push({ slug: topic.slug, name: topic.name, score });
  }
  return topics.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/** A tagger for a taxonomy its caller holds (the database's): what `Enrichers.tagTopics` takes. */
export function topicTagger(taxonomy: TopicTaxonomy): (text: string) => TopicRef[] {
  const compiled = compileTaxonomy(taxonomy);
  return (text) => tagTopics(text, compiled);
}
