import taxonomy from "../lexicons/topics.json" with { type: "json" };

export interface Topic { slug: string; name: string; description: string; keywords: Record<string, number> }
/** One keyword, compiled: its words, where a word ending in "*" matches by prefix. */
export interface Pattern { words: string[]; topic: number; weight: number; id: number }

export const topicTaxonomy: Topic[] = (taxonomy.topics as unknown as Topic[]).map((t) => ({ ...t }));
export const scoring = taxonomy.scoring;

export const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
export const wordsOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/** Keywords indexed by their first word: exact words in `exact`, prefixes ("sanction*") in `prefix`. */
export const exact = new Map<string, Pattern[]>();
export const prefix = new Map<string, Pattern[]>();
export let shortestPrefix = Infinity;
export let patternCount = 0;

topicTaxonomy.forEach((topic, index) => {
  for (const [keyword, weight] of Object.entries(topic.keywords)) {
    const words = keyword.toLowerCase().split(/\s+/).map((w) => (w.endsWith("*") ? `${wordsOf(w)[0]}*` : wordsOf(w).join("-")));
    if (words.length === 0 || words.some((w) => !w || w === "*")) throw new Error(`topics.json: bad keyword "${keyword}" in ${topic.slug}`);
    const pattern: Pattern = { words, topic: index, weight, id: patternCount++ };
    const first = words[0]!;
    const table = first.endsWith("*") ? prefix : exact;
    const key = first.replace(/\*$/, "");
    if (first.endsWith("*")) shortestPrefix = Math.min(shortestPrefix, key.length);
    table.set(key, [...(table.get(key) ?? []), pattern]);
  }
});
