/** A progress bar on stderr for long runs, drawn only on a terminal, at most ten times a second. */
import type { Out } from './io.ts';

export class Progress {
  private last = 0;
  private drawn = false;

  constructor(
    private readonly err: Out,
    private readonly label: string,
    /** Bytes in the input when known (a file), for a percentage. */
    private readonly total: number | undefined,
  ) {}

  static for(err: Out, label: string, total: number | undefined): Progress | undefined {
    return err.isTTY ? new Progress(err, label, total) : undefined;
  }

  update(lines: number, bytes: number, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = 24;
    let bar = '';
    if (this.total) {
      const share = Math.min(1, bytes / this.total);
      const full = Math.round(share * width);
      bar = `▕${'█'.repeat(full)}${'░'.repeat(width - full)}▏ ${String(Math.floor(share * 100)).padStart(3)}% `;
    }
    this.err.write(`\r\x1b[K${this.label} ${bar}${lines.toLocaleString('en-US')} lines`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.err.write('\r\x1b[K');
  }
}
