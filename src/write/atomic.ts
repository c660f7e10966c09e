/**
 * Writing outputs so that no reader ever sees half a file under its final
 * name: everything goes to a temporary file beside the target (same folder,
 * so the rename stays on one file system), is flushed, then renamed into
 * place. A failure removes the temporary file and leaves any previous output
 * as it was.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';

/**
 * The file system calls that put bytes on the disk: the real ones, or (in
 * tests) ones that fail the way a full disk does, part way through a file.
 */
export interface Disk {
  /** `fs/promises` open, for files written whole. */
  open: typeof open;
  /** The `fs` option of createWriteStream, for streamed files; default the real one. */
  stream?: Parameters<typeof createWriteStream>[1] extends infer O ? (O extends { fs?: infer F } ? F : never) : never;
}

export const REAL_DISK: Disk = { open };
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
export async function writeFileAtomic(target: string, data: string | Uint8Array, disk: Disk = REAL_DISK): Promise<void> {
  const temp = temporaryPath(target);
  try {
    const handle = await disk.open(temp, 'wx');
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
  /** Settles with the first write error, if there ever is one (a stream that failed drains no more). */
  readonly failed: Promise<Error>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function openAtomicStream(target: string, disk: Disk = REAL_DISK): AtomicStream {
  const temp = temporaryPath(target);
  const stream = createWriteStream(temp, { flags: 'wx', ...(disk.stream ? { fs: disk.stream } : {}) });
  // A write error is reported by commit(); without a listener it would crash the process.
  let failure: Error | null = null;
  let settle: (err: Error) => void = () => {};
  const failed = new Promise<Error>((resolve) => (settle = resolve));
  stream.on('error', (err) => {
    failure ??= err;
    settle(failure);
  });
  const closed = (): Promise<void> =>
    new Promise((resolve) => {
      if (stream.closed) resolve();
      else stream.once('close', () => resolve());
    });
  return {
    stream,
    target,
    failed,
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
