/**
 * Writing outputs so that no reader ever sees half a file under its final
 * name: everything goes to a temporary file beside the target (same folder,
 * so the rename stays on one file system), is flushed, then renamed into
 * place. A failure removes the temporary file and leaves any previous output
 * as it was.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** A temporary name beside `target`, unique within this process and across processes. */
export function temporaryPath(target: string): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${counter}.tmp`);
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
