/** The jobs of a batch: one per input, one per part of a large input, all names distinct. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planJobs } from '../../src/batch/plan.js';
import type { Input } from '../../src/read/index.js';
import { tempDir } from '../cli/helpers.js';

const file = (dir: string, name: string, bytes: number): Input => {
  writeFileSync(join(dir, name), 'x'.repeat(bytes));
  return { kind: 'file', path: name, realPath: join(dir, name) };
};

describe('planJobs', () => {
  it('splits a large input into numbered parts whose names cannot collide with other inputs', async () => {
    const dir = tempDir();
    const inputs = [file(dir, 'dump.txt', 2500), file(dir, 'dump.part1.txt', 10), file(dir, 'small.txt', 10), { kind: 'stdin', path: '-' } as Input];
    const jobs = await planJobs(inputs, 1000);
    expect(jobs.map((j) => [j.index, j.input.path, j.part ?? null])).toEqual([
      [0, 'dump.txt', { index: 1, count: 3 }],
      [1, 'dump.txt', { index: 2, count: 3 }],
      [2, 'dump.txt', { index: 3, count: 3 }],
      [3, 'dump.part1.txt', null],
      [4, 'small.txt', null],
      [5, '-', null],
    ]);
    const names = jobs.map((j) => j.name);
    expect(names.slice(1, 3)).toEqual(['dump.part2', 'dump.part3']);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names.at(-1)).toBe('stdin');
  });

  it('cuts standard input and named pipes by the bytes read from them, not by stat()', async () => {
    const dir = tempDir();
    const pipe = file(dir, 'pipe', 0) as Input & { kind: 'file' };
    const streams = new Map([['-', new Uint8Array(2500)], [pipe.realPath, new Uint8Array(1500)]]);
    const jobs = await planJobs([{ kind: 'stdin', path: '-' }, pipe], 1000, streams);
    expect(jobs.map((j) => [j.name, j.part ?? null])).toEqual([
      ['stdin.part1', { index: 1, count: 3 }],
      ['stdin.part2', { index: 2, count: 3 }],
      ['stdin.part3', { index: 3, count: 3 }],
      ['pipe.part1', { index: 1, count: 2 }],
      ['pipe.part2', { index: 2, count: 2 }],
    ]);
  });

  it('leaves a file that cannot be looked at whole, for the read to name the problem', async () => {
    const jobs = await planJobs([{ kind: 'file', path: 'gone.txt', realPath: '/nonexistent/gone.txt' }], 1000);
    expect(jobs).toEqual([{ index: 0, input: { kind: 'file', path: 'gone.txt', realPath: '/nonexistent/gone.txt' }, name: 'gone' }]);
  });
});
