import type { Io } from "./io.ts";

/** A progress bar on stderr: documents done of total, rate and ETA. Draws nothing unless stderr is a terminal. */
export class Progress {
  private done = 0;
  private lastDraw = -Infinity;
  private readonly started: number;
  private readonly io: Io;
  private readonly total: number;
  private readonly label: string;

  constructor(io: Io, total: number, label: string) {
    this.io = io;
    this.total = total;
    this.label = label;
    this.started = io.now();
  }

  tick(n = 1) {
    this.done += n;
    const now = this.io.now();
    if (!this.io.isTTY || (now - this.lastDraw < 100 && this.done < this.total)) return;
    this.lastDraw = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.done / seconds;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const width = 24;
    const filled = this.total > 0 ? Math.round((this.done / this.total) * width) : width;
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
    this.io.stderr(
      `\r${this.label} ${bar} ${this.done}/${this.total}  ${rate.toFixed(1)}/s  ETA ${formatSeconds(eta)} `,
    );
  }

  finish() {
    if (this.io.isTTY && this.lastDraw > -Infinity) this.io.stderr("\r\x1b[2K");
  }
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "--";
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`;
}
