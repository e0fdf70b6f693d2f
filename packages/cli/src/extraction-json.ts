import type { ArticleExtraction } from "@dictum/extract";

/**
 * The public JSON shape of one article's extraction, as `dictum extract` prints it and the gold scorer
 * (../shared/gold/score.mjs) reads it. Field order is fixed so the output is stable line to line.
 */
export function extractionToJson(extraction: ArticleExtraction) {
  const { dateline } = extraction;
  return {
    id: extraction.id,
    publishedAt: extraction.publishedAt,
    language: extraction.language,
    dateline: dateline
      ? { name: dateline.name, countryCode: dateline.countryCode, lat: dateline.lat, lon: dateline.lon }
      : null,
    statements: extraction.statements.map((s) => ({
      text: s.text,
      kind: s.kind,
      start: s.start,
      end: s.end,
      saidOn: s.saidOn,
      confidence: s.confidence,
      speaker: s.speaker ? { name: s.speaker.name, title: s.speaker.title, kind: s.speaker.kind } : null,
      places: s.places.map((p) => ({ name: p.name, countryCode: p.countryCode, type: p.type })),
      regions: s.regions,
      topics: s.topics,
    })),
  };
}
