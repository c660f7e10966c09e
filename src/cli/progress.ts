/**
 * A one-line progress bar on standard error for interactive terminals:
 * documents done, rate and time left. Silent elsewhere (pipes, CI, --quiet),
 * so logs stay clean.
 */
import type { ChalkInstance } from 'chalk';
import { printable } from './printable.js';

export interface Progress {
  tick(label: string): void;
  done(): void;
}

export const SILENT: Progress = { tick() {}, done() {} };

/** "42s", "12m 05s", "2h 03m": long batches run for hours. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function progressBar(
  stream: NodeJS.WritableStream & { columns?: number },
  total: number,
  chalk: ChalkInstance,
  now: () => number = () => performance.now(),
): Progress {
  const started = now();
  let count = 0;
  let lastDraw = -Infinity;
  const draw = (label: string): void => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const left = rate > 0 ? formatDuration((total - count) / rate) : '?';
    const cols = Math.max(40, stream.columns ?? 80);
    const stats = ` ${count}/${total}  ${rate.toFixed(1)} doc/s  ${left} left `;
    const barWidth = Math.max(10, Math.min(30, cols - stats.length - 20));
    const filled = Math.round((count / Math.max(1, total)) * barWidth);
    const name = printable(label).slice(0, Math.max(0, cols - stats.length - barWidth - 3));
    stream.write(`\r\u001b[2K${chalk.cyan('█'.repeat(filled))}${chalk.dim('░'.repeat(barWidth - filled))}${stats}${chalk.dim(name)}`);
  };
  return {
    tick(label) {
      count += 1;
      // Redrawing more than ~20 times a second costs time and shows nothing more.
      if (now() - lastDraw < 50 && count < total) return;
      lastDraw = now();
      draw(label);
    },
    done() {
      stream.write('\r\u001b[2K');
    },
  };
}
