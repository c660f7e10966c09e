import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicStream, writeFileAtomic } from '../../src/write/atomic.js';
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
