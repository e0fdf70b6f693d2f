import { detectLanguage, isSupportedLanguage } from "../language/detect.ts";
import { linkContinuations } from "../statements/continuation.ts";
import { findCues } from "../statements/cues.ts";
import { findDirect } from "../statements/direct.ts";
import { dropNonStatements } from "../statements/filters.ts";
import { findReported } from "../statements/reported.ts";
import { findTranscriptTurns } from "../statements/transcript.ts";
import { resolveSpeakers, type SpeakerPath } from "../speakers/coref.ts";
import { repairSpeaker } from "../speakers/name-quality.ts";
import type { ArticleExtraction, ArticleInput, ExtractedStatement, SpeakerRef } from "../types.ts";
import { articleDay } from "../dates/article-day.ts";
import { confidenceOf } from "./confidence.ts";
import { readStance } from "../stance/index.ts";
import { readDocument } from "./document.ts";
import { defaultEnrichers } from "./enrich.ts";
import * as explain from "./explain.ts";
import type { StageObserver } from "./explain.ts";
import type { Enrichers } from "./enrich.ts";
import type { Candidate, Document, Evidence } from "./types.ts";

/** How a statement's speaker was found and what speech evidence it had: what confidence training reads. */
export interface StatementTrace { path: SpeakerPath; evidence: Evidence }
export type StatementObserver = (statement: ExtractedStatement, trace: StatementTrace) => void;

/**
 * Statements, speakers, places, topics and dates of one article. Pure and synchronous.
 * Stages, each its own module: document (paragraphs, quotes, sentences) → speech cues → reported speech → direct
 * quotes → transcript turns → filters → continuations → speakers → enrichment (places, topics, date said) → stance
 * and targets.
 * `stages`, when given, hears what each stage produced (explain.ts), for `dictum extract --explain`.
 */
export function extractArticle(article: ArticleInput, enrichers: Enrichers = defaultEnrichers, observe?: StatementObserver, stages?: StageObserver): ArticleExtraction {
  if (typeof article?.text !== "string") throw new TypeError(`extractArticle: article ${article?.id ?? "?"} has no text`);
  const text = article.text;
  const dateline = enrichers.parseDateline(text);
  const dated = articleDay(article.publishedAt, dateline?.date ?? null, text);
  stages?.("dateline", explain.describeDateline(dateline));
  stages?.("article day", explain.describeDay(dated.day, dated.source));
  // The cues and lexicons are English: another language is reported by its code, with no statements.
  const language = detectLanguage(text);
  stages?.("language", [isSupportedLanguage(language) ? language : `${language}: not English, so no statements`]);
  if (!isSupportedLanguage(language)) return { id: article.id, publishedAt: article.publishedAt, datedOn: dated.day, datedBy: dated.source, dateline, language, statements: [] };
  const doc = readDocument(text, dateline?.end ?? 0);
  const cues = findCues(doc);
  const { candidates: reported, quoteIntros } = findReported(doc, cues);
  const direct = findDirect(doc, cues, reported, quoteIntros);
  const turns = findTranscriptTurns(doc);
  if (stages) {
    stages("document", explain.describeDocument(doc));
    stages("cues", explain.describeCues(doc, cues));
    stages("reported speech", explain.describeCandidates(doc, reported));
    stages("direct quotes", explain.describeCandidates(doc, direct));
    stages("transcript turns", explain.describeCandidates(doc, turns));
  }
  // A transcript turn is its own statement; a stray quote mark around it must not make a second one.
  const others = [...reported, ...direct].filter((c) => !turns.some((t) => c.start < t.end && t.start < c.end));
  const ordered = [...others, ...turns].sort((a, b) => a.start - b.start);
  const kept = dropNonStatements(doc, article, ordered);
  const linked = linkContinuations(doc, kept);
  const speakers = resolveSpeakers(doc, linked);
  // Each speaker once (the first of a name and country), in order: targets are matched against every one, so a
  // list with one entry per statement made long articles quadratic.
  const known = new Map<string, SpeakerRef>();
  for (const r of speakers.values()) if (r.speaker) { const key = `${r.speaker.name}\u0000${r.speaker.countryCode ?? ""}`; if (!known.has(key)) known.set(key, r.speaker); }
  const stanceContext = { placesOf: placesIn(enrichers, text), speakers: [...known.values()] };
  if (stages) {
    stages("filters", explain.describeDropped(doc, ordered, kept));
    stages("continuations", explain.describeCandidates(doc, linked));
    stages("speakers", explain.describeSpeakers(doc, linked, speakers));
  }
  const statements: ExtractedStatement[] = [];
  for (const c of linked) {
    const resolved = speakers.get(c);
    // Last line: a speaker whose name is a sentence fragment is trimmed to the name in it, or the statement goes.
    const speaker = resolved?.speaker ? repairSpeaker(resolved.speaker) : null;
    if (!resolved || !speaker) continue;
    const statementText = text.slice(c.start, c.end);
    const { places, regions } = enrichers.findPlaces(statementText, { context: text });
    const statement: ExtractedStatement = {
      text: statementText,
      kind: c.kind,
      start: c.start,
      end: c.end,
      saidOn: enrichers.resolveSaidOn(dated.day, attributionWords(doc, c)),
      confidence: confidenceOf(c, resolved),
      speaker,
      places,
      regions,
      topics: enrichers.tagTopics(statementText),
      ...readStance(doc, c, stanceContext),
    };
    statements.push(statement);
    observe?.(statement, { path: resolved.path, evidence: c.evidence });
  }
  stages?.("statements", explain.describeStatements(statements));
  return { id: article.id, publishedAt: article.publishedAt, datedOn: dated.day, datedBy: dated.source, dateline, language, statements };
}

/** The places a phrase of the article names, read with the article as context. Returned, not written inline: a
 * closure the pipeline names costs a call per article under tsx's keepNames. */
function placesIn(enrichers: Enrichers, text: string) {
  return (phrase: string) => enrichers.findPlaces(phrase, { context: text }).places;
}

/** The sentence around the statement minus the statement itself: where "on Wednesday" or "yesterday" stands. */
function attributionWords(doc: Document, c: Candidate): string {
  const s = doc.sentences[c.cue?.sentence ?? c.sentence]!;
  return `${doc.masked.slice(s.start, Math.min(c.start, s.end))} ${doc.masked.slice(Math.max(c.end, s.start), s.end)}`;
}
