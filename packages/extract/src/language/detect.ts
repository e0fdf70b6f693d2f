// The language of an article, so that one the extractor cannot read (its cues and lexicons are English) is
// reported as such instead of silently yielding nothing. franc-min (trigram profiles of 82 languages, pure JS,
// bundled data) decides, on a bounded prefix so long articles cost what short ones do. Two guards keep English
// articles English: prose full of English function words is English without asking franc (most articles, and
// fast), and text franc rates nearly as English as its pick (wire tables, "Shr 45 cts vs 58 cts") stays English.
// Wire tables are told without franc too, by the wire's English abbreviations beside the function words: franc
// rated every such table of the corpora English or nearly so, and asking it cost as much as the rest of detection.
import { francAll } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import languageWords from "../lexicons/language-words.json" with { type: "json" };

/** Languages the extractor reads. */
export const SUPPORTED_LANGUAGES: readonly string[] = ["en"];
/** Undetermined: too short or no letters. Extraction runs as usual. */
export const UNDETERMINED = "und";

const PREFIX = 500;
/** Enough words to see English function words in ordinary prose (about 60). */
const ENGLISH_PREFIX = 400;
/** Fewer letters than this in Latin script is too little to tell English from its neighbours: undetermined. */
const MIN_LATIN_LETTERS = 150;
/** franc's score for English relative to its best pick (1 = as likely) above which English is kept. */
const ENGLISH_CLOSE = 0.85;
const ENGLISH_WORDS: ReadonlySet<string> = new Set(languageWords.englishWords);
const ENGLISH_OR_WIRE_WORDS: ReadonlySet<string> = new Set([...languageWords.englishWords, ...languageWords.wireWords]);

/** ISO 639-1 code ("en", "ru") where there is one, else ISO 639-3; "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  const prefix = text.slice(0, PREFIX);
  if (looksEnglish(text.slice(0, ENGLISH_PREFIX), ENGLISH_WORDS)) return "en";
  const letters = prefix.match(/\p{L}/gu)?.length ?? 0;
  const latin = prefix.match(/\p{Script=Latin}/gu)?.length ?? 0;
  // A headline or one line in Latin script: franc's guess is too often wrong (English read as Scots or Tagalog).
  // Another script (Cyrillic, Arabic …) is no English however short, so franc tells which language it is.
  if (latin * 2 >= letters && letters < MIN_LATIN_LETTERS) return UNDETERMINED;
  if (looksEnglish(text.slice(0, ENGLISH_PREFIX), ENGLISH_OR_WIRE_WORDS)) return "en";
  const ranked = francAll(prefix, { minLength: 10 });
  const [best, bestScore] = ranked[0] ?? [UNDETERMINED, 0];
  if (best === UNDETERMINED || best === "eng") return best === "eng" ? "en" : UNDETERMINED;
  const english = ranked.find(([code]) => code === "eng")?.[1] ?? 0;
  if (english >= ENGLISH_CLOSE * bestScore) return "en";
  return iso6393To1[best] ?? best;
}

export function isSupportedLanguage(language: string): boolean {
  return language === UNDETERMINED || SUPPORTED_LANGUAGES.includes(language);
}

/** "3 articles in unsupported languages (ru: 2, de: 1)" for the summaries of extract and ingest; null for none. */
export function describeUnsupportedLanguages(counts: Record<string, number>): string | null {
  const entries = Object.entries(counts).sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  return `${total} article${total === 1 ? "" : "s"} in unsupported languages (${entries.map(([code, n]) => `${code}: ${n}`).join(", ")})`;
}

/**
 * At least one word in eight is one of `english` (common English function words, or those and the wire's
 * abbreviations). A hand-rolled scan over ASCII letters: it runs on every article, and regex word lists cost
 * several times more (text with few ASCII words is no English prose).
 */
function looksEnglish(prefix: string, english: ReadonlySet<string>): boolean {
  let words = 0;
  let hits = 0;
  let start = -1;
  for (let i = 0; i <= prefix.length; i++) {
    const code = i < prefix.length ? prefix.charCodeAt(i) | 0x20 : 0; // | 0x20 lower-cases ASCII letters
    if (code >= 0x61 && code <= 0x7a) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    words++;
    // every function word and abbreviation is 2 to 5 letters long: only those are looked up
    if (i - start <= 5 && i - start >= 2 && english.has(prefix.slice(start, i).toLowerCase())) hits++;
    start = -1;
  }
  return words >= 8 && hits * 8 >= words;
}
