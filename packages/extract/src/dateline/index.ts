import { findCountry } from "@dictum/geo";
import lexicon from "../lexicons/dateline.json" with { type: "json" };
import { parseWrittenDate } from "../dates/article-day.ts";
import { findPlaces } from "../places/index.ts";
import { seedHeader } from "../seed-format.ts";
import { BoundedCache } from "../speakers/bounded-cache.ts";
import type { Dateline } from "../types.ts";
import { citiesNamed, coordinatesOf, renamedCity } from "./gazetteer.ts";

/** A city's coordinates as a dateline naming it would get them (no fallback to the country's centre). */
export const capitalCoordinates = (name: string, countryCode: string) => coordinatesOf(name, countryCode, false);

const WORD = String.raw`\p{Lu}[\p{L}.'’\-]*`;
const PARTICLE = String.raw`(?:${lexicon.lowerWords.join("|")})`;
/** "MOSCOW", "RIO DE JANEIRO", "Toronto", "WASHINGTON/BEIJING", "ST. LOUIS". */
const PLACE = String.raw`${WORD}(?:(?: |/)(?:${WORD}|${PARTICLE}|\p{Lu}{1,4})){0,5}`;
/** Month names in any case ("FEb 26" occurs); Node 20 has no inline (?i:) groups. */
const anyCase = (word: string) => [...word].map((c) => `[${c.toUpperCase()}${c}]`).join("");
const MONTH = String.raw`(?:${lexicon.months.map(anyCase).join("|")})\p{L}*\.?`;
/** ", March 3", " , March 3" (a space before the comma occurs), and Reuters-21578's ", March 11, Reuter". */
const DATE = String.raw`\s*,?\s*(?<date>${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)(?:,\s*Reuters?(?=\s*[-—–]))?`;
const AGENCY = String.raw`\((?:\p{Lu}[\p{L}.&' -]{1,25})\)`;
/** What follows a dateline: ". /TASS/.", " - ", " (Reuters) -", " (UPI) —". */
const END = String.raw`\.?\s*(?:/TASS/\.?|${AGENCY}\s*[-—–]+|[-—–]+|${AGENCY})`;
/** What names the country or state after the town: "Ore.", "Syria", "Democratic Republic of Congo". */
const QUALIFIER = String.raw`${WORD}(?: (?:${WORD}|${PARTICLE})){0,3}`;
/** Further places of a story filed from several: "AL-BAB, Syria/BEIRUT/ANKARA", "KANSAS CITY, Mo./BLOOMINGTON, Ill.". */
const MORE_PLACES = String.raw`(?:/${PLACE}(?:,\s*${QUALIFIER})?)*`;
const DATELINE = new RegExp(
  String.raw`^(${PLACE})(?:\s*/([^/\n]{2,40})/)?(?:,\s*(${QUALIFIER}))?${MORE_PLACES}(?:${DATE}(?:\s*${AGENCY})?|\s*,?\s*${AGENCY})${END}`,
  "u",
);
/** "WASHINGTON — The Senate …", "BEIJING - China will": an all-capitals place and a dash, no date or agency; accepted
 * only for known places. */
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}.'’\-]*`;
const CAPS_DATELINE = new RegExp(
  String.raw`^(\p{Lu}{2}[\p{Lu}.'’\-]*(?:(?: |/)${CAPS_WORD}){0,4})(?:,\s*(${WORD}(?: ${WORD}){0,2}))?\s+(?:—|--|–|-)\s`,
  "u",
);

const SEARCH_PARAGRAPHS = 3;

const lowerWords = new Set(lexicon.lowerWords);
const qualifierCountry = new Map<string, string>();
for (const [code, forms] of Object.entries(lexicon.qualifiers)) for (const form of forms) qualifierCountry.set(form.toLowerCase(), code);
const noPlace = new Set(lexicon.noPlace);

/** "RIO DE JANEIRO" → "Rio de Janeiro"; mixed-case names stay as written. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().split(" ").map((word, i) =>
    i > 0 && lowerWords.has(word) ? word : word.replace(/(^|[-.'’])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
  ).join(" ");
}

/** The country a qualifier names: "Ore." → US, "Leningrad Region" → RU, "England" → GB. */
function countryOfQualifier(qualifier: string | undefined): string | null {
  if (!qualifier) return null;
  const q = qualifier.trim();
  return qualifierCountry.get(q.toLowerCase()) ?? findPlaces(q).places[0]?.countryCode ?? findCountry(q)?.iso2 ?? null;
}

function resolve(raw: string, qualifier: string | undefined): { name: string; countryCode: string | null } {
  const written = titleCase(raw);
  const inCountry = countryOfQualifier(qualifier);
  const renamed = renamedCity(written);
  if (renamed) return renamed;
  const rows = spellings(written).map(citiesNamed).find((found) => found.length) ?? [];
  if (inCountry) {
    const row = rows.find((r) => r.countryCode === inCountry);
    return { name: row?.name ?? written, countryCode: inCountry };
  }
  const country = findCountry(written);
  if (country && !/^\p{Lu}{2,3}$/u.test(raw)) return { name: country.name, countryCode: country.iso2 };
  if (rows[0]) return { name: rows[0].name, countryCode: rows[0].countryCode };
  return { name: written, countryCode: null };
}

/** A small place's coordinates by its region's namesake capital: "/Leningrad Region/" → Saint Petersburg. */
function regionCapital(qualifier: string | undefined, countryCode: string | null) {
  const capital = qualifier?.replace(/\s+(?:Region|Oblast|Province|Territory|Krai|Republic|Governorate)$/i, "");
  if (!capital || capital === qualifier) return null;
  const city = renamedCity(capital)?.name ?? capital;
  return coordinatesOf(city, countryCode, false);
}

/** "St. Paul" is "Saint Paul" in the gazetteer, "Ft. Lauderdale" "Fort Lauderdale". */
function spellings(name: string): string[] {
  const expanded = name.replace(/^St\.? /, "Saint ").replace(/^Ft\.? /, "Fort ").replace(/^Mt\.? /, "Mount ");
  const contracted = name.replace(/^(?:Saint|St) /, "St. ");
  // Texts whose apostrophes were stripped (the ISOT Reuters copy): "N Djamena" is N'Djamena, "Cox S Bazar" Cox's Bazar.
  const apostrophe = name.replace(/^(\p{L}) (?=\p{Lu})/u, "$1'").replace(/(\p{L}) S (?=\p{Lu})/u, "$1's ");
  return [...new Set([name, expanded, contracted, apostrophe])];
}

/**
 * What may stand before a dateline in its paragraph: a correction note of three words or more ("(This version of the
 * story corrects …)", "((In March 30 item, corrects …))"), a byline in mixed case ("By Asif Shahzad"; the place after
 * it is in capitals), Reuters-21578's "****" and stray white space. A bare "(Reuters) -" is no note.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}.'’-][\p{L}.'’-]*`;
const LEAD_IN = new RegExp(
  String.raw`^\s*\**(?:\(\(?(?=[^()\n]*?\S\s+\S+\s+\S)[^()\n]{10,400}\)\)?\s+)?(?:By (?:${NAME_WORD} ){1,3}(?:and (?:${NAME_WORD} ){1,3})?(?=\p{Lu}{2}))?`,
  "u",
);

/** Paragraph starts in the opening of the text: a dateline may follow a headline line. */
function* paragraphStarts(text: string): Generator<number> {
  let at = 0;
  for (let n = 0; n < SEARCH_PARAGRAPHS && at < text.length; n++) {
    // The seed format puts a " date YYYY-MM-DD" header before the dateline.
    const lead = seedHeader(text.slice(at))?.length ?? (LEAD_IN.exec(text.slice(at))?.[0].length ?? 0);
    yield at + lead;
    const next = text.indexOf("\n", at + lead);
    if (next < 0) return;
    at = next + 1;
  }
}

interface Filed { name: string; countryCode: string | null; lat: number | null; lon: number | null }
/** Datelines repeat ("NEW YORK", "WASHINGTON", "LONDON"): each place as written, with its qualifier, is looked up once. */
const FILED = new BoundedCache<Filed>(5_000);

function filedFrom(raw: string, qualifier: string | undefined): Filed {
  return FILED.get(`${raw}\u0000${qualifier ?? "\u0001"}`, () => {
    const { name, countryCode } = resolve(raw, qualifier);
    const where = coordinatesOf(name, countryCode, false) ?? regionCapital(qualifier, countryCode) ?? coordinatesOf(name, countryCode);
    return { name, countryCode, lat: where?.lat ?? null, lon: where?.lon ?? null };
  });
}

/** The place a wire story was filed from, or null when the text opens without a dateline. */
export function parseDateline(text: string): Dateline | null {
  for (const start of paragraphStarts(text)) {
    const head = text.slice(start, start + 200);
    const full = DATELINE.exec(head);
    const bare = full ? null : CAPS_DATELINE.exec(head);
    const match = full ?? bare;
    if (!match) continue;
    const raw = match[1]!.split("/")[0]!.trim();
    if (noPlace.has(raw.toUpperCase())) return null;
    const qualifier = full ? (match[2] ?? match[3]) : match[2];
    const { name, countryCode, lat, lon } = filedFrom(raw, qualifier);
    // Without a date or an agency, or in mixed case ("As of April 7 -"), only a known place makes a dateline.
    if (!countryCode && (bare || raw !== raw.toUpperCase())) continue;
    const end = start + match[0].trimEnd().length;
    const date = match.groups?.date ? parseWrittenDate(match.groups.date) : null;
    return { name, countryCode, lat, lon, start, end, date };
  }
  return null;
}
