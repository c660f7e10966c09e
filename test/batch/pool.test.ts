/** The worker pool: input order whatever the finishing order, crashes contained, bounded work in flight. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../src/batch/outcome.js';
import { poolRunner, PoolStartError, type PoolOptions } from '../../src/batch/pool.js';
import type { Finished } from '../../src/batch/runner.js';
import type { ProcessSettings } from '../../src/batch/wire.js';
import { tempDir } from '../cli/helpers.js';

const FAULTY = new URL('./fixtures/faulty-worker.mjs', import.meta.url);
const SETTINGS: ProcessSettings = { parse: { restore: false }, render: { formats: ['json', 'csv'] }, explain: false };
const text = (n: number): string =>
  `TỈNH ỦY HƯNG YÊN\nSố ${n}-KH/TU\nHưng Yên, ngày 28 tháng 4 năm 2025\n\nKẾ HOẠCH\nthực hiện Kết luận số 148-KL/TW\n\nI- NHIỆM VỤ\n1. Sở Nội vụ chủ trì thực hiện.\n2. Sở Tài chính phối hợp.\n`;

function batch(dir: string, names: string[]): Job[] {
  return names.map((name, index) => {
    const path = join(dir, name);
    if (!existsSync(path)) writeFileSync(path, text(index + 1));
    return { index, input: { kind: 'file', path: name, realPath: path }, name: name.replace(/\.txt$/u, '') };
  });
}

async function collect(jobs: Job[], options: PoolOptions, settings = SETTINGS): Promise<Finished[]> {
  const out: Finished[] = [];
  for await (const f of poolRunner(settings, options).run(jobs)) out.push(f);
  return out;
}

describe('the pool', () => {
  it('yields outcomes in input order though a long document finishes last', async () => {
    const dir = tempDir('dp-pool-');
    const long = Array.from({ length: 400 }, (_, i) => `${i + 1}. Sở Nội vụ chủ trì, phối hợp thực hiện nhiệm vụ số ${i}.`).join('\n');
    writeFileSync(join(dir, 'a-long.txt'), `${text(1)}${long}\n`);
    const jobs = batch(dir, ['a-long.txt', ...Array.from({ length: 12 }, (_, i) => `b${String(i).padStart(2, '0')}.txt`)]);
    const results = await collect(jobs, { workers: 3 });
    expect(results.map((r) => r.job.index)).toEqual(jobs.map((j) => j.index));
    expect(results.every((r) => r.outcome.kind === 'done')).toBe(true);
    const ids = results.map((r) => (r.outcome.kind === 'done' ? r.outcome.rendered.summary.id : null));
    expect(ids.slice(1)).toEqual(jobs.slice(1).map((j) => `${j.index + 1}-KH/TU`));
  });

  it('reports a crashed worker as a failure naming the file, replaces it, and loses nothing else', async () => {
    const dir = tempDir('dp-pool-');
    const names = ['a.txt', 'crash-exit.txt', 'b.txt', 'c.txt', 'crash-throw.txt', 'd.txt', 'e.txt', 'f.txt'];
    const results = await collect(batch(dir, names), { workers: 2, entry: FAULTY });
    expect(results.map((r) => r.job.input.path)).toEqual(names);
    const failed = results.filter((r) => r.outcome.kind === 'failed').map((r) => r.outcome);
    expect(failed).toEqual([
      { kind: 'failed', code: 'internal', message: expect.stringMatching(/^crash-exit\.txt: internal error: the worker processing it crashed \(exit code 7\)$/u) },
      { kind: 'failed', code: 'internal', message: expect.stringMatching(/^crash-throw\.txt: internal error: the worker processing it crashed \(fault injected by the test\)$/u) },
    ]);
    expect(results.filter((r) => r.outcome.kind === 'done')).toHaveLength(6);
  });

  it('sends no more than maxAhead jobs while the first one is still running', async () => {
    const dir = tempDir('dp-pool-');
    const names = ['slow.txt', ...Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`)];
    const jobs = batch(dir, names);
    const done = collect(jobs, { workers: 2, window: 2, maxAhead: 4, entry: FAULTY });
    const received = (): number => (existsSync(join(dir, 'received.log')) ? readFileSync(join(dir, 'received.log'), 'utf8').trim().split('\n').length : 0);
    // Wait for the fast worker to have taken all it may, and a while longer.
    for (let waited = 0; received() < 3 && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 500));
    // Four sent: slow.txt and the job queued behind it on the held worker (which
    // cannot log it while held), and two on the other worker, which then waits.
    expect(received()).toBe(3);
    writeFileSync(join(dir, 'release'), '');
    const results = await done;
    expect(results.map((r) => r.job.index)).toEqual(jobs.map((j) => j.index));
    expect(received()).toBe(jobs.length);
  });

  it('replaces each worker after recycleAfter jobs, losing nothing and keeping the order', async () => {
    const dir = tempDir('dp-pool-');
    const jobs = batch(dir, Array.from({ length: 7 }, (_, i) => `r${i}.txt`));
    const results = await collect(jobs, { workers: 1, window: 1, recycleAfter: 2, entry: FAULTY });
    expect(results.map((r) => r.job.index)).toEqual(jobs.map((j) => j.index));
    expect(results.every((r) => r.outcome.kind === 'done')).toBe(true);
    const threads = readFileSync(join(dir, 'received.log'), 'utf8').trim().split('\n').map((l) => l.split(' ')[1]);
    expect(new Set(threads).size).toBe(4);
  });

  it('replaces no first worker before it has done recycleAfter jobs (their replacements are staggered later)', async () => {
    const dir = tempDir('dp-pool-');
    const jobs = batch(dir, Array.from({ length: 20 }, (_, i) => `s${i}.txt`));
    const results = await collect(jobs, { workers: 2, window: 1, recycleAfter: 3, entry: FAULTY });
    expect(results.map((r) => r.job.index)).toEqual(jobs.map((j) => j.index));
    const threads = readFileSync(join(dir, 'received.log'), 'utf8').trim().split('\n').map((l) => l.split(' ')[1]!);
    const counts = new Map<string, number>();
    for (const t of threads) counts.set(t, (counts.get(t) ?? 0) + 1);
    // The two workers started first (in either order): one share of 3 jobs, and one and a half.
    const firstTwo = [...counts.values()].slice(0, 2).sort();
    expect(firstTwo).toEqual([3, 4]);
  });

  it('fails to start, saying why, when the dictionary cannot be loaded', async () => {
    const dir = tempDir('dp-pool-');
    writeFileSync(join(dir, 'lm.bin'), 'not a language model');
    const settings: ProcessSettings = { ...SETTINGS, parse: { restore: true, dictDir: dir } };
    const error = await collect(batch(dir, ['a.txt']), { workers: 1 }, settings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PoolStartError);
    expect((error as PoolStartError).dictionary).toBe(true);
  });
});
