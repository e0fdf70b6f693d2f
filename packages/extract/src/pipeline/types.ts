/** Internal stand-off structures passed between stages. All offsets index the article text. */

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Quote extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or `end` when the quote was never closed. */
  close: number;
  closed: boolean;
  paragraph: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Article text split into the units every later stage reads. */
export interface Document {
  text: string;
  /** The text with every quote's content replaced by "_" (same length), so cues are never found inside quotes. */
  masked: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
  /** Quotes by the offset of their opening mark. */
  quoteByOpen: Map<number, Quote>;
  /** Where the body starts (after a seed header or wire dateline). */
  bodyStart: number;
}

export type CueForm = "verb" | "according" | "participle" | "label";

/** A speech cue and the speaker phrase found around it. */
export interface Cue extends Span {
  form: CueForm;
  word: string;
  sentence: number;
  /** The speaker phrase as written, or null when the cue has none of its own (participles). */
  speaker: Span | null;
  /** Where the speaker stands relative to the cue. */
  order: "before" | "after" | "according" | "inherited" | "passive";
}

export type Evidence = "quote-attributed" | "quote-adjacent" | "reported-that" | "reported" | "according" | "partial" | "continuation" | "label";

/** A statement before speaker resolution and enrichment. */
export interface Candidate extends Span {
  kind: "direct" | "indirect";
  evidence: Evidence;
  cue: Cue | null;
  /** Statement whose speaker this one carries on (continuation paragraphs, unattributed quotes). */
  inheritsFrom: Candidate | null;
  sentence: number;
}
