// The search syntax of StatementFilter.search, parsed here once and written out for each provider, so SQLite
// (FTS5) and PostgreSQL (tsquery) answer the same query the same way:
//
//   oil sanctions        every word must occur (stemmed: "sanction" finds "sanctions")
//   "God willing"        the words next to each other, in that order (“curly” quotes too)
//   Moscow or Kyiv       either side; binds tighter than the implicit AND ("oil Iran or Iraq" = oil AND (Iran OR Iraq))
//   -Ukraine  -"a b"     leave out statements with this word or phrase; NOT Ukraine (in capitals) is the same
//   oil AND gas          the same as oil gas ("and", "or" are operators in any case; quote them to search them)
//
// A word is a run of letters and digits; anything else separates words. So O'Brien, O’Brien and al-Assad are
// phrases of their parts and match the text however it writes the apostrophe or hyphen (the indexes split words
// the same way: FTS5's unicode61 tokenizer, and on PostgreSQL the migration "statement_search_words"). Input that
// is not syntax (a stray quote, brackets, "NEAR", "*") is searched as words or dropped, never an error.
// One difference remains: PostgreSQL's english configuration skips very common words ("the", "of", "not"), which
// SQLite requires; inside a quoted phrase both keep their place, so "end of the war" means the same on both.

/** Lower-cased words that must occur together, in order. */
export type Phrase = string[];

export interface SearchQuery {
  /** Every group must match; a group matches when one of its phrases does. */
  all: Phrase[][];
  /** No phrase may match. */
  none: Phrase[];
}

const MAX_WORDS = 32;
const QUOTES = /[“”„‟«»]/g;
// A quoted phrase (its closing quote optional) or a run of other non-space characters, each maybe negated.
const ITEM = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;

type Item = { kind: "or" } | { kind: "phrase"; words: Phrase; negated: boolean };

/** Parses the user's search; null when it holds no word to look for. */
export function parseSearch(search: string): SearchQuery | "only-excluded" | null {
  const items = tokens(search);
  const all: Phrase[][] = [];
  const none: Phrase[] = [];
  let joinNext = false;
  for (const [index, item] of items.entries()) {
    if (item.kind === "or") {
      // An OR joins the positive phrases on either side; elsewhere (first, last, next to a "-") it means nothing.
      const before = items[index - 1];
      const after = items[index + 1];
      joinNext = all.length > 0 && before?.kind === "phrase" && !before.negated && after?.kind === "phrase" && !after.negated;
      continue;
    }
    if (item.negated) none.push(item.words);
    else if (joinNext) all[all.length - 1]!.push(item.words);
    else all.push([item.words]);
    joinNext = false;
  }
  if (all.length === 0) return none.length > 0 ? "only-excluded" : null;
  return { all, none };
}

function tokens(search: string): Item[] {
  const text = search.normalize("NFKC").replace(QUOTES, '"');
  const items: Item[] = [];
  let wordCount = 0;
  let negateNext = false;
  for (const match of text.matchAll(ITEM)) {
    const quoted = match[2] !== undefined;
    const raw = quoted ? match[2]! : match[4]!;
    if (!quoted && !match[3]) {
      if (/^or$/i.test(raw)) {
        items.push({ kind: "or" });
        continue;
      }
      if (/^and$/i.test(raw)) continue; // every group must match anyway
      if (raw === "NOT") {
        negateNext = true;
        continue;
      }
    }
    const words = (raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS - wordCount);
    if (words.length === 0) continue;
    wordCount += words.length;
    items.push({ kind: "phrase", words, negated: negateNext || (quoted ? match[1] : match[3]) === "-" });
    negateNext = false;
    if (wordCount >= MAX_WORDS) break;
  }
  return items;
}

/** The query in FTS5 syntax: every phrase a quoted string (its words only letters and digits, so nothing to escape). */
export function toFts5(query: SearchQuery): string {
  const phrase = (words: Phrase) => `"${words.join(" ")}"`;
  const group = (phrases: Phrase[]) => (phrases.length === 1 ? phrase(phrases[0]!) : `(${phrases.map(phrase).join(" OR ")})`);
  const positive = query.all.map(group).join(" AND ");
  return query.none.length === 0 ? positive : `(${positive}) NOT (${query.none.map(phrase).join(" OR ")})`;
}

/** The query as to_tsquery('english', …) text: phrases with <->, which also stems and skips stop words. */
export function toTsquery(query: SearchQuery): string {
  const phrase = (words: Phrase) => `(${words.join(" <-> ")})`;
  const group = (phrases: Phrase[]) => `(${phrases.map(phrase).join(" | ")})`;
  const positive = query.all.map(group).join(" & ");
  return query.none.length === 0 ? positive : `${positive} & !(${query.none.map(phrase).join(" | ")})`;
}
