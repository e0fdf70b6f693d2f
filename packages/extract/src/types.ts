/**
 * The extraction contract. Everything the extractor returns is stand-off: offsets index into
 * `ArticleInput.text` exactly as given (UTF-16 code units, as JavaScript strings index).
 */

/** One article as read from any source format, before extraction. */
export interface ArticleInput {
  /** Stable id from the source record; readers derive one from the content when the record has none. */
  id: string;
  source: string | null;
  url: string | null;
  /** ISO date (YYYY-MM-DD) or full ISO timestamp; null when unknown. */
  publishedAt: string | null;
  title: string | null;
  text: string;
}

export type StatementKind = "direct" | "indirect";
export type SpeakerKind = "person" | "organisation" | "unnamed";
export type PlaceType = "country" | "city" | "region" | "subnational";

export interface SpeakerRef {
  /** Fullest name in the article, without titles ("Sergey Shoigu"), or the wording for bodies/unnamed sources. */
  name: string;
  /** Title or role as written ("Russian Defense Minister"), null when none. */
  title: string | null;
  kind: SpeakerKind;
  /** ISO 3166-1 alpha-2 of the affiliation country when the text gives it ("Russian Defense Minister" → RU). */
  countryCode: string | null;
}

export interface PlaceRef {
  /** Canonical English name ("Afghanistan", "Berlin", "Crimea"). */
  name: string;
  /** ISO 3166-1 alpha-2 of the country this mention refers to; null for multi-country regions. */
  countryCode: string | null;
  type: PlaceType;
}

export interface RegionRef {
  /** Region name as used by UN M49 where one exists ("Central Asia", "Western Asia"), else the common name ("Middle East"). */
  name: string;
  /** UN M49 numeric code as a 3-digit string when the region is an M49 region, else null. */
  m49: string | null;
}

export interface TopicRef {
  slug: string;
  name: string;
  /** Relevance in [0, 1]. */
  score: number;
}

export interface Dateline {
  /** City in its usual English spelling ("Dushanbe"). */
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  /** Offsets of the dateline in the article text. */
  start: number;
  end: number;
  /** The date the dateline gives ("February 3" → year null), or null when it gives none. */
  date: { year: number | null; month: number; day: number } | null;
}

/**
 * What the speaker does toward someone with a statement (packages/extract/eval/stance-guide.md defines each):
 * accuses or condemns, cautions or threatens, asks or urges, backs or thanks, rejects a claim, or only tells.
 */
export type Stance = "CRITICISES" | "WARNS" | "DEMANDS" | "SUPPORTS" | "DENIES" | "NEUTRAL";

/** Whom a stance is aimed at: a place ("Kyiv"), one of the article's speakers, or a name as written ("both sides"). */
export interface TargetRef {
  /** The words of the article that name the target: `text.slice(start, end)`. */
  name: string;
  kind: "place" | "speaker" | "name";
  /** ISO 3166-1 alpha-2 of the country the target is or belongs to ("Washington" US, "the Russian side" RU). */
  countryCode: string | null;
  start: number;
  end: number;
}

export interface ExtractedStatement {
  /** Exact substring of the article text: `text === article.text.slice(start, end)`. */
  text: string;
  kind: StatementKind;
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when nothing in the article says when (see `ArticleExtraction.datedOn`). */
  saidOn: string | null;
  /** In [0, 1]. */
  confidence: number;
  speaker: SpeakerRef | null;
  places: PlaceRef[];
  regions: RegionRef[];
  topics: TopicRef[];
  stance: Stance;
  /** Empty for NEUTRAL; may be empty for the others ("called for a ceasefire" asks no one in particular). */
  targets: TargetRef[];
}

export interface ArticleExtraction {
  id: string;
  publishedAt: string | null;
  /** The day the story is dated: the record's date, else the dateline's, else a date line in the text; null when
   * none gives one (the statements' dates are then unknown too). */
  datedOn: string | null;
  datedBy: "record" | "dateline" | "text" | null;
  dateline: Dateline | null;
  /** ISO 639-1 code ("en", "ru"; ISO 639-3 where there is none; "und" when it cannot be told). The extractor reads
   * English: an article in another language has no statements (language/detect.ts). */
  language: string;
  statements: ExtractedStatement[];
}
