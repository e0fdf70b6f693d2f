// A different extractor for the re-extraction tests: the real one, changed the way an improved release might.
// Of every five statements one is trimmed by a word, one kept, one given another speaker, one dropped and one
// kept; and each article gains a statement (its opening words, by "The Newsroom").
import { extractArticle, type ArticleExtraction, type ArticleInput } from "@dictum/extract";

export const ALTERED_VERSION = "altered-for-tests";

export function altered(article: ArticleInput): ArticleExtraction {
  const extraction = extractArticle(article);
  const statements = extraction.statements.flatMap((s, i) => {
    if (i % 5 === 0) {
      const cut = s.text.lastIndexOf(" ");
      return cut > s.text.length * 0.6 ? [{ ...s, text: s.text.slice(0, cut), end: s.start + cut }] : [s];
    }
    if (i % 5 === 2) return [{ ...s, speaker: { name: "Jane Altered", title: null, kind: "person" as const, countryCode: "GB" } }];
    if (i % 5 === 3) return [];
    return [s];
  });
  const first = article.text.indexOf(" ", 30);
  if (first > 0) {
    statements.push({
      text: article.text.slice(0, first), kind: "indirect", start: 0, end: first, saidOn: extraction.datedOn, confidence: 0.5,
      speaker: { name: "The Newsroom", title: null, kind: "organisation", countryCode: null }, places: [], regions: [], topics: [],
    });
  }
  return { ...extraction, statements };
}
