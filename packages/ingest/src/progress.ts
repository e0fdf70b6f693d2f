// Progress for long runs: a bar with articles/s and ETA on a terminal, a plain line every few seconds otherwise.
import cliProgress from "cli-progress";
import type { IngestSummary } from "./outcome.ts";

export type ProgressMode = "auto" | "bar" | "lines" | "none";
type Totals = Omit<IngestSummary, "seconds" | "articlesPerSecond">;

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, "0")}s`;
}

/** What a long run counts and how its progress reads: `ingest` counts articles new, present and failed;
 * `reextract` the statements kept, changed, added and removed. */
export interface ProgressFormat<T> {
  label: string;
  /** Articles done so far. */
  done(totals: T): number;
  /** The counts after the bar ("new 3 present 1 failed 0"). */
  bar(totals: T): string;
  /** The counts in a progress line ("new 3, present 1, failed 0"). */
  line(totals: T): string;
}

export const INGEST_PROGRESS: ProgressFormat<Totals> = {
  label: "ingest",
  done: (t) => t.new + t.present + t.failed,
  bar: (t) => `new ${t.new} present ${t.present} failed ${t.failed}`,
  line: (t) => `new ${t.new}, present ${t.present}, failed ${t.failed}`,
};

export class Progress<T = Totals> {
  private readonly started = performance.now();
  private readonly mode: Exclude<ProgressMode, "auto">;
  private multibar?: cliProgress.MultiBar;
  private bar?: cliProgress.SingleBar;
  private lastLine = 0;

  constructor(
    mode: ProgressMode,
    private total: number | null,
    private readonly out: NodeJS.WriteStream | NodeJS.WritableStream = process.stderr,
    private readonly lineEveryMs = 2_000,
    private readonly format: ProgressFormat<T> = INGEST_PROGRESS as unknown as ProgressFormat<T>,
  ) {
    this.mode = mode === "auto" ? ((out as NodeJS.WriteStream).isTTY ? "bar" : "lines") : mode;
    if (this.mode === "bar") {
      this.multibar = new cliProgress.MultiBar(
        {
          stream: out as NodeJS.WriteStream,
          format: `${format.label} {bar} {percentage}% | {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | {counts}`,
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar = this.multibar.create(total ?? 0, 0, { rate: 0, counts: "" });
    }
  }

  private rate(done: number): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  }

  update(totals: T): void {
    const done = this.format.done(totals);
    if (this.total !== null && done > this.total) this.total = done;
    const rate = this.rate(done);
    if (this.bar) {
      if (this.total === null || this.bar.getTotal() !== this.total) this.bar.setTotal(this.total ?? done);
      this.bar.update(done, { rate: Math.round(rate), counts: this.format.bar(totals) });
    } else if (this.mode === "lines" && performance.now() - this.lastLine >= this.lineEveryMs) {
      this.lastLine = performance.now();
      const eta = this.total !== null && rate > 0 ? `, ETA ${formatSeconds((this.total - done) / rate)}` : "";
      const of = this.total !== null ? `/${this.total}` : "";
      this.out.write(`${this.format.label}: ${done}${of} articles, ${Math.round(rate)} articles/s${eta} (${this.format.line(totals)})\n`);
    }
  }

  /** A message (a bad record) that must not garble the bar; written whatever the mode. */
  log(line: string): void {
    if (this.multibar) this.multibar.log(`${line}\n`);
    else this.out.write(`${line}\n`);
  }

  stop(): void {
    this.multibar?.stop();
  }
}
