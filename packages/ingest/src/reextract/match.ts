// Which stored statement each newly extracted one is, so that statements that come out the same keep their ids
// (links, exports and bookmarks keep working). Same article (the caller's job), same kind, and the same span or
// one that overlaps it strongly: a statement trimmed by a word or extended by a clause is the same statement,
// changed; one that only touches it is another statement.

export interface Span {
  start: number;
  end: number;
  kind: "DIRECT" | "INDIRECT";
}

/** Overlap over union of the two spans at least this: the same statement, its span changed. */
export const STRONG_OVERLAP = 0.5;

export interface Matching<S, N> {
  pairs: Array<{ stored: S; fresh: N }>;
  /** Stored statements the extractor no longer finds. */
  removed: S[];
  /** Statements the extractor now finds that nothing stored matches. */
  added: N[];
}

/** Intersection over union of two spans, 0 when they do not overlap. */
export function overlap(a: Span, b: Span): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/**
 * One-to-one: identical spans first, then the strongest overlaps (ties: the nearer start), each statement in one
 * pair at most. Pure; the order of `pairs` follows `fresh`.
 */
export function matchStatements<S extends Span, N extends Span>(stored: readonly S[], fresh: readonly N[]): Matching<S, N> {
  const partner = new Map<N, S>();
  const taken = new Set<S>();
  const exact = new Map<string, S[]>();
  for (const s of stored) {
    const key = `${s.kind}:${s.start}:${s.end}`;
    exact.set(key, [...(exact.get(key) ?? []), s]);
  }
  for (const n of fresh) {
    const s = exact.get(`${n.kind}:${n.start}:${n.end}`)?.shift();
    if (s) {
      partner.set(n, s);
      taken.add(s);
    }
  }
  const candidates: Array<{ s: S; n: N; score: number; distance: number }> = [];
  for (const n of fresh) {
    if (partner.has(n)) continue;
    for (const s of stored) {
      if (taken.has(s) || s.kind !== n.kind) continue;
      const score = overlap(s, n);
      if (score >= STRONG_OVERLAP) candidates.push({ s, n, score, distance: Math.abs(s.start - n.start) });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.distance - b.distance);
  for (const { s, n } of candidates) {
    if (taken.has(s) || partner.has(n)) continue;
    partner.set(n, s);
    taken.add(s);
  }
  return {
    pairs: fresh.flatMap((n) => (partner.has(n) ? [{ stored: partner.get(n)!, fresh: n }] : [])),
    removed: stored.filter((s) => !taken.has(s)),
    added: fresh.filter((n) => !partner.has(n)),
  };
}
