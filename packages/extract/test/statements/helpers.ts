import { extractArticle } from "../../src/index.ts";
import type { ArticleExtraction } from "../../src/types.ts";

/** Extracts one article from plain text, with the fixed date the corpora use. */
export function extract(text: string, title: string | null = null): ArticleExtraction {
  return extractArticle({ id: "t", source: null, url: null, publishedAt: "2021-07-28", title, text });
}

/** Statements as compact rows: [kind, speaker name, text]. */
export function rows(text: string, title: string | null = null): [string, string | null, string][] {
  return extract(text, title).statements.map((s) => [s.kind, s.speaker?.name ?? null, s.text]);
}

/** The speaker name of each statement, in order (null where none). */
export function speakers(text: string): (string | null)[] {
  return rows(text).map(([, speaker]) => speaker);
}
