/** The output folder's lock: one run at a time, stale locks taken over, a run releases only its own. */
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLockedError, LOCK_FILE, lockOutputFolder, STALE_LOCK_MS, type LockOwner } from '../../src/write/out-lock.js';
import { currentPlace } from '../../src/write/run-token.js';
import { tempDir } from '../cli/helpers.js';

/** A process id no process can have (above the kernel's pid_max). */
const DEAD = 99999999;
const elsewhere = currentPlace() === '0badf00d' ? '0badf00e' : '0badf00d';

function leftLock(dir: string, owner: Partial<LockOwner>, ageMs = 0): void {
  const full: LockOwner = { pid: DEAD, host: 'other-host', place: elsewhere, random: '0123abcd', id: 'feedfacefeedface', startedAt: '2025-01-01T00:00:00.000Z', ...owner };
  const path = join(dir, LOCK_FILE);
  writeFileSync(path, JSON.stringify(full));
  const when = new Date(Date.now() - ageMs);
  utimesSync(path, when, when);
}

const owner = (dir: string): LockOwner => JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockOwner;

describe('the output folder lock', () => {
  it('is exclusive: a second taker is refused, naming the owner, until the first releases it', async () => {
    const dir = tempDir();
    const first = await lockOutputFolder(dir);
    expect(owner(dir)).toMatchObject({ pid: process.pid, place: currentPlace(), id: first.owner.id });
    expect(Date.parse(owner(dir).startedAt)).toBeGreaterThan(Date.now() - 60_000);
    const refused = await lockOutputFolder(dir).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FolderLockedError);
    expect((refused as Error).message).toContain(`in use by another directive-parse run (process ${process.pid} on `);
    expect((refused as Error).message).toContain(join(dir, LOCK_FILE));
    await first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const second = await lockOutputFolder(dir);
    await second.release();
  });

  it('takes over the lock of a run whose process is gone from this host', async () => {
    const dir = tempDir();
    leftLock(dir, { place: currentPlace() });
    const lock = await lockOutputFolder(dir);
    expect(owner(dir).id).toBe(lock.owner.id);
    await lock.release();
  });

  it('respects a fresh lock from another host or container, and takes over one untouched for too long', async () => {
    const dir = tempDir();
    leftLock(dir, {});
    await expect(lockOutputFolder(dir)).rejects.toThrow(/process 99999999 on other-host, started 2025-01-01/u);
    leftLock(dir, {}, STALE_LOCK_MS + 60_000);
    const lock = await lockOutputFolder(dir);
    expect(owner(dir).id).toBe(lock.owner.id);
    await lock.release();
  });

  it('respects a lock it cannot read while it is fresh (its owner is writing it)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    await expect(lockOutputFolder(dir)).rejects.toThrow(/in use by another directive-parse run \(its owner is starting\)/u);
  });

  it('keeps its lock fresh while held, and never removes a lock that another run has taken over', async () => {
    const dir = tempDir();
    const lock = await lockOutputFolder(dir, { heartbeatMs: 20 });
    const path = join(dir, LOCK_FILE);
    const past = new Date(Date.now() - STALE_LOCK_MS - 60_000);
    utimesSync(path, past, past);
    await new Promise((r) => setTimeout(r, 200));
    expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(60_000);
    leftLock(dir, { id: 'another' });
    await lock.release();
    expect(owner(dir).id).toBe('another');
  });
});
