/**
 * Where the command writes, and whether it may colour and animate: colours
 * only on a terminal and never with NO_COLOR (unless --color insists), the
 * progress bar only on an interactive terminal outside CI.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function chalkFor(io: Io, stream: Io['stdout'], force: boolean | undefined): ChalkInstance {
  if (force === false || (force === undefined && (io.env['NO_COLOR'] ?? '') !== '')) return new Chalk({ level: 0 });
  if (force === true || stream.isTTY === true) return new Chalk({ level: 1 });
  return new Chalk({ level: 0 });
}

export function interactive(io: Io): boolean {
  return io.stderr.isTTY === true && !io.env['CI'] && io.env['TERM'] !== 'dumb';
}

/** Display width of a string; NFC Vietnamese letters are one column each. */
export function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /\p{M}/u.test(ch) ? 0 : 1;
  return n;
}

export function pad(s: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export function truncate(s: string, w: number): string {
  if (width(s) <= w) return s;
  return `${[...s].slice(0, Math.max(0, w - 1)).join('')}…`;
}
