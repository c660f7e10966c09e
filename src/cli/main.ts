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
