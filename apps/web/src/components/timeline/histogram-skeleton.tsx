// The histogram's place while its counts load: the same frame, caption and chart height as the real one, so the
// statements below do not move when it arrives.
export function HistogramSkeleton() {
  return (
    <figure className="histogram loading" aria-busy="true" aria-label="Counting statements over time">
      <figcaption>
        <span className="muted">Counting statements…</span>
        <span className="muted">Drag across the bars to choose dates</span>
      </figcaption>
      <svg aria-hidden="true" />
      <div className="axis" aria-hidden="true">
        <span>&nbsp;</span>
        <span>&nbsp;</span>
      </div>
    </figure>
  );
}
