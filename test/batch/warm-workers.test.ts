/**
 * Workers kept warm between the batches of one process (src/batch/warm-workers.ts): a batch
 * for the same dictionary takes the worker an earlier one left, with its own settings; a batch
 * whose dictionary changed, or that stopped before its end, does not. The thread that ran each
 * job is read from the log the faulty worker keeps (fixtures/faulty-worker.mjs; no fault set off).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/batch/outcome.js';
import { poolRunner, type PoolOptions } from '../../src/batch/pool.js';
import type { ProcessSettings } from '../../src/batch/wire.js';
import { tempDir } from '../cli/helpers.js';

const FAULTY = new URL('./fixtures/faulty-worker.mjs', import.meta.url);
const PLAN = 'TỈNH ỦY HƯNG YÊN\nSố 642-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\n\n1. Sở Nội vụ chủ trì thực hiện.\n';
const WARM: PoolOptions = { workers: 1, keepWarm: true, entry: FAULTY };

/** Runs one document in a folder of its own; returns the thread that ran it and the files rendered. */
async function batch(settings: ProcessSettings, options: PoolOptions = WARM): Promise<{ thread: string; files: string[] }> {
  const dir = tempDir('dp-warm-');
  writeFileSync(join(dir, 'a.txt'), PLAN);
  const jobs: Job[] = [{ index: 0, input: { kind: 'file', path: 'a.txt', realPath: join(dir, 'a.txt') }, name: 'a' }];
  const files: string[] = [];
  for await (const f of poolRunner(settings, options).run(jobs)) {
    expect(f.outcome.kind).toBe('done');
    if (f.outcome.kind === 'done') files.push(...f.outcome.rendered.files.map((r) => r.fileName));
  }
  return { thread: readFileSync(join(dir, 'received.log'), 'utf8').trim().split(' ')[1]!, files };
}

const settings = (formats: string[], more: Partial<ProcessSettings['parse']> = {}): ProcessSettings => ({
  parse: { restore: false, ...more },
  render: { formats: formats as ProcessSettings['render']['formats'] },
  explain: false,
});

describe('workers kept warm between batches', () => {
  it('a second batch takes the first one’s worker, and renders with its own settings', async () => {
    const first = await batch(settings(['json']));
    const second = await batch(settings(['json', 'md']));
    expect(second.thread).toBe(first.thread);
    expect(first.files).toEqual(['a.json']);
    expect(second.files).toEqual(['a.json', 'a.md']);
  });

  it('keeps none unless asked (the pool as the tests of its crashes and recycling use it)', async () => {
    const first = await batch(settings(['json']), { workers: 1, entry: FAULTY });
    const second = await batch(settings(['json']), { workers: 1, entry: FAULTY });
    expect(second.thread).not.toBe(first.thread);
  });

  it('starts a fresh worker when the user dictionary changed since the kept one read it', async () => {
    const dir = tempDir('dp-warm-dict-');
    const user = join(dir, 'user.txt');
    writeFileSync(user, 'Phố Hiến\n');
    const restoring = settings(['json'], { restore: true, userDict: user });
    const first = await batch(restoring);
    expect((await batch(restoring)).thread).toBe(first.thread);
    writeFileSync(user, 'Phố Hiến\nKinh Bắc\n');
    expect((await batch(restoring)).thread).not.toBe(first.thread);
  });
});
