/** Per-source subsets: the gold and the predictions of one source's articles, scored by the scorer as a set. */
import { sourceOf } from "./sets.ts";

/** Article ids by source, sources in order of first appearance. */
export function bySource(articles: { id: string; source?: string | null }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of articles) {
    const s = sourceOf(a);
    if (!out.has(s)) out.set(s, new Set());
    out.get(s)!.add(String(a.id));
  }
  return out;
}

export function sourceSlice<G extends { id: string }, P extends { id: string }>(gold: G[], pred: P[], ids: Set<string>): { gold: G[]; pred: P[] } {
  return { gold: gold.filter((g) => ids.has(String(g.id))), pred: pred.filter((p) => ids.has(String(p.id))) };
}
