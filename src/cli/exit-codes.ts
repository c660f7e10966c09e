/** The exit codes of the command, as the README documents them. */
import type { BatchTally } from '../batch/outcome.js';

export const EXIT = {
  /** Every input was read, processed and written. */
  ok: 0,
  /** A bug: something threw that should not have. */
  internal: 1,
  /** Bad options or arguments; nothing was processed. */
  usage: 2,
  /** No input could be read (none given or matched, or every one failed). */
  noInput: 3,
  /** An output could not be written (folder not writable, disk full…), or another run holds the output folder. */
  writeFailed: 4,
  /** Some inputs failed; the others were written. */
  someFailed: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The most serious outcome wins: internal error, then write failures, then input failures. */
export function exitCodeOf(t: BatchTally): ExitCode {
  if (t.internalErrors > 0) return EXIT.internal;
  if (t.writeFailures > 0) return EXIT.writeFailed;
  if (t.inputs === 0 || t.written + t.skipped === 0) return EXIT.noInput;
  if (t.failed > 0) return EXIT.someFailed;
  return EXIT.ok;
}
