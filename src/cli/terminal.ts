/**
 * Where the command writes, and whether it may colour and animate: colours
 * as --color / --no-color say, else as FORCE_COLOR says (`0` or `false` off,
 * anything else on, as in Node and most tools), else never with NO_COLOR,
 * else on a terminal only; the progress bar only on an interactive terminal
 * outside CI.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

/** FORCE_COLOR's say: true (on), false (off), or undefined when it is not set. */
function forcedByEnv(env: Io['env']): boolean | undefined {
  const value = env['FORCE_COLOR'];
  if (value === undefined) return undefined;
  return !['0', 'false'].includes(value.trim().toLowerCase());
}

export function chalkFor(io: Io, stream: Io['stdout'], force: boolean | undefined): ChalkInstance {
  const on = force ?? forcedByEnv(io.env) ?? ((io.env['NO_COLOR'] ?? '') === '' && stream.isTTY === true);
  return new Chalk({ level: on ? 1 : 0 });
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
