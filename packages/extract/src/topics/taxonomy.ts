// The topic taxonomy as data: the shipped one (lexicons/topics.json) or one its caller hands in (the database's,
// which users edit), compiled into keyword tables the tagger looks words up in. Pure: no I/O.
import shipped from "../lexicons/topics.json" with { type: "json" };

export interface Topic { slug: string; name: string; description?: string | null; keywords: Record<string, number> }
/** How keyword weights become a score (see topics.json's note). */
export interface TopicScoring { minScore: number; repeatFactor: number }
/** A whole taxonomy: what `dictum topics export` writes and `topics import` reads (`note`: the file's `_note`). */
export interface TopicTaxonomy { note?: string | null; scoring: TopicScoring; topics: Topic[] }

/** One keyword, compiled: its words, where a word ending in "*" matches by prefix. */
export interface Pattern { words: string[]; topic: number; weight: number; id: number }

/** A taxonomy ready for tagging: keywords indexed by their first word, exact words in `exact`, prefixes
 * ("sanction*") in `prefix`. */
export interface CompiledTaxonomy {
  topics: Topic[];
  scoring: TopicScoring;
  exact: Map<string, Pattern[]>;
  prefix: Map<string, Pattern[]>;
  shortestPrefix: number;
  /** No prefix keyword is longer than this: looking further into a long word only costs time (quadratic in it). */
  longestPrefix: number;
  /** Every beginning of a prefix keyword's stem ("s", "sa", … "sanction"): a word whose first letters are none of
   * these matches no prefix keyword at any longer length either. */
  prefixStems: Set<string>;
  patternCount: number;
}

export const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
export const wordsOf = (text: string) => text.toLowerCase().match(WORD) ?? [];

/** A keyword as the tagger matches it (its words, "*" ending a prefix word), or null when it has nothing to match. */
export function keywordWords(keyword: string): string[] | null {
  const words = keyword.toLowerCase().split(/\s+/).filter(Boolean).map((w) => (w.endsWith("*") ? `${wordsOf(w)[0] ?? ""}*` : wordsOf(w).join("-")));
  return words.length === 0 || words.some((w) => !w || w === "*") ? null : words;
}

/** Why the tagger cannot use this keyword, or null when it can: for validating a taxonomy before it is stored. */
export function keywordError(keyword: string): string | null {
  if (keyword.trim() === "") return "the keyword is empty";
  if (keyword.replace(/\*(?=\s|$)/g, "").includes("*")) return `"${keyword}": "*" may only end a word (as in "sanction*")`;
  return keywordWords(keyword) === null ? `"${keyword}" has no letters or digits to match in one of its words` : null;
}

export function compileTaxonomy(taxonomy: TopicTaxonomy): CompiledTaxonomy {
  const compiled: CompiledTaxonomy = {
    topics: taxonomy.topics.map((t) => ({ ...t, keywords: { ...t.keywords } })), scoring: { ...taxonomy.scoring },
    exact: new Map(), prefix: new Map(), shortestPrefix: Infinity, longestPrefix: 0, prefixStems: new Set(), patternCount: 0,
  };
  compiled.topics.forEach((topic, index) => {
    for (const [keyword, weight] of Object.entries(topic.keywords)) {
      const words = keywordWords(keyword);
      if (!words) throw new Error(`topic taxonomy: bad keyword "${keyword}" in ${topic.slug}`);
      const pattern: Pattern = { words, topic: index, weight, id: compiled.patternCount++ };
      const first = words[0]!;
      const isPrefix = first.endsWith("*");
      const key = first.replace(/\*$/, "");
      if (isPrefix) {
        compiled.shortestPrefix = Math.min(compiled.shortestPrefix, key.length);
        compiled.longestPrefix = Math.max(compiled.longestPrefix, key.length);
        for (let n = 1; n <= key.length; n++) compiled.prefixStems.add(key.slice(0, n));
      }
      const table = isPrefix ? compiled.prefix : compiled.exact;
      table.set(key, [...(table.get(key) ?? []), pattern]);
    }
  });
  return compiled;
}

/** The taxonomy shipped with the extractor: what a new database is seeded with. */
export const shippedTaxonomy: TopicTaxonomy = { note: shipped._note, scoring: shipped.scoring, topics: shipped.topics as unknown as Topic[] };
export const topicTaxonomy: Topic[] = shippedTaxonomy.topics.map((t) => ({ ...t }));
export const scoring = shippedTaxonomy.scoring;
export const shippedCompiled = compileTaxonomy(shippedTaxonomy);
