// One article under re-extraction: its stored statements matched to the fresh ones (a corrected statement by the
// extractor's reading recorded with it, since its row holds the analysts' values), and the fresh statements'
// speakers: one whose mention still names its stored speaker keeps it; any other is resolved as ingest resolves
// it (which may find a known speaker, never merges two stored ones).
import type { ArticleExtraction } from "@dictum/extract";
import { parseExtracted } from "../corrections/state.ts";
import { storableStatements, toDate } from "../rows.ts";
import { articleContext } from "../speakers/article-context.ts";
import type { SpeakerBatch, SpeakerStore } from "../speakers/speaker-store.ts";
import { matchStatements } from "./match.ts";
import type { Fresh } from "./statement-diff.ts";
import { asInput, type StoredArticle, type StoredStatement } from "./stored.ts";

export function planArticle(article: StoredArticle, extraction: ArticleExtraction, old: readonly StoredStatement[], speakers: SpeakerStore, speakerBatch: SpeakerBatch) {
  const publishedAt = toDate(extraction.publishedAt) ?? article.publishedAt;
  const context = articleContext(asInput(article), extraction, publishedAt);
  for (const s of old) {
    const speaker = s.speakerId === null ? undefined : speakers.byId(s.speakerId);
    if (speaker) speakerBatch.seedLocal(article.contentHash, speaker);
  }
  const fresh: Fresh[] = storableStatements(extraction, article.text).map((s) => ({ s, kind: s.kind === "direct" ? "DIRECT" : "INDIRECT", start: s.start, end: s.end, speaker: null }));
  const keyed = old.map((s) => {
    const snap = parseExtracted(s.extracted);
    return { start: snap?.start ?? s.start, end: snap?.end ?? s.end, kind: snap?.kind ?? s.kind, s, snap };
  });
  const m = matchStatements(keyed, fresh);
  const matching = {
    pairs: m.pairs.filter((p) => !p.stored.snap).map((p) => ({ stored: p.stored.s, fresh: p.fresh })),
    removed: m.removed.filter((k) => !k.snap).map((k) => k.s),
    added: m.added,
    corrected: m.pairs.filter((p) => p.stored.snap).map((p) => ({ stored: p.stored.s, snap: p.stored.snap!, fresh: p.fresh })),
    correctedMissing: m.removed.filter((k) => k.snap).map((k) => ({ stored: k.s, snap: k.snap! })),
  };
  const speakerBefore = new Map<Fresh, number | null>([
    ...matching.pairs.map((p) => [p.fresh, p.stored.speakerId] as const),
    ...matching.corrected.map((p) => [p.fresh, p.snap.speaker?.id ?? null] as const),
  ]);
  for (const f of fresh) {
    if (!f.s.speaker) continue;
    const before = speakerBefore.get(f);
    const known = before === undefined || before === null ? undefined : speakers.byId(before);
    f.speaker = known && speakerBatch.stillNames(known, f.s.speaker) ? known : speakerBatch.resolve(f.s.speaker, article.contentHash, context);
  }
  return { article, extraction, context, matching };
}

export type ArticlePlan = ReturnType<typeof planArticle>;
