// The changes of line the API found (stanceShifts): "Kazakhstan — stance changed: SUPPORTS → CRITICISES, March
// 2020", with the counts on both sides and a link to the statements of the new period toward that country.
import Link from "next/link";
import { bucketEnd, isoDay } from "@/components/timeline/time-axis";
import { toHref } from "@/lib/filters";
import { STANCE_LABELS, stanceClass } from "@/lib/stance";
import type { StanceShift } from "./documents";

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const month = (day: string) => monthFormat.format(new Date(`${day}T00:00:00Z`));

export function ShiftList({ shifts, showSpeaker = false }: { shifts: StanceShift[]; showSpeaker?: boolean }) {
  if (shifts.length === 0) {
    return <p className="muted" data-testid="stance-shifts-none">No change of line: no month with at least three statements toward a target took another stance than the one before.</p>;
  }
  return (
    <ul className="shift-list" data-testid="stance-shifts">
      {shifts.map((shift) => {
        const end = isoDay(bucketEnd(Date.parse(shift.after.start), "MONTH") - 1);
        const country = shift.target.country?.code;
        const statements = country ? toHref({ filter: { speakers: [shift.speaker.id], targetCountries: [country], from: shift.after.start, to: end }, order: "newest", view: "split" }) : null;
        return (
          <li key={`${shift.speaker.id}-${shift.target.name}-${shift.start}`} data-testid="stance-shift" data-from={shift.from} data-to={shift.to} data-start={shift.start} data-target={country ?? shift.target.name}>
            {showSpeaker ? <><Link prefetch={false} href={`/speakers/${encodeURIComponent(shift.speaker.id)}`} className="speaker">{shift.speaker.name}</Link> toward </> : null}
            <strong>{shift.target.name}</strong>: stance changed:{" "}
            <span className={`stance-badge ${stanceClass(shift.from)}`}>{shift.from}</span> → <span className={`stance-badge ${stanceClass(shift.to)}`}>{shift.to}</span>, {month(shift.start)}
            <span className="muted"> ({shift.before.count} of {shift.before.total} {STANCE_LABELS[shift.from].toLowerCase()} in {month(shift.before.start)}; {shift.after.count} of {shift.after.total} {STANCE_LABELS[shift.to].toLowerCase()} in {month(shift.after.start)})</span>
            {statements ? <> · <Link prefetch={false} href={statements}>statements</Link></> : null}
          </li>
        );
      })}
    </ul>
  );
}
