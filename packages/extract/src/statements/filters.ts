import type { ArticleInput } from "../types.ts";
import type { Candidate, Document } from "../pipeline/types.ts";

/**
 * Drops what is not a statement: anything in a headline paragraph (the title repeated as the first line), and
 * cue-less quotes that look like titles or names (every word capitalised) or are too short to be speech.
 */
export function dropNonStatements(doc: Document, article: ArticleInput, candidates: Candidate[]): Candidate[] {
  const headlineEnd = headlineParagraphEnd(doc, article);
  return candidates.filter((c) => {
    if (c.start < headlineEnd) return false;
    if (c.cue) return true;
    const words = doc.text.slice(c.start, c.end).split(/\s+/).filter(Boolean);
    if (words.length < 4) return false;
    // "Operation Enduring Freedom", "Pillow Talk": capitalised words with no sentence punctuation are a title.
    const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|the|and|for|in|on|a|an|to)$/.test(w));
    return !(titleCase && !/[.!?,]$/.test(words[words.length - 1]!));
  });
}

function headlineParagraphEnd(doc: Document, article: ArticleInput): number {
  const first = doc.paragraphs[0];
  if (!first || !article.title) return 0;
  const line = doc.text.slice(first.start, first.end).replace(/[.\s]+$/, "").toLowerCase();
  const title = article.title.replace(/[.\s]+$/, "").toLowerCase();
  return line === title || (line.length < 200 && title.startsWith(line)) ? first.end : 0;
}
