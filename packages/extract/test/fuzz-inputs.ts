// Hostile inputs for the extractor, shared by the fuzz suite (test/fuzz-extract.test.ts, a few hundred
// cases) and the long run (scripts/fuzz.ts, thousands). Each generator aims at one way text goes wrong in the
// wild; `checkExtraction` states what must hold for every answer, whatever the input.
import fc from "fast-check";
import type { ArticleExtraction, ArticleInput } from "../src/types.ts";

/** Real sentences the extractor was built for, so mutations land near the code paths that matter. */
export const SEED_TEXT =
  'DUSHANBE, July 28. /TASS/. Russian Defense Minister Sergey Shoigu said on Tuesday that "the withdrawal of US troops from Afghanistan ' +
  'has destabilised Central Asia." "We will not leave our allies alone," he told reporters. Tajik President Emomali Rahmon ' +
  "said earlier that the border with Afghanistan remained calm, according to a statement from his office.";

/** Tokens whose neighbours decide what the extractor does: quote marks, cues, names, dates, places, markup. */
const TOKENS = [
  '"', '"', "“", "”", "‘", "’", "'", "«", "»", "„", "''", "``", "\u201e", "\u2039", "\u203a",
  "said", "says", "told", "added", "according to", "warned", "stated", ":", ",", ".", ";", "—", "-", "(", ")",
  "Sergey Shoigu", "Shoigu", "he", "she", "they", "the minister", "President Vladimir Putin", "a spokesman", "Mr.",
  "MOSCOW, July 28. /TASS/.", "WASHINGTON (Reuters) -", "on Tuesday", "yesterday", "March 3, 2021", "last week",
  "Afghanistan", "Central Asia", "Russian", "Tajikistan", "Georgia", "Washington", "the Middle East",
  "<script>alert(1)</script>", "</p><p>", "<b>", "&amp;", "&#x27;", "'; DROP TABLE \"Statement\";--", "%s%n", "${x}",
  "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u200b", "\ufeff", "\u2028", "\ud83d\ude00", "\ud800", "\udfff", "\u0000",
];

/** Any UTF-16 code unit, lone surrogates and NULs included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

export const tokenSoup = (maxTokens = 400) =>
  fc.array(fc.constantFrom(...TOKENS), { maxLength: maxTokens }).chain((tokens) =>
    fc.array(fc.constantFrom(" ", "", " ", "  "), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) => tokens.map((t, i) => t + gaps[i]).join("")),
  );

/** The seed text cut, spliced and salted with quote marks at random places. */
export const mutatedSeed = fc
  .array(
    fc.record({
      at: fc.nat({ max: SEED_TEXT.length }),
      cut: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: codeUnit, maxLength: 4 })),
    }),
    { maxLength: 12 },
  )
  .map((edits) => edits.reduce((text, e) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut), SEED_TEXT));

/** Bytes that are not UTF-8, read the two ways a reader might read them. */
export const invalidUtf8 = fc.uint8Array({ maxLength: 4000 }).chain((bytes) =>
  fc.constantFrom(Buffer.from(bytes).toString("utf8"), Buffer.from(bytes).toString("latin1")),
);

/** Shapes that break naive scanners: runs of quotes, nesting, huge words, repeated cues. */
export const pathological = fc.oneof(
  fc.tuple(fc.constantFrom('"', "“", "”", "'", "«", "»", "‘"), fc.integer({ min: 1, max: 5000 })).map(([q, n]) => q.repeat(n)),
  fc.integer({ min: 1, max: 3000 }).map((n) => "<div><span>".repeat(n) + "he said" + "</span></div>".repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => '"Yes," he said. '.repeat(n)),
  fc.integer({ min: 1, max: 2000 }).map((n) => "said ".repeat(n)),
  fc.integer({ min: 1, max: 200_000 }).map((n) => `Shoigu said: "${"x".repeat(n)}"`),
  fc.integer({ min: 1, max: 2000 }).map((n) => "Mr. ".repeat(n) + "Smith said it."),
  fc.integer({ min: 1, max: 500 }).map((n) => `${"(".repeat(n)}"quote"${")".repeat(n)} he said`),
);

/** Everything above, mixed: what the suite feeds `extractArticle`. */
export const hostileText = (maxTokens = 400) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant("") },
    { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 2000 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2000 }) },
    { weight: 4, arbitrary: tokenSoup(maxTokens) },
    { weight: 4, arbitrary: mutatedSeed },
    { weight: 2, arbitrary: invalidUtf8 },
    { weight: 2, arbitrary: pathological },
  );

export const hostileArticle = (maxTokens = 400): fc.Arbitrary<ArticleInput> =>
  fc.record({
    id: fc.oneof(fc.constant("fuzz"), fc.string({ maxLength: 20 })),
    source: fc.option(fc.constantFrom("TASS", "Reuters", "", "<script>", "\u0000")),
    url: fc.option(fc.constantFrom("https://example.com/a", "not a url", "javascript:alert(1)")),
    publishedAt: fc.option(fc.constantFrom("2021-07-28", "2021-07-28T10:00:00Z", "1987-02-29", "9999-12-31", "0000-00-00", "yesterday", "")),
    title: fc.option(fc.string({ maxLength: 50 })),
    text: hostileText(maxTokens),
  });

/** Milliseconds an extraction may take: a fixed allowance plus a rate per KB. Measured worst is about 4 ms/KB;
 * the margin is for a 2-core machine shared by eight engineers (load average 15). A quadratic path still fails. */
export const timeBudgetMs = (text: string) => 750 + 15 * (text.length / 1024);

/** Every way an extraction can be wrong regardless of its quality; [] when it is well formed. */
export function checkExtraction(input: ArticleInput, result: ArticleExtraction): string[] {
  const problems: string[] = [];
  const { text } = input;
  if (result.id !== input.id) problems.push(`id ${JSON.stringify(result.id)} is not the input id`);
  if (!Array.isArray(result.statements)) return [...problems, "statements is not an array"];
  if (result.dateline && !(result.dateline.start >= 0 && result.dateline.start <= result.dateline.end && result.dateline.end <= text.length)) {
    problems.push(`dateline offsets ${result.dateline.start}-${result.dateline.end} out of range`);
  }
  result.statements.forEach((s, i) => {
    const at = `statement ${i}`;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)) {
      problems.push(`${at}: offsets ${s.start}-${s.end} out of range 0-${text.length}`);
    } else if (s.text !== text.slice(s.start, s.end)) problems.push(`${at}: text is not article.text.slice(start, end)`);
    if (!(Number.isFinite(s.confidence) && s.confidence >= 0 && s.confidence <= 1)) problems.push(`${at}: confidence ${s.confidence}`);
    if (s.kind !== "direct" && s.kind !== "indirect") problems.push(`${at}: kind ${String(s.kind)}`);
    if (s.saidOn !== null && !isCalendarDate(s.saidOn)) problems.push(`${at}: saidOn ${s.saidOn} is not a calendar date`);
    if (s.speaker && !(typeof s.speaker.name === "string" && s.speaker.name.trim() !== "")) problems.push(`${at}: speaker without a name`);
    for (const topic of s.topics) if (!(topic.score >= 0 && topic.score <= 1)) problems.push(`${at}: topic ${topic.slug} score ${topic.score}`);
    if (!Array.isArray(s.places) || !Array.isArray(s.regions)) problems.push(`${at}: places/regions not arrays`);
  });
  return problems;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
