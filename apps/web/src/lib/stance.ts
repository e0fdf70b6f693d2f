// The six stances (packages/extract/eval/stance-guide.md) as the dashboard names and colours them. The colours are
// in globals.css (.stance-<name>), one hue each, so a badge, a matrix cell and a swimlane read alike.
export type Stance = "CRITICISES" | "WARNS" | "DEMANDS" | "SUPPORTS" | "DENIES" | "NEUTRAL";

export const STANCES: readonly Stance[] = ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"];

/** What the speaker does toward the targets, as a badge says it. */
export const STANCE_LABELS: Record<Stance, string> = {
  CRITICISES: "Criticises",
  WARNS: "Warns",
  DEMANDS: "Demands",
  SUPPORTS: "Supports",
  DENIES: "Denies",
  NEUTRAL: "Neutral",
};

export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}

/** The class that colours an element by its stance. */
export function stanceClass(stance: Stance): string {
  return `stance-${stance.toLowerCase()}`;
}

/** The stance with most statements; ties go to the earlier one in STANCES (a fixed order, so colours are stable). */
export function dominant(stances: { stance: Stance; count: number }[]): Stance | null {
  let best: { stance: Stance; count: number } | null = null;
  for (const stance of STANCES) {
    const entry = stances.find((s) => s.stance === stance);
    if (entry && entry.count > 0 && (!best || entry.count > best.count)) best = entry;
  }
  return best?.stance ?? null;
}
