import type { TopicRef } from "../types.ts";
import { exact, prefix, scoring, shortestPrefix, topicTaxonomy, wordsOf, type Pattern } from "./taxonomy.ts";

export { topicTaxonomy, type Topic } from "./taxonomy.ts";

const wordMatches = (pattern: string, word: string | undefined) =>
  word !== undefined && (pattern.endsWith("*") ? word.startsWith(pattern.slice(0, -1)) : word === pattern);

/** No prefix keyword is longer than this: looking further into a long word only costs time (quadratic in it). */
const longestPrefix = Math.max(0, ...[...prefix.keys()].map((key) => key.length));

function patternsAt(words: string[], i: number): Pattern[] {
  const word = words[i]!;
  const found = [...(exact.get(word) ?? [])];
  for (let length = shortestPrefix; length <= Math.min(word.length, longestPrefix); length++) found.push(...(prefix.get(word.slice(0, length)) ?? []));
  return found.filter((p) => p.words.every((w, k) => wordMatches(w, words[i + k])));
}

/** Topics of a passage from the weighted keywords of the taxonomy, best first, each with a score in [0, 1]. */
export function tagTopics(text: string): TopicRef[] {
  const words = wordsOf(text);
  const hits = new Map<number, number>(); // pattern id → times found
  const weights = new Map<number, Pattern>();
  for (let i = 0; i < words.length; i++) {
    for (const pattern of patternsAt(words, i)) {
      hits.set(pattern.id, (hits.get(pattern.id) ?? 0) + 1);
      weights.set(pattern.id, pattern);
    }
  }
  const sums = new Map<number, number>();
  for (const [id, count] of hits) {
    const pattern = weights.get(id)!;
    const evidence = pattern.weight * (1 + scoring.repeatFactor * (count - 1));
    sums.set(pattern.topic, (sums.get(pattern.topic) ?? 0) + evidence);
  }
  const topics: TopicRef[] = [];
  for (const [index, sum] of sums) {
    const score = Math.round((1 - Math.exp(-sum)) * 1000) / 1000;
    if (score < scoring.minScore) continue;
    const topic = topicTaxonomy[index]!;
    topics.push({ slug: topic.slug, name: topic.name, score });
  }
  return topics.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}
