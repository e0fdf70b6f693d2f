// The relations matrix from the API's (from, to, stance, count) list: the speaker countries as rows and the target
// countries as columns, the busiest first, each cell with its counts per stance and the stance that leads.
import { dominant, STANCES, type Stance } from "@/lib/stance";

export interface RelationEntry {
  from: { code: string; name: string };
  to: { code: string; name: string };
  stance: Stance;
  count: number;
}

export interface Cell {
  count: number;
  /** Non-zero counts in the order of STANCES. */
  stances: { stance: Stance; count: number }[];
  dominant: Stance;
}

export interface Matrix {
  rows: { code: string; name: string; total: number }[];
  columns: { code: string; name: string; total: number }[];
  cells: Map<string, Cell>;
  /** The largest cell count, for shading. */
  peak: number;
}

export const cellKey = (from: string, to: string) => `${from}→${to}`;

/** At most `size` rows and columns: the countries with the most statements in the list. */
export function buildMatrix(entries: RelationEntry[], size: number): Matrix {
  const rowTotals = new Map<string, { code: string; name: string; total: number }>();
  const columnTotals = new Map<string, { code: string; name: string; total: number }>();
  const perCell = new Map<string, Map<Stance, number>>();
  for (const entry of entries) {
    add(rowTotals, entry.from, entry.count);
    add(columnTotals, entry.to, entry.count);
    const key = cellKey(entry.from.code, entry.to.code);
    const stances = perCell.get(key) ?? new Map<Stance, number>();
    stances.set(entry.stance, (stances.get(entry.stance) ?? 0) + entry.count);
    perCell.set(key, stances);
  }
  const top = (totals: Map<string, { code: string; name: string; total: number }>) =>
    [...totals.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)).slice(0, size);
  const cells = new Map<string, Cell>();
  for (const [key, stances] of perCell) {
    const list = STANCES.flatMap((stance) => (stances.get(stance) ? [{ stance, count: stances.get(stance)! }] : []));
    cells.set(key, { count: list.reduce((sum, s) => sum + s.count, 0), stances: list, dominant: dominant(list)! });
  }
  return { rows: top(rowTotals), columns: top(columnTotals), cells, peak: Math.max(1, ...[...cells.values()].map((cell) => cell.count)) };
}

function add(totals: Map<string, { code: string; name: string; total: number }>, place: { code: string; name: string }, count: number) {
  const entry = totals.get(place.code) ?? { code: place.code, name: place.name, total: 0 };
  entry.total += count;
  totals.set(place.code, entry);
}
