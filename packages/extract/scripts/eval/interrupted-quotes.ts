/**
 * PolNeAR's gold to the guide's convention for interrupted quotes. PolNeAR keeps one attribution per relation, so a
 * quote that the attribution interrupts ("“A,” he said. “B.”") is one gold statement whose text is the quoted parts
 * joined by a space ("“A,” “B.”"), not a substring of the article. The guide (../shared/gold/README.md, "What is a
 * statement") makes that TWO statements with the same speaker, as the extractor does; scored as published, every such
 * quote costs a spurious statement and often a miss. Each direct gold statement whose text is not the article's text
 * at its start is cut back into the article passages it joins (same speaker, cue and kind); so is one that opens with a
 * quote mark, as the conversion labelled some quotes indirect (NYT's '' marks). It is cut only when every passage
 * opens with a quote mark: that is the guide's interrupted quote. A text that joins narration to a quote ("Of course"
 * + “…”, a content clause + a quote) stays as published, as do other indirect statements (the guide does not cut a
 * content clause around its cue) and texts whose parts cannot be found in order (a few join passages out of order).
 */

interface GoldStatement { text: string; kind: string; start?: number; optional?: boolean }
interface GoldArticle<S extends GoldStatement> { id: string; statements?: S[] }

/** Looks ahead this many characters of the rest of a joined text to find where its next passage starts. */
const PROBE = 12;

/** The article passages, in order, that a joined text is made of; null when they cannot be found in order. */
export function joinedPassages(article: string, start: number, text: string): { start: number; text: string }[] | null {
  const out: { start: number; text: string }[] = [];
  let at = start, rest = text;
  while (rest) {
    let k = 0;
    while (k < rest.length && article[at + k] === rest[k]) k++;
    if (k === 0) return null;
    out.push({ start: at, text: rest.slice(0, k).trimEnd() });
    rest = rest.slice(k).trimStart();
    if (!rest) break;
    at = article.indexOf(rest.slice(0, PROBE), at + k);
    if (at < 0) return null;
  }
  const words = (s: string) => s.split(/\s+/).filter(Boolean).join(" ");
  return words(out.map((p) => p.text).join(" ")) === words(text) ? out : null;
}

const hasWord = (s: string) => /[\p{L}\p{N}]/u.test(s);
const OPENS_QUOTE = /^(?:''|["“”‘«])/;
const isQuote = (s: GoldStatement) => s.kind === "direct" || OPENS_QUOTE.test(s.text);

/** Gold articles with every joined direct statement cut into its passages; other statements unchanged. */
export function splitInterruptedQuotes<S extends GoldStatement, A extends GoldArticle<S>>(gold: A[], texts: Map<string, string>): A[] {
  return gold.map((g) => {
    const article = texts.get(String(g.id));
    if (!article || !g.statements) return g;
    const statements = g.statements.flatMap((s) => {
      if (!isQuote(s) || s.start == null || article.startsWith(s.text, s.start)) return [s];
      const passages = joinedPassages(article, s.start, s.text);
      const quotes = passages?.filter((p) => hasWord(p.text));
      if (!quotes || !quotes.every((p) => OPENS_QUOTE.test(p.text))) return [s];
      return quotes.map((p) => ({ ...s, start: p.start, text: p.text }));
    });
    return { ...g, statements };
  });
}
