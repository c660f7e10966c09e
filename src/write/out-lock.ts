/**
 * One run at a time per output folder. Two runs writing into one folder
 * would each rename their batch CSVs into place, and the first to finish
 * would lose its rows; so a run takes the folder's lock file,
 * `.directive-parse.lock`, created exclusively and naming its owner (process
 * id, host, start time), and a second run is refused.
 *
 * A run that was killed leaves its lock behind; a lock is stale, and the next
 * run takes it over, when its owner is certainly gone (its process has
 * exited, on this host: see run-token.ts) or when it has not been touched for
 * STALE_LOCK_MS. The owner touches it every minute while it runs, so a long
 * batch never looks stale.
 */
import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { certainlyGone, runToken } from './run-token.js';

export const LOCK_FILE = '.directive-parse.lock';

/** A lock untouched for this long is a killed run's, wherever it ran. */
export const STALE_LOCK_MS = 10 * 60 * 1000;
const HEARTBEAT_MS = 60 * 1000;

/** What the lock file holds. */
export interface LockOwner {
  pid: number;
  host: string;
  /** The host and PID namespace the process id means something in (run-token.ts). */
  place: string;
  /** The random part of the owner process's run token. */
  random: string;
  /** This lock's own id, so that a run releases only its own lock. */
  id: string;
  /** ISO time. */
  startedAt: string;
}

/** The folder is in use by another run. */
export class FolderLockedError extends Error {
  override name = 'FolderLockedError';
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | null,
  ) {
    const who = owner ? `process ${owner.pid} on ${owner.host}, started ${owner.startedAt}` : 'its owner is starting';
    super(
      `${dir}: in use by another directive-parse run (${who}); wait for it to finish or choose another --out ` +
        `(if no such run is going, delete ${join(dir, LOCK_FILE)})`,
    );
  }
}

export interface OutputLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Stops touching the lock and removes it, if it is still this run's. */
  release(): Promise<void>;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const o = JSON.parse(text) as Partial<LockOwner> | null;
    if (!o || typeof o.pid !== 'number' || typeof o.host !== 'string' || typeof o.place !== 'string') return null;
    if (typeof o.random !== 'string' || typeof o.id !== 'string' || typeof o.startedAt !== 'string') return null;
    return o as LockOwner;
  } catch {
    return null;
  }
}

/** Whether a lock may be taken over. One that cannot be read is being written, or was left half-written: only its age tells. */
export function isStale(owner: LockOwner | null, modifiedMs: number, now: number): boolean {
  if (now - modifiedMs > STALE_LOCK_MS) return true;
  return owner !== null && certainlyGone(owner);
}

async function create(path: string, owner: LockOwner): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Moves a stale lock out of the way. The rename is what makes a takeover
 * safe: of two runs that found the same stale lock, one renames it, and the
 * other renames the lock the first has just made, sees that it is not the
 * one it found, and puts it back.
 */
async function takeOver(path: string, found: string, id: string): Promise<LockOwner | 'taken'> {
  const aside = `${path}.${id}.stale`;
  try {
    await rename(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'taken';
    throw err;
  }
  const moved = await readFile(aside, 'utf8').catch(() => '');
  if (moved !== found) {
    await link(aside, path).catch(() => undefined);
    await rm(aside, { force: true });
    return parseOwner(moved) ?? 'taken';
  }
  await rm(aside, { force: true });
  return 'taken';
}

/** Takes the lock of `dir` (which must exist), or throws FolderLockedError. */
export async function lockOutputFolder(dir: string, options: { heartbeatMs?: number } = {}): Promise<OutputLock> {
  const path = join(dir, LOCK_FILE);
  const token = runToken();
  const owner: LockOwner = {
    pid: token.pid,
    host: hostname(),
    place: token.place,
    random: token.random,
    id: randomBytes(8).toString('hex'),
    startedAt: new Date().toISOString(),
  };
  // A few tries: a lock released, or taken over by another run, between two looks.
  for (let attempt = 1; !(await create(path, owner)); attempt++) {
    const found = await readFile(path, 'utf8').catch(() => null);
    const modified = found === null ? null : await stat(path).catch(() => null);
    const holder = found === null ? null : parseOwner(found);
    if (attempt > 3) throw new FolderLockedError(dir, holder);
    if (found === null || modified === null) continue;
    if (!isStale(holder, modified.mtimeMs, Date.now())) throw new FolderLockedError(dir, holder);
    const result = await takeOver(path, found, owner.id);
    if (result !== 'taken') throw new FolderLockedError(dir, result);
  }
  const ours = async (): Promise<boolean> => parseOwner(await readFile(path, 'utf8').catch(() => ''))?.id === owner.id;
  const heartbeat = setInterval(() => {
    void ours().then((mine) => (mine ? utimes(path, new Date(), new Date()) : undefined)).catch(() => undefined);
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  // The lock never keeps the process alive.
  heartbeat.unref();
  let released = false;
  return {
    path,
    owner,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      if (await ours()) await rm(path, { force: true });
    },
  };
}
