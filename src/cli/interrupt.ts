/**
 * Ctrl-C during a run. The documents already written are whole (every output
 * is renamed into place), so the user needs only to be told how to finish:
 * the same command with --resume. Before the process exits, what the run
 * holds is given up — the batch CSVs being written, a temporary file caught
 * mid-write, the output folder's lock — so the folder is left as a finished
 * run would leave it, less the documents not yet done.
 */

const cleanups = new Set<() => Promise<void>>();

/** Registers what to give up if the run is interrupted; returns the call that unregisters it. */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Gives up everything registered, each whatever the others do. */
export async function giveUp(): Promise<void> {
  await Promise.allSettled([...cleanups].map((c) => c()));
  cleanups.clear();
}

/** A word as the shell takes it back: quoted unless it is plainly safe. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/gu, `'\\''`)}'`;
}

/** What to tell the user, given the command's arguments (without node and the script). */
export function interruptNote(argv: readonly string[]): string {
  if (argv.includes('--stdout')) return 'directive-parse: interrupted\n';
  const again = [...argv.filter((a) => a !== '--resume'), '--resume'].map(shellWord).join(' ');
  return (
    'directive-parse: interrupted; the documents written so far are whole, and the batch CSVs were left as they were.\n' +
    `To finish the batch, run it again with --resume (documents already done are skipped):\n  directive-parse ${again}\n`
  );
}
