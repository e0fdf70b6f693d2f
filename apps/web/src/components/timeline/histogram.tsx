"use client";
// Statement counts over time. Dragging across the bars (or clicking one) sets the date range in the URL; the date
// fields in the filter panel do the same from the keyboard.
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, type PointerEvent } from "react";
import type { Bucket, TimelinePoint } from "@/lib/overview/documents";
import { toHref, withFilter, type ViewState } from "@/lib/filters";
import { formatCount, plural } from "@/lib/format";
import { bucketEnd, bucketLabel, isoDay } from "./time-axis";

const WIDTH = 1000;
const HEIGHT = 120;
const MIN_BUCKETS = 24;
const BUCKET_MS: Record<Bucket, number> = { DAY: 86_400_000, WEEK: 7 * 86_400_000, MONTH: 30.44 * 86_400_000, YEAR: 365.25 * 86_400_000 };

interface Bar { start: number; end: number; count: number }

export function Histogram({ points, bucket, state }: { points: TimelinePoint[]; bucket: Bucket; state: ViewState }) {
  const router = useRouter();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);

  const bars: Bar[] = useMemo(
    () => points.map((point) => { const start = Date.parse(point.start); return { start, end: bucketEnd(start, bucket), count: point.count }; }),
    [points, bucket],
  );
  if (bars.length === 0) return null;

  // A few bars would each fill a wide slice of the chart; pad the axis to at least MIN_BUCKETS buckets, centred.
  const first = Math.min(...bars.map((bar) => bar.start));
  const last = Math.max(...bars.map((bar) => bar.end));
  const pad = Math.max(0, MIN_BUCKETS * BUCKET_MS[bucket] - (last - first)) / 2;
  const min = first - pad;
  const max = last + pad;
  const peak = Math.max(1, ...bars.map((bar) => bar.count));
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const x = (time: number) => ((time - min) / (max - min)) * WIDTH;
  const timeAt = (clientX: number) => {
    const box = svgRef.current!.getBoundingClientRect();
    const ratio = Math.min(1, Math.max(0, (clientX - box.left) / box.width));
    return min + ratio * (max - min);
  };

  const applyRange = (from: number, to: number) => {
    const [start, end] = from <= to ? [from, to] : [to, from];
    router.push(toHref(withFilter(state, { from: isoDay(start), to: isoDay(end - 1) })), { scroll: false });
  };

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    const time = timeAt(event.clientX);
    setDrag({ from: time, to: time });
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (drag) setDrag({ ...drag, to: timeAt(event.clientX) });
  };
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag) return;
    const to = timeAt(event.clientX);
    setDrag(null);
    if (Math.abs(x(to) - x(drag.from)) < 4) {
      const bar = bars.find((candidate) => candidate.start <= to && to < candidate.end);
      if (bar) applyRange(bar.start, bar.end);
      return;
    }
    applyRange(drag.from, to);
  };

  const selection = drag
    ? { from: Math.min(drag.from, drag.to), to: Math.max(drag.from, drag.to) }
    : state.filter.from || state.filter.to
      ? { from: state.filter.from ? Date.parse(state.filter.from) : min, to: state.filter.to ? Date.parse(state.filter.to) + 86_400_000 : max }
      : null;
  const barWidth = (bar: Bar) => Math.max(1, x(bar.end) - x(bar.start) - (bars.length > 150 ? 0 : 1));

  return (
    <figure className="histogram" data-testid="histogram">
      <figcaption>
        <span>{plural(total, "statement")} by {bucket.toLowerCase()}</span>
        <span className="muted">Drag across the bars to choose dates · peak {formatCount(peak)}</span>
      </figcaption>
      <svg
        ref={svgRef}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Histogram of ${total} statements from ${bucketLabel(first, bucket)} to ${bucketLabel(last - 1, bucket)}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDrag(null)}
      >
        {selection ? (
          <rect className="selection" x={x(Math.max(min, selection.from))} y={0} width={Math.max(2, x(Math.min(max, selection.to)) - x(Math.max(min, selection.from)))} height={HEIGHT} />
        ) : null}
        {bars.map((bar) => {
          const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / peak) * (HEIGHT - 4));
          return (
            <rect key={bar.start} className="bar" x={x(bar.start)} y={HEIGHT - height} width={barWidth(bar)} height={height}>
              <title>{`${bucketLabel(bar.start, bucket)}: ${plural(bar.count, "statement")}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="axis" aria-hidden="true">
        <span>{bucketLabel(min, bucket)}</span>
        <span>{bucketLabel(max - 1, bucket)}</span>
      </div>
    </figure>
  );
}
