import type { Document, Span } from "../pipeline/types.ts";
import documents from "../lexicons/speech-documents.json" with { type: "json" };
import { phraseBefore } from "./phrase-before.ts";

const DOCUMENT_HEADS = new Set(documents.heads);
/** "issued a statement", "released a report", "put out a statement": the verb's subject wrote the document. */
const PUBLISHED = /\b(?:issued|released|published|posted|put\s+out|sent\s+out|circulated)\s+$/i;
/** "a statement", "a joint statement", "the report": an article, up to two modifiers and a document noun. */
const DOCUMENT_PHRASE = /^(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)$/u;

/**
 * "The Actors' Equity Association issued a statement calling Davis ...", "Trump and Ryan issued a statement
 * describing the meeting as ...": a document that a participle makes speak is the publisher's word; the speaker
 * is the subject of the verb that put it out. The subject's span, or null when the phrase is no document so put.
 */
export function publisherOf(doc: Document, span: Span, sentence: number): Span | null {
  const head = DOCUMENT_PHRASE.exec(doc.masked.slice(span.start, span.end))?.[1];
  if (!head || !DOCUMENT_HEADS.has(head)) return null;
  const from = doc.sentences[sentence]!.start;
  const verb = PUBLISHED.exec(doc.masked.slice(Math.max(from, span.start - 24), span.start));
  if (!verb) return null;
  return phraseBefore(doc.masked, from, span.start - verb[0].length);
}
