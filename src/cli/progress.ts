/**
 * A one-line progress bar on standard error for interactive terminals:
 * documents done, rate and time left. Silent elsewhere (pipes, CI, --quiet),
 * so logs stay clean.
 */
import type { ChalkInstance } from 'chalk';
import { translator, type Translator } from '../i18n/catalogue.js';
import { printable } from './printable.js';
import { width } from './terminal.js';

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

/** What a terminal that does not say its width is taken to have. */
const DEFAULT_COLUMNS = 80;
/** A name is given at least this much of the line; the bar gives way first. */
const MIN_NAME = 24;

/** The end of a name, which tells files of a batch apart better than its start ("…/2025/642-KH-TU.txt"). */
function tail(name: string, room: number): string {
  if (width(name) <= room) return name;
  const chars = [...name];
  return `…${chars.slice(chars.length - Math.max(0, room - 1)).join('')}`;
}

export function progressBar(
  stream: NodeJS.WritableStream & { columns?: number },
  total: number,
  chalk: ChalkInstance,
  t: Translator = translator('en'),
  now: () => number = () => performance.now(),
): Progress {
  const started = now();
  let count = 0;
  let lastDraw = -Infinity;
  const draw = (label: string): void => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const left = rate > 0 ? formatDuration((total - count) / rate) : '?';
    // A stream that does not know its width (0 or undefined: a serial console, some emulators) gets the usual 80.
    const cols = stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS;
    const stats = ` ${count}/${total}  ${t('progress.rate', { rate: rate.toFixed(1) })}  ${t('progress.left', { time: left })} `;
    const room = cols - 1 - width(stats);
    const barWidth = Math.max(0, Math.min(30, room - MIN_NAME - 1));
    const filled = Math.round((count / Math.max(1, total)) * barWidth);
    const name = tail(printable(label), Math.max(0, room - barWidth - 1));
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
