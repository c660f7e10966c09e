/**
 * An interrupted run stops writing before it clears its temporary files: writes under way end
 * first (written or failed), no new one starts, and nothing of the run's is left in the folder.
 * In a project of its own (vitest.config.ts): once stopped, this process writes no more.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOwnTemporaries, stopWrites, writeFileAtomic } from '../../src/write/atomic.js';
import { tempDir } from '../cli/helpers.js';

describe('stopping writes on interrupt', () => {
  it('lets the writes under way end, refuses new ones, and leaves no temporary file once cleared', async () => {
    const dir = tempDir();
    const big = 'x'.repeat(2_000_000);
    const under = Array.from({ length: 20 }, (_, k) => writeFileAtomic(join(dir, `doc-${k}.md`), big).catch(() => undefined));
    await stopWrites();
    await expect(writeFileAtomic(join(dir, 'late.md'), 'late')).rejects.toThrow(/interrupted/u);
    await removeOwnTemporaries(dir);
    await Promise.all(under);
    const left = readdirSync(dir);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(left).not.toContain('late.md');
    // Each write under way when the run stopped ended whole: its file is complete.
    expect(left.filter((f) => f.startsWith('doc-'))).toHaveLength(20);
  });
});
