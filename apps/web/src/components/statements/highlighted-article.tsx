// The article text with the statement marked where the extractor found it ([start, end) character offsets).
// If the offsets no longer point at the quoted words (text edited after extraction), the words are searched for
// instead, and a note says so rather than marking the wrong passage.
import { locateQuote } from "@/lib/highlight";
import { ScrollIntoView } from "./scroll-into-view";

export function HighlightedArticle({ text, start, end, quote }: { text: string; start: number; end: number; quote: string }) {
  const span = locateQuote(text, start, end, quote);
  if (!span) {
    return (
      <>
        <p className="muted">The quoted words could not be found in this copy of the article.</p>
        <div className="article-text" data-testid="article-text">{text}</div>
      </>
    );
  }
  return (
    <>
      {span.exact ? null : <p className="muted small">The stored offsets did not match; the words are marked where they occur.</p>}
      <div className="article-text" data-testid="article-text" tabIndex={0} aria-label="Article text">
        {text.slice(0, span.start)}
        <mark id="statement-mark" data-testid="highlight">{text.slice(span.start, span.end)}</mark>
        {text.slice(span.end)}
      </div>
      <ScrollIntoView targetId="statement-mark" />
    </>
  );
}
