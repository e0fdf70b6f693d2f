import { splitParagraphs } from "../statements/paragraphs.ts";
import { findQuotes } from "../statements/quotes.ts";
import { splitSentences } from "../statements/sentences.ts";
import { seedHeader } from "../seed-format.ts";
import { restoreApostrophes } from "./apostrophes.ts";
import type { Document, Quote } from "./types.ts";

/** Paragraphs, quotes, sentences and the quote-masked text: the units every later stage reads. */
export function readDocument(text: string, bodyStart: number): Document {
  // The seed format's " date YYYY-MM-DD" header is not prose.
  const start = Math.max(bodyStart, seedHeader(text)?.length ?? 0);
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotes);
  const quoteByOpen = new Map(quotes.map((q) => [q.open, q]));
  return { text, masked: restoreApostrophes(maskQuotes(text, quotes)), paragraphs, sentences, quotes, quoteByOpen, bodyStart: start };
}

/** Replaces each quote's content with "_" so that cue search never looks inside a quotation. */
function maskQuotes(text: string, quotes: Quote[]): string {
  if (!quotes.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    parts.push(text.slice(at, q.start), "_".repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
