// Controlled extractions for the storage tests: the ingester's job (what is stored, merged, linked) is tested
// against known extractor output; the formats and kill-and-resume tests use the real extractor.
import type { ArticleExtraction, ArticleInput, ExtractedStatement, SpeakerRef } from "@dictum/extract";

export interface StatementSpec {
  quote: string;
  speaker: SpeakerRef | null;
  saidOn?: string;
  places?: ExtractedStatement["places"];
  regions?: ExtractedStatement["regions"];
  topics?: ExtractedStatement["topics"];
  stance?: ExtractedStatement["stance"];
  targets?: ExtractedStatement["targets"];
}

export interface ArticleSpec {
  article: ArticleInput;
  dateline?: { name: string; countryCode: string } | null;
  statements: StatementSpec[];
}

export const person = (name: string, title: string | null = null, countryCode: string | null = null): SpeakerRef => ({ name, title, kind: "person", countryCode });
export const organisation = (name: string, countryCode: string | null = null): SpeakerRef => ({ name, title: null, kind: "organisation", countryCode });

/** The article text is built so every statement is an exact substring at known offsets. */
export function articleOf(id: string, statements: StatementSpec[], extra: Partial<ArticleInput> = {}, dateline: ArticleSpec["dateline"] = null): ArticleSpec {
  const text = extra.text ?? `${dateline ? `${dateline.name.toUpperCase()}, July 28 - ` : ""}${statements.map((s) => `"${s.quote}," the report said.`).join("\n\n")}`;
  return { article: { id, source: "TASS", url: null, publishedAt: "2024-07-28", title: `Article ${id}`, ...extra, text }, dateline, statements };
}

export function extractorFor(specs: ArticleSpec[]): (article: ArticleInput) => ArticleExtraction {
  const byId = new Map(specs.map((spec) => [spec.article.id, spec]));
  return (article) => {
    const spec = byId.get(article.id);
    if (!spec) throw new Error(`no fixture for ${article.id}`);
    let from = 0;
    const statements: ExtractedStatement[] = spec.statements.map((s) => {
      const start = article.text.indexOf(s.quote, from);
      if (start < 0) throw new Error(`quote not in ${article.id}: ${s.quote}`);
      from = start + s.quote.length;
      return {
        text: s.quote, kind: "direct", start, end: start + s.quote.length, saidOn: s.saidOn ?? article.publishedAt, confidence: 0.9,
        speaker: s.speaker, places: s.places ?? [], regions: s.regions ?? [], topics: s.topics ?? [],
        stance: s.stance ?? "NEUTRAL", targets: s.targets ?? [],
      };
    });
    const dateline = spec.dateline ? { ...spec.dateline, lat: null, lon: null, start: 0, end: spec.dateline.name.length, date: null } : null;
    return { id: article.id, publishedAt: article.publishedAt, datedOn: article.publishedAt?.slice(0, 10) ?? null, datedBy: article.publishedAt ? "record" : null, dateline, language: "en", statements };
  };
}
