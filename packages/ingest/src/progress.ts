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

export class Progress {
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
  ) {
    this.mode = mode === "auto" ? ((out as NodeJS.WriteStream).isTTY ? "bar" : "lines") : mode;
    if (this.mode === "bar") {
      this.multibar = new cliProgress.MultiBar(
        {
          stream: out as NodeJS.WriteStream,
          format: "ingest {bar} {percentage}% | {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | new {new} present {present} failed {failed}",
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar = this.multibar.create(total ?? 0, 0, { rate: 0, new: 0, present: 0, failed: 0 });
    }
  }

  private rate(done: number): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  }

  update(totals: Totals): void {
    const done = totals.new + totals.present + totals.failed;
    if (this.total !== null && done > this.total) this.total = done;
    const rate = this.rate(done);
    if (this.bar) {
      if (this.total === null || this.bar.getTotal() !== this.total) this.bar.setTotal(this.total ?? done);
      this.bar.update(done, { rate: Math.round(rate), new: totals.new, present: totals.present, failed: totals.failed });
    } else if (this.mode === "lines" && performance.now() - this.lastLine >= this.lineEveryMs) {
      this.lastLine = performance.now();
      const eta = this.total !== null && rate > 0 ? `, ETA ${formatSeconds((this.total - done) / rate)}` : "";
      const of = this.total !== null ? `/${this.total}` : "";
      this.out.write(`ingest: ${done}${of} articles, ${Math.round(rate)} articles/s${eta} (new ${totals.new}, present ${totals.present}, failed ${totals.failed})\n`);
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
