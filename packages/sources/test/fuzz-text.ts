// Text to put inside hostile documents: the token soup and broken UTF-8 of extract's fuzz inputs
// (packages/extract/test/fuzz-inputs.ts), so the records the readers hand on look like what the extractor meets.
// A copy, not an import: a workspace never reaches into another by path, and these are test generators, not API.
import fc from "fast-check";

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

export const tokenSoup = (maxTokens = 400) =>
  fc.array(fc.constantFrom(...TOKENS), { maxLength: maxTokens }).chain((tokens) =>
    fc.array(fc.constantFrom(" ", "", " ", "  "), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) => tokens.map((t, i) => t + gaps[i]).join("")),
  );

/** Bytes that are not UTF-8, read the two ways a reader might read them. */
export const invalidUtf8 = fc.uint8Array({ maxLength: 4000 }).chain((bytes) =>
  fc.constantFrom(Buffer.from(bytes).toString("utf8"), Buffer.from(bytes).toString("latin1")),
);
