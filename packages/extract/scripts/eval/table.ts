/** Plain right-aligned text tables; numbers to three decimals, "n/a" where the scorer has none. */
export const fmt = (x: number | null | undefined) => (x == null ? "n/a" : x.toFixed(3));

export function printTable(title: string, header: string[], rows: string[][]): void {
  if (!rows.length) return;
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
