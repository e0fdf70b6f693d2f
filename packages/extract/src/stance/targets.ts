/**
 * A target phrase as the API stores it: its words, whether it is a place ("Kyiv"), one of the article's speakers
 * ("Lavrov") or a name as written ("both sides"), and the country it is or belongs to ("our Vietnamese partners"
 * VN, by the places the phrase names; a speaker's affiliation country when the phrase names none).
 */
import type { PlaceRef, TargetRef } from "../types.ts";
import type { Span } from "./cue.ts";
import { isPronoun } from "./noun-phrase.ts";
import { wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

export interface ArticleSpeaker { name: string; countryCode: string | null }
export interface TargetContext {
  /** Places a phrase names (the extractor's place finder, with the article as context). */
  placesOf: (phrase: string) => PlaceRef[];
  /** The article's speakers, each once: a target that names one is that speaker. */
  speakers: ArticleSpeaker[];
}

// A final dot stays after a dotted abbreviation ("the U.S.").
const EDGE = /^[\s"“”«»'‘’(),.:;—–-]+|(?<!\b\p{Lu})[\s"“”«»'‘’(),.:;—–-]+$|(?<=\b\p{Lu}\.)[\s"“”«»'‘’(),:;—–-]+$/gu;
const LEADING = new Set(stanceWords.targetsLeading);

export function toTargets(text: string, span: Span, context: TargetContext): TargetRef[] {
  const parts = splitList(authorOf(wordsOf(text, span.start, span.end)));
  const out: TargetRef[] = [];
  for (const part of parts) {
    const raw = text.slice(part.start, part.end);
    const trimmed = raw.replace(EDGE, "");
    if (!trimmed) continue;
    const start = part.start + raw.indexOf(trimmed);
    const end = start + trimmed.length;
    if (isPronoun(trimmed) || /^\p{Ll}+$/u.test(trimmed) && LEADING.has(trimmed)) continue;
    const places = context.placesOf(trimmed);
    const speaker = context.speakers.find((s) => sameName(s.name, trimmed));
    const country = places.find((p) => p.countryCode)?.countryCode ?? speaker?.countryCode ?? null;
    const kind = speaker ? "speaker" : places.length && isProperName(trimmed) ? "place" : "name";
    if (!out.some((t) => t.start === start && t.end === end)) out.push({ name: trimmed, kind, countryCode: country, start, end });
  }
  return out;
}

/** Acts whose author, when named, is the target instead ("the decision of the Indian government"). */
const AUTHORED = new Set(stanceWords.targetsAuthored);
function authorOf(words: Word[]): Word[] {
  const i = words.findIndex((w, k) => (w.key === "of" || w.key === "by") && k > 0 && AUTHORED.has(words[k - 1]!.key));
  return i > 0 && i < words.length - 1 && i <= 3 ? words.slice(i + 1) : words;
}

/** "Japan, Britain, Canada, France, the U.S. and West Germany": one target each when every item is a proper name. */
function splitList(words: Word[]): Span[] {
  const whole = words.length ? [{ start: words[0]!.start, end: words[words.length - 1]!.end }] : [];
  const items: Word[][] = [[]];
  for (const w of words) {
    if (w.key === "," || w.key === "and" || w.key === "or") items.push([]);
    else items[items.length - 1]!.push(w);
  }
  const lists = items.filter((item) => item.length);
  const names = lists.every((item) => item.some((w) => /^\p{Lu}/u.test(w.text)) && item.every((w) => /^\p{Lu}/u.test(w.text) || LEADING.has(w.key)));
  // "the police, firefighters and paramedics": a list with commas of short items is one target each, too; two
  // common nouns joined by "and" may be one group ("presidents and prime ministers").
  const commaList = lists.length >= 3 && words.some((w) => w.key === ",") && lists.every((item) => item.length <= 4);
  // "the firefighters and the police": each with its own determiner, two phrases.
  const phrases = lists.every((item) => DETERMINED.has(item[0]!.key) && item.length <= 4);
  // "parents and schools", "the unions and other critics": actors side by side, or "X and other Y"; not "presidents
  // and prime ministers of the world", one group with a shared modifier.
  const actors = lists.every((item) => item.length <= 3 && ACTORS.has(item[item.length - 1]!.key)) && !words.some((w) => w.key === "of");
  const others = lists.length === 2 && lists[1]![0]!.key === "other";
  if (lists.length < 2 || !(names || commaList || phrases || actors || others)) return whole;
  return lists.map((item) => ({ start: item[0]!.start, end: item[item.length - 1]!.end }));
}

const DETERMINED = new Set(stanceWords.targetsDetermined);
const ACTORS = new Set(stanceWords.readingActors);
const isProperName = (phrase: string) => wordsOf(phrase).every((w) => /^\p{Lu}/u.test(w.text) || LEADING.has(w.key) || !/^\p{L}/u.test(w.text));

const STOP = new Set(stanceWords.targetsStop);
const nameWords = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t && !STOP.has(t));

/** The scorer's speaker rule: the same last word, or one name's words all inside the other's. */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a), y = nameWords(b);
  if (!x.length || !y.length) return false;
  if (x[x.length - 1] === y[y.length - 1]) return true;
  return x.every((t) => y.includes(t)) || y.every((t) => x.includes(t));
}
