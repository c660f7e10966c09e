/**
 * --jobs is capped by the cores and the memory: asking for 64 workers on a
 * small batch starts no more workers than the machine has cores, says so in
 * one line, and stays within the memory the README states per worker.
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAIN_BUDGET_BYTES, WORKER_BUDGET_BYTES, workerCount, workersMemoryHolds } from '../../src/batch/worker-budget.js';
import { REPO, tempDir } from './helpers.js';

const CENSUS = pathToFileURL(join(REPO, 'test', 'helpers', 'worker-census.mjs')).href;
const MB = 1024 * 1024;

describe('workerCount', () => {
  it('takes what was asked within the cores and the memory', () => {
    expect(workerCount(null, { cores: 8, availableBytes: 64_000 * MB })).toEqual({ workers: 8, cut: null });
    expect(workerCount(3, { cores: 8, availableBytes: 64_000 * MB })).toEqual({ workers: 3, cut: null });
    expect(workerCount(256, { cores: 2, availableBytes: 64_000 * MB })).toEqual({
      workers: 2,
      cut: '--jobs 256 cut to 2: this machine has 2 cores, and more workers than cores only cost memory (up to 250 MB each)',
    });
  });

  it('runs fewer workers when memory is short, and at least one', () => {
    const available = MAIN_BUDGET_BYTES + 3 * WORKER_BUDGET_BYTES + 10 * MB;
    expect(workersMemoryHolds(available)).toBe(3);
    expect(workerCount(null, { cores: 16, availableBytes: available }).workers).toBe(3);
    expect(workerCount(16, { cores: 16, availableBytes: available }).cut).toBe('--jobs 16 cut to 3: 1,010 MB of memory is available and each worker needs up to 250 MB');
    expect(workerCount(4, { cores: 4, availableBytes: 100 * MB })).toMatchObject({ workers: 1 });
  });
});

describe('--jobs 64 on a small batch', () => {
  it('starts no more workers than cores and keeps within the stated memory', async () => {
    const dir = tempDir('dp-jobs-cap-');
    const inputs: string[] = [];
    // More documents than any machine running this has cores, so an uncapped pool would start one worker each.
    for (let i = 0; i < 12; i++) {
      const path = join(dir, `doc-${i}.txt`);
      writeFileSync(path, `TỈNH ỦY HƯNG YÊN\nSố ${600 + i}-KH/TU\n\nKẾ HOẠCH\n1. Sở Nội vụ chủ trì, hoàn thành trước ngày 31/10/2025.\n`);
      inputs.push(path);
    }
    const census = join(dir, 'census.json');
    const args = ['--import', CENSUS, join(REPO, 'bin', 'directive-parse'), ...inputs, '--jobs', '64', '-o', join(dir, 'out'), '-f', 'json'];
    const { stderr } = await promisify(execFile)(process.execPath, args, { env: { ...process.env, NO_COLOR: '1', WORKER_CENSUS: census } });
    const cores = availableParallelism();
    const expected = Math.min(cores, 12);
    expect(stderr).toContain(`--jobs 64 cut to ${expected}: `);
    expect(stderr.split('\n').filter((l) => l.includes('--jobs 64'))).toHaveLength(1);
    const seen = JSON.parse(readFileSync(census, 'utf8')) as { most: number; started: number; maxRssBytes: number };
    expect(seen.most).toBeGreaterThanOrEqual(1);
    expect(seen.most).toBeLessThanOrEqual(expected);
    expect(seen.maxRssBytes).toBeLessThan(MAIN_BUDGET_BYTES + seen.most * WORKER_BUDGET_BYTES);
  });
});
