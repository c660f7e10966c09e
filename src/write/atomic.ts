/**
 * Writing outputs so that no reader ever sees half a file under its final
 * name: everything goes to a temporary file beside the target (same folder,
 * so the rename stays on one file system), is flushed, then renamed into
 * place. A failure removes the temporary file and leaves any previous output
 * as it was.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** A temporary name beside `target`, unique within this process and across processes. */
export function temporaryPath(target: string): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${counter}.tmp`);
}

const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/u;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, it is someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that a killed run left in `dir` (the process
 * named in them is gone); a run still going keeps its own. Returns how many.
 */
export async function removeStaleTemporaries(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

/** Writes `data` to `target` atomically. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = temporaryPath(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** A stream to a temporary file that becomes `target` on `commit()`, or vanishes on `abort()`. */
export interface AtomicStream {
  readonly stream: WriteStream;
  readonly target: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function openAtomicStream(target: string): AtomicStream {
  const temp = temporaryPath(target);
  const stream = createWriteStream(temp, { flags: 'wx' });
  // A write error is reported by commit(); without a listener it would crash the process.
  let failure: Error | null = null;
  stream.on('error', (err) => {
    failure ??= err;
  });
  const closed = (): Promise<void> =>
    new Promise((resolve) => {
      if (stream.closed) resolve();
      else stream.once('close', () => resolve());
    });
  return {
    stream,
    target,
    async commit() {
      if (!stream.writableEnded) stream.end();
      await closed();
      if (failure) {
        await rm(temp, { force: true });
        throw failure;
      }
      await rename(temp, target);
    },
    async abort() {
      stream.destroy();
      await closed();
      await rm(temp, { force: true });
    },
  };
}
