// The seed format (seeds/*.txt, the TASS sample): a " date YYYY-MM-DD" header, then the dateline on the same line
// (" date 2021-07-28 DUSHANBE, July 28. /TASS/. …"). The header is not prose: the text reader takes the article's
// date from it, and the extractor reads the dateline and the body after it. Spelled once, here; @dictum/sources
// imports this module alone (it has no imports of its own), never the pipeline.
const SEED_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

/** The seed header opening `text`: the day it gives and its length, the whitespace after it included; else null. */
export function seedHeader(text: string): { day: string; length: number } | null {
  const match = SEED_HEADER.exec(text);
  return match ? { day: match[1]!, length: match[0].length } : null;
}
