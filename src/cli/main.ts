/** Entry point of `bin/directive-parse`: the real process around runCli. */
import { runCli } from './run.js';
import { EXIT } from './exit-codes.js';
import { printableLines } from './printable.js';
import { giveUp, interruptNote } from './interrupt.js';

/** The exit code of a command ended by SIGINT, as shells report it. */
const INTERRUPTED = 130;

process.once('SIGINT', () => {
  // A second Ctrl-C while giving up: out at once.
  process.once('SIGINT', () => process.exit(INTERRUPTED));
  process.stderr.write(printableLines(interruptNote(process.argv.slice(2)), ''));
  void giveUp().finally(() => process.exit(INTERRUPTED));
});

/**
 * A reader that stops reading (`directive-parse --stdout … | head`) closes
 * the pipe: what it did not want is not an error, and the command ends
 * quietly with what it had done.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(EXIT.ok);
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  });
} catch (err) {
  process.stderr.write(`directive-parse: internal error: ${printableLines(err instanceof Error ? (err.stack ?? err.message) : String(err), '')}\n`);
  process.exitCode = EXIT.internal;
}
