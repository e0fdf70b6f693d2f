// A statement's stance and whom it is aimed at ("Criticises → Kazakhstan"), coloured by the stance. A NEUTRAL
// statement has no targets and gets no badge: the card says nothing rather than "neutral" on most statements.
import Link from "next/link";
import { STANCE_LABELS, stanceClass, type Stance } from "@/lib/stance";

export interface StanceData {
  stance: Stance;
  targets: { name: string; countryCode: string | null }[];
}

export function StanceBadge({ statement, showNeutral = false }: { statement: StanceData; showNeutral?: boolean }) {
  const { stance, targets } = statement;
  if (stance === "NEUTRAL" && !showNeutral) return null;
  return (
    <span className="stance-line" data-testid="stance" data-stance={stance}>
      <Link prefetch={false} className={`stance-badge ${stanceClass(stance)}`} href={`/?stance=${stance}`} title={`Statements that ${STANCE_LABELS[stance].toLowerCase()}`}>
        {STANCE_LABELS[stance]}
      </Link>
      {targets.length > 0 ? (
        <span className="stance-targets" data-testid="stance-targets">
          <span role="img" aria-label="aimed at"> → </span>
          {targets.map((target, i) => (
            <span key={`${target.name}-${i}`}>
              {i > 0 ? ", " : null}
              {target.countryCode ? <Link prefetch={false} href={`/?targetCountry=${encodeURIComponent(target.countryCode)}`}>{target.name}</Link> : target.name}
            </span>
          ))}
        </span>
      ) : null}
    </span>
  );
}
