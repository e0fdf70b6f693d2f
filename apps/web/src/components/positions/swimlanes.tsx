// Swimlanes: several series of statements per month on one shared time axis, each month a column stacked by stance
// (the stance colours of globals.css), so a change of line shows as a change of colour along a lane. The columns of
// all lanes share one scale: a taller column is more statements, in any lane. Months of a stance shift are marked.
import Link from "next/link";
import { bucketEnd } from "@/components/timeline/time-axis";
import { plural } from "@/lib/format";
import { STANCE_LABELS, STANCES, stanceClass } from "@/lib/stance";
import type { Lane } from "./documents";

const WIDTH = 720;
const LANE_HEIGHT = 36;
const MIN_MONTHS = 12;

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function Swimlanes({ lanes, shiftMonths = [], title }: { lanes: Lane[]; shiftMonths?: string[]; title: string }) {
  const starts = lanes.flatMap((lane) => lane.points.map((point) => Date.parse(point.start)));
  if (starts.length === 0) return <p className="muted" data-testid="swimlanes-empty">No dated statements to put on a timeline.</p>;
  const first = Math.min(...starts);
  let last = bucketEnd(Math.max(...starts), "MONTH");
  // A short history would make each month a wide slab: show at least a year.
  while (monthsBetween(first, last) < MIN_MONTHS) last = bucketEnd(last, "MONTH");
  const x = (time: number) => ((time - first) / (last - first)) * WIDTH;
  const peak = Math.max(1, ...lanes.flatMap((lane) => lane.points.map((point) => point.count)));
  return (
    <figure className="swimlanes" data-testid="swimlanes">
      <figcaption className="visually-hidden">{title}</figcaption>
      {lanes.map((lane) => (
        <div className="lane" key={lane.key} data-testid="lane" data-lane={lane.key} data-count={lane.count}>
          <div className="lane-label">
            {lane.href ? <Link prefetch={false} href={lane.href}>{lane.label}</Link> : <span>{lane.label}</span>} <span className="count">{lane.count}</span>
          </div>
          <svg viewBox={`0 0 ${WIDTH} ${LANE_HEIGHT}`} preserveAspectRatio="none" className="lane-chart" role="img" aria-label={`${lane.label}: ${plural(lane.count, "statement")} over time`}>
            <line x1={0} x2={WIDTH} y1={LANE_HEIGHT - 0.5} y2={LANE_HEIGHT - 0.5} className="lane-base" />
            {shiftMonths.map((month) => <rect key={month} className="shift-band" x={x(Date.parse(month))} width={Math.max(2, x(bucketEnd(Date.parse(month), "MONTH")) - x(Date.parse(month)))} y={0} height={LANE_HEIGHT} data-testid="shift-band" />)}
            {lane.points.map((point) => <Column key={point.start} point={point} x={x} peak={peak} />)}
          </svg>
        </div>
      ))}
      <div className="lane-axis" aria-hidden="true"><span>{monthFormat.format(first)}</span><span>{monthFormat.format(last - 1)}</span></div>
      <ul className="stance-legend" aria-label="Colours">
        {STANCES.map((stance) => <li key={stance}><span className={`swatch ${stanceClass(stance)}`} aria-hidden="true" /> {STANCE_LABELS[stance]}</li>)}
      </ul>
    </figure>
  );
}

function Column({ point, x, peak }: { point: Lane["points"][number]; x: (time: number) => number; peak: number }) {
  const start = Date.parse(point.start);
  const left = x(start);
  const width = Math.max(2, x(bucketEnd(start, "MONTH")) - left - 1);
  const height = (LANE_HEIGHT - 2) * (point.count / peak);
  let top = LANE_HEIGHT - 1;
  const breakdown = point.stances.map((s) => `${s.count} ${STANCE_LABELS[s.stance].toLowerCase()}`).join(", ");
  return (
    <g data-testid="lane-point" data-start={point.start} data-count={point.count} data-stances={point.stances.map((s) => `${s.stance}:${s.count}`).join(",")}>
      <title>{`${monthFormat.format(start)}: ${plural(point.count, "statement")} (${breakdown})`}</title>
      {point.stances.map((s) => {
        const h = (height * s.count) / point.count;
        top -= h;
        return <rect key={s.stance} className={`stance-fill ${stanceClass(s.stance)}`} x={left} width={width} y={top} height={h} />;
      })}
    </g>
  );
}

function monthsBetween(from: number, to: number): number {
  const a = new Date(from), b = new Date(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}
