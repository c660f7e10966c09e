import { mkdirSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicStream, removeStaleTemporaries, STALE_TEMPORARY_MS, temporaryPath, writeFileAtomic } from '../../src/write/atomic.js';
import { currentPlace } from '../../src/write/run-token.js';
import { tempDir } from '../cli/helpers.js';

describe('atomic writes', () => {
  it('replaces the target in one step and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'a.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps the previous file and cleans up when the write fails', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    await expect(writeFileAtomic(join(dir, 'taken'), 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('a stream shows nothing under the final name until committed', async () => {
    const dir = tempDir();
    const s = openAtomicStream(join(dir, 'big.csv'));
    s.stream.write('half');
    expect(readdirSync(dir).includes('big.csv')).toBe(false);
    await s.commit();
    expect(readFileSync(join(dir, 'big.csv'), 'utf8')).toBe('half');
    const t = openAtomicStream(join(dir, 'gone.csv'));
    t.stream.write('x');
    await t.abort();
    expect(readdirSync(dir)).toEqual(['big.csv']);
  });
});

describe('the sweep of temporary files a killed run left', () => {
  /** A process id no process can have (above the kernel's pid_max). */
  const DEAD = 99999999;
  const elsewhere = currentPlace() === '0badf00d' ? '0badf00e' : '0badf00d';

  it('removes only files named by the full scheme whose run is gone, never a user\'s', async () => {
    const dir = tempDir();
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    const files = {
      // A user's files, whatever their digits and age.
      user: '.notes.1999.1.tmp',
      userDead: `.notes.${DEAD}.1.tmp`,
      userOld: `.notes.dp-${elsewhere}-${DEAD}-0123abcd.1.tmp`,
      // A killed run on this host (its process is gone): removed at once.
      gone: `.d1.json.dp-${currentPlace()}-${DEAD}-0123abcd.3.tmp`,
      // A run elsewhere (another host or container: its process id means nothing here), lately written: kept.
      live: `.tasks.csv.dp-${elsewhere}-${DEAD}-0123abcd.1.tmp`,
      // The same, untouched for over an hour: removed.
      stale: `.d2.md.dp-${elsewhere}-${DEAD}-0123abcd.2.tmp`,
      // This process's own.
      mine: basename(temporaryPath(join(dir, 'd3.json'))),
    };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
    for (const name of [files.userDead, files.userOld, files.stale]) utimesSync(join(dir, name), old, old);
    mkdirSync(join(dir, `.d4.json.dp-${currentPlace()}-${DEAD}-0123abcd.4.tmp`));
    expect(await removeStaleTemporaries(dir)).toBe(2);
    const left = readdirSync(dir);
    for (const kept of [files.user, files.userDead, files.userOld, files.live, files.mine]) expect(left, kept).toContain(kept);
    for (const gone of [files.gone, files.stale]) expect(left, gone).not.toContain(gone);
    expect(left).toHaveLength(6);
  });

  it('names temporary files with a token of the run: host, process, random', () => {
    const name = basename(temporaryPath('/x/d1.json'));
    expect(name).toMatch(new RegExp(`^\\.d1\\.json\\.dp-${currentPlace()}-${process.pid}-[0-9a-f]{8}\\.\\d+\\.tmp$`, 'u'));
  });
});
