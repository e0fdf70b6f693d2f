import adverbialData from "../lexicons/speech-adverbials.json" with { type: "json" };
import verbs from "../lexicons/speech-verbs.json" with { type: "json" };
import type { Cue, Document, Span } from "../pipeline/types.ts";
import { COMPLEMENTS, complementAt } from "./complement.ts";
import { trimEnd } from "./trim.ts";

const OBJECT_VERBS = new Set(verbs.objectVerbs);
const ADVERBIAL = new RegExp(`^(?:[\\s,]*(?:${adverbialData.adverbials.join("|")})(?![\\w-]))*`, "u");
const LISTENER = new RegExp(`^\\s*${adverbialData.listeners}(?![\\w-])`, "u");
/** Word alternatives of a lexicon list: "as much" matches "as  much". */
const any = (words: string[]): string => words.map((w) => w.split(" ").join("\\s+")).join("|");
const ADVERBIAL_TO_THAT = new RegExp(`^\\s*(?:${any(adverbialData.adverbialOpeners)})\\b[^,"“”.;:_]{0,60}?(?=\\bthat\\b)`, "u");
const PLACE_APPOSITION = /^\s*,\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)?\s*,(?=\s*that\b)/u;
const THAT = /^[\s,]*that\b\s*/u;
/**
 * Up to twelve words of a noun phrase before "that": no punctuation, pronoun, auxiliary, question word or quote in
 * between, except a town's state set off by commas ("a town hall in Salem, New Hampshire on Monday that"; the town
 * may have been read as an adverbial already: ", Delaware on Friday that").
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*`;
const LISTENER_TO_THAT = new RegExp(
  `^\\s*(?:(?!(?:${any(adverbialData.notListenerWords)})\\b)(?:(?:${NAME})?,\\s+(?:${NAME}\\s+){0,2}${NAME},?|[\\p{L}\\p{N}.'’&-]+)\\s+){1,12}(?=that\\b)`,
  "u",
);
const LISTENER_APPOSITION = /^\s*,[^,;:"“”«»]{2,80},(?=\s*that\b)/u;
const NOT_A_CLAUSE_START = new RegExp(`^(?:${any(adverbialData.notClauseStarts)})\\b`, "u");
/** "said as much", "said so", "said nothing": a pro-form, not a clause. */
const PRO_FORM = new RegExp(
  `^(?:${any(adverbialData.proForms)})(?:\\s+(?:${any(adverbialData.proFormTails)})\\b(?:(?!\\b(?:${any(adverbialData.proFormTailStops)})\\b)[^,;]){0,60})?\\s*[.,;]?\\s*$`,
  "su",
);

export interface Content {
  span: Span | null;
  /** The cue introduces a quotation right after it ("X said: "..."" or "X said, "...""). */
  introducesQuote: boolean;
  hasThat: boolean;
  /** Where reading stopped after the cue's listener and adverbials. */
  restAt: number;
  /** The content is an object and its complement ("accused the rebels of shelling the port"). */
  complement?: boolean;
}

/** How far contentAfter has read past the cue: the offset and the window's text from there. */
interface Cursor { at: number; rest: string }
/** Moves the cursor n characters on (a function of the module: a closure per call costs a call under tsx's keepNames). */
const skip = (r: Cursor, n: number) => { r.at += n; r.rest = r.rest.slice(n); };

/** The reported clause after a cue: "said (on Wednesday) (that) CONTENT." up to `limit` (sentence end or next cue). */
export function contentAfter(doc: Document, cue: Cue, sentenceLimit: number): Content {
  const { masked } = doc;
  // "The FSB denies the two explosions are related; reports describe ...": a semicolon ends the reported clause.
  const semicolon = masked.indexOf(";", cue.end);
  const limit = semicolon >= 0 && semicolon < sentenceLimit ? semicolon : sentenceLimit;
  const r: Cursor = { at: cue.end, rest: masked.slice(cue.end, Math.min(limit, cue.end + 200)) };
  skip(r, ADVERBIAL.exec(r.rest)?.[0].length ?? 0);
  const complement = objectAndComplement(doc, cue, r.at, limit);
  if (complement) return complement;
  if (OBJECT_VERBS.has(cue.word) && !THAT.test(r.rest)) {
    const listener = LISTENER.exec(r.rest);
    if (listener) skip(r, listener[0].length);
    // "told Sen. Chuck Grassley, chairman of the Judiciary Committee, that ...": the listener's apposition.
    if (listener) skip(r, LISTENER_APPOSITION.exec(r.rest)?.[0].length ?? 0);
    skip(r, ADVERBIAL.exec(r.rest)?.[0].length ?? 0);
    // "told the Philippine news channel ANC that ...": a listener the lexicon does not list ends at "that".
    skip(r, LISTENER_TO_THAT.exec(r.rest)?.[0].length ?? 0);
  }
  // "said Sunday in Madison, Wisconsin, that ...": a place's state or country set off by commas.
  skip(r, PLACE_APPOSITION.exec(r.rest)?.[0].length ?? 0);
  // "Rubio says, win or lose in Florida, he's staying in the race": with the speaker opening the sentence and no quote
  // after it, a comma right after the cue comes before the content.
  if (r.at === cue.end && opensSentence(doc, cue) && /^\s*,\s*(?!(?:and|but|or|adding|saying|according|however|though)\b)[\p{L}\p{N}]/u.test(r.rest)) skip(r, /^\s*,\s*/.exec(r.rest)![0].length);
  // "..., he said, and wrangling could be paralyzing": a comma right after the cue means the attribution is postposed.
  if (/^\s*[—–]/.test(r.rest)) return { span: null, introducesQuote: false, hasThat: false, restAt: r.at };
  if (/^\s*,/.test(r.rest) && !/^\s*,\s*(?:that\b|["“«„‘]|'')/.test(r.rest)) return { span: null, introducesQuote: false, hasThat: false, restAt: r.at };
  // "tweeted in the early morning hours that ...": a longer adverbial ends at "that".
  skip(r, ADVERBIAL_TO_THAT.exec(r.rest)?.[0].length ?? 0);
  const that = THAT.exec(r.rest);
  if (that) skip(r, that[0].length);
  const lead = /^[\s,:]*/.exec(r.rest)![0];
  // "Caddell continued:" closing a paragraph introduces the quotation that opens the next one.
  const next = r.at + lead.length >= limit && lead.includes(":") ? nextParagraphStart(doc, cue) : -1;
  let quote = doc.quoteByOpen.get(r.at + lead.length) ?? doc.quoteByOpen.get(next);
  // "reported “2,521 shooting incidents” in the city between January and September": a quote that opens a longer
  // clause is a partial quote inside reported speech, not a quotation the cue introduces.
  if (quote && quote.close < limit && /[\p{L}\p{N}]$/u.test(doc.text.slice(quote.end - 1, quote.end)) && /^\s+[\p{L}\p{N}]+\s+[\p{L}\p{N}]/u.test(masked.slice(quote.close, Math.min(limit, quote.close + 40)))) quote = undefined;
  if (quote || (lead.includes(":") && !that)) return { span: null, introducesQuote: quote !== undefined, hasThat: false, restAt: r.at };
  skip(r, lead.length);
  const span = trimEnd(doc.text, r.at, limit);
  if (span && !that && !isClause(doc.text.slice(span.start, span.end))) return { span: null, introducesQuote: false, hasThat: false, restAt: r.at };
  return { span, introducesQuote: false, hasThat: that !== null, restAt: r.at };
}

/**
 * "X accused Y of Z", "X urged Y to Z", "X described Y as Z": the object and its complement are the content, from
 * right after the verb to the end of the clause. Quoted words that are the whole complement ("described the deal as
 * "a betrayal"") are the statement by themselves, so the cue introduces them instead.
 */
function objectAndComplement(doc: Document, cue: Cue, at: number, limit: number): Content | null {
  const complements = COMPLEMENTS.get(cue.word);
  if (!complements || /^[\s,:—–]*(?:that\b|["“«„]|'')/u.test(doc.masked.slice(at, at + 8))) return null;
  const opens = complementAt(doc.masked, at, limit, complements);
  if (opens < 0) return null;
  const start = at + /^\s*/.exec(doc.masked.slice(at, at + 40))![0].length;
  const word = /^\S+\s*/.exec(doc.masked.slice(opens, opens + 40))![0];
  const quote = doc.quoteByOpen.get(opens + word.length);
  if (quote && /^[\s.,;:!?]*$/.test(doc.masked.slice(quote.close, limit))) return { span: null, introducesQuote: true, hasThat: false, restAt: at };
  return { span: trimEnd(doc.text, start, limit), introducesQuote: false, hasThat: false, restAt: at, complement: true };
}

/** The speaker phrase stands first in its sentence ("Rubio says, ...", "But the ministry said, ..."). */
function opensSentence(doc: Document, cue: Cue): boolean {
  if (cue.order !== "before" || !cue.speaker) return false;
  const start = Math.max(doc.sentences[cue.sentence]!.start, doc.bodyStart);
  return /^[\s(]*(?:(?:But|And|Yet|However|Meanwhile),?\s+)?$/u.test(doc.masked.slice(start, cue.speaker.start));
}

function nextParagraphStart(doc: Document, cue: Cue): number {
  const paragraph = doc.paragraphs[doc.sentences[cue.sentence]!.paragraph + 1];
  return paragraph ? paragraph.start : -1;
}

/** "said several months after her release", "said as much": a short adverbial or a pro-form is not a reported clause. */
function isClause(content: string): boolean {
  return !((NOT_A_CLAUSE_START.test(content) && content.split(/\s+/).length < 8) || PRO_FORM.test(content));
}
