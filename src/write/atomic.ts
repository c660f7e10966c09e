/**
 * Writing outputs so that no reader ever sees half a file under its final
 * name: everything goes to a temporary file beside the target (same folder,
 * so the rename stays on one file system), is flushed, then renamed into
 * place. A failure removes the temporary file and leaves any previous output
 * as it was.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { certainlyGone, runToken, tokenText, TOKEN_PATTERN, type RunToken } from './run-token.js';

/**
 * The file system calls that put bytes on the disk: the real ones, or (in
 * tests) ones that fail the way a full disk does, part way through a file.
 */
export interface Disk {
  /** `fs/promises` open, for files written whole. */
  open: typeof open;
  /** The `fs` option of createWriteStream, for streamed files; default the real one. */
  stream?: Parameters<typeof createWriteStream>[1] extends infer O ? (O extends { fs?: infer F } ? F : never) : never;
  /** Flushes a file or a folder to the disk (fsync); default the real one. */
  fsync?: (path: string) => Promise<void>;
}

export const REAL_DISK: Disk = { open };

/** fsync of a file or folder by path: a streamed file's bytes, or a folder's entries (the names renamed into it). */
async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes the folder's entries to the disk: a rename is only sure to survive
 * a power cut once its folder is synced, and the promise that no final name
 * ever holds half a file needs the renamed files to be there after one.
 */
export async function syncFolder(dir: string, disk: Disk = REAL_DISK): Promise<void> {
  await (disk.fsync ?? fsyncPath)(dir);
}

let counter = 0;

/**
 * A temporary name beside `target`, unique across processes, hosts and
 * containers: `.NAME.json.dp-<place>-<pid>-<random>.<n>.tmp` (run-token.ts).
 */
export function temporaryPath(target: string): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.${tokenText(runToken())}.${counter}.tmp`);
}

/**
 * The full scheme of temporary names, for the files this tool writes only:
 * the dot, an output's name (ending in its extension, whatever the format),
 * the run token, a counter. Anything else in the folder is the user's.
 */
const TEMPORARY = new RegExp(`^\\..+\\.[a-z]+\\.${TOKEN_PATTERN}\\.\\d+\\.tmp$`, 'u');

/**
 * How old a temporary file of a run that may still be going (on another host,
 * or in another container) must be before it is taken for a leftover. Live
 * runs write their temporary CSVs as documents finish, and lock the folder.
 */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** The run token in a temporary file's name, when the name is one of ours. */
function temporaryToken(name: string): RunToken | null {
  const m = TEMPORARY.exec(name);
  return m ? { place: m[1]!, pid: Number(m[2]), random: m[3]! } : null;
}

/**
 * Removes the temporary files that killed runs left in `dir`: files named by
 * this tool's scheme whose run is certainly gone (its process has exited, on
 * this host) or that are over STALE_TEMPORARY_MS old. This process's own are
 * kept, and so is every file not named by the scheme. Returns how many.
 */
export async function removeStaleTemporaries(dir: string, now = Date.now()): Promise<number> {
  const ours = tokenText(runToken());
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const token = temporaryToken(name);
    if (token === null || tokenText(token) === ours) continue;
    const file = await lstat(join(dir, name)).catch(() => null);
    if (!file?.isFile()) continue;
    if (!certainlyGone(token) && now - file.mtimeMs < STALE_TEMPORARY_MS) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

/** Removes this process's own temporary files from `dir` (a run interrupted mid-write); returns how many. */
export async function removeOwnTemporaries(dir: string): Promise<number> {
  const ours = tokenText(runToken());
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const token = temporaryToken(name);
    if (token === null || tokenText(token) !== ours) continue;
    await rm(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

/** Whole-file writes under way: an interrupted run waits for them before it clears its temporary files. */
const writing = new Set<Promise<void>>();
let stopped = false;

/**
 * No whole-file write starts from now on, and those under way have ended (written or failed):
 * after this, the run's temporary files in a folder are all there is to remove. Without it a
 * write that opened its temporary file while the interrupted run was clearing the folder left
 * that file behind.
 */
export async function stopWrites(): Promise<void> {
  stopped = true;
  await Promise.allSettled([...writing]);
}

/** Writes `data` to `target` atomically; refused once the run stopped writing (stopWrites). */
export function writeFileAtomic(target: string, data: string | Uint8Array, disk: Disk = REAL_DISK): Promise<void> {
  if (stopped) return Promise.reject(new Error(`not written, the run was interrupted: ${target}`));
  const done = writeWhole(target, data, disk);
  writing.add(done);
  const forget = () => void writing.delete(done);
  done.then(forget, forget);
  return done;
}

async function writeWhole(target: string, data: string | Uint8Array, disk: Disk): Promise<void> {
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
  /**
   * Ends the stream and waits until its bytes are in the file; throws its
   * write error (the temporary file then removed). Nothing is renamed yet,
   * so files written together can be checked all before any is put in place.
   */
  finish(): Promise<void>;
  /** finish(), then the rename into place. */
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
  const finish = async (): Promise<void> => {
    if (!stream.writableEnded) stream.end();
    await closed();
    // Flushed before it can be renamed: else a power cut could leave the final name on a file whose bytes never reached the disk.
    if (!failure) await (disk.fsync ?? fsyncPath)(temp).catch((err: Error) => (failure ??= err));
    if (failure) {
      await rm(temp, { force: true });
      throw failure;
    }
  };
  return {
    stream,
    target,
    failed,
    finish,
    async commit() {
      await finish();
      await rename(temp, target);
    },
    async abort() {
      stream.destroy();
      await closed();
      await rm(temp, { force: true });
    },
  };
}
